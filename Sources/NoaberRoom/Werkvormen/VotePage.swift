import NoaberAggregation
import NoaberCore

/// `vote`: one choice (radio `keuze`), several (checkbox `keuze_ITEM`), or dots to spread (`stippen_ITEM`).
enum VotePage {
    static func context(
        _ settings: VoteSettings, step: Step, state: SessionState, participant: ParticipantID
    ) -> [String: Any] {
        let items = state.items(for: step.id, participant: participant)
        var chosen: [Item.ID: Int] = [:]
        if let record = state.inputs(for: step.id).first(where: { $0.participant == participant }) {
            switch record.input {
            case .vote(let choices): for item in choices { chosen[item] = 1 }
            case .dots(let scores): for score in scores { chosen[score.item] = score.value }
            default: break
            }
        }
        switch settings.mode {
        case .single:
            return [
                "enkel": true,
                "items": items.map { ["id": $0.id, "tekst": $0.text, "gekozen": chosen[$0.id] != nil] },
            ]
        case .multi(let max):
            return [
                "meer": true, "maximum": max.map { "Kies er hoogstens \($0)." } ?? "Kies er een of meer.",
                "items": items.map { ["id": $0.id, "tekst": $0.text, "gekozen": chosen[$0.id] != nil] },
            ]
        case .dots(let total):
            return [
                "stippen": true, "totaal": total,
                "items": items.map { ["id": $0.id, "tekst": $0.text, "aantal": chosen[$0.id] ?? 0, "max": total] },
            ]
        }
    }

    static func input(
        _ settings: VoteSettings, step: Step, form: RoomForm, state: SessionState, participant: ParticipantID
    ) throws(RoomError) -> Input {
        let items = state.items(for: step.id, participant: participant)
        switch settings.mode {
        case .single:
            guard let choice = try form.text("keuze"), items.contains(where: { $0.id == choice }) else {
                throw .invalidAnswer("kies één mogelijkheid")
            }
            return .vote([choice])
        case .multi:
            var choices: [Item.ID] = []
            for item in items where try form.text("keuze_\(item.id)") != nil { choices.append(item.id) }
            guard !choices.isEmpty else { throw .invalidAnswer("kies ten minste één mogelijkheid") }
            return .vote(choices)
        case .dots(let total):
            var scores: [ItemScore] = []
            for item in items {
                guard let count = try form.number("stippen_\(item.id)"), count != 0 else { continue }
                guard (1...total).contains(count) else { throw .invalidField("stippen_\(item.id)") }
                scores.append(ItemScore(item: item.id, value: count))
            }
            guard !scores.isEmpty else { throw .invalidAnswer("verdeel ten minste één stip") }
            let spent = scores.reduce(0) { $0 + $1.value }
            guard spent <= total else {
                throw .invalidAnswer("\(spent) stippen verdeeld; er zijn er \(total) te verdelen")
            }
            return .dots(scores)
        }
    }

    static func summary(_ input: Input, step: Step, state: SessionState) -> String {
        let texts = Dictionary(state.items(for: step.id).map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        switch input {
        case .vote(let choices): return choices.map { texts[$0] ?? $0 }.joined(separator: "; ")
        case .dots(let scores):
            return scores.map { "\(texts[$0.item] ?? $0.item): \($0.value)" }.joined(separator: "; ")
        default: return ""
        }
    }
}

extension VotePage {
    /// The projector: the tally as bars, most votes (or dots) first.
    static func projection(_ results: VoteResults) -> ProjectorResults {
        let tally = results.tally
        let unit = results.isDots ? ("stip", "stippen") : ("stem", "stemmen")
        let counts = Dictionary(tally.items.map { ($0.item, $0.votes) }, uniquingKeysWith: { first, _ in first })
        let values = tally.order.flatMap { $0 }.map { id in
            let votes = counts[id] ?? 0
            return (
                label: results.items.first { $0.id == id }?.text ?? id,
                value: "\(votes) \(votes == 1 ? unit.0 : unit.1)", measure: Double(votes)
            )
        }
        let count = tally.participants
        return ProjectorResults(
            sentences: ["\(count) \(count == 1 ? "deelnemer heeft" : "deelnemers hebben") gekozen."],
            barsCaption: "Uitslag", bars: ProjectorResults.bars(values))
    }
}
