import NoaberAggregation
import NoaberCore

/// `rank`: a position per item (`plaats_ITEM`, a select), without JavaScript and usable by keyboard and screen
/// reader; a top-k step offers the positions 1…k and "geen plaats".
enum RankPage {
    static func context(
        _ settings: RankSettings, step: Step, state: SessionState, participant: ParticipantID
    ) -> [String: Any] {
        let items = state.items(for: step.id, participant: participant)
        let positions = settings.top.map { min($0, items.count) } ?? items.count
        var current: [Item.ID: Int] = [:]
        if let record = state.inputs(for: step.id).first(where: { $0.participant == participant }),
            case .rank(let order) = record.input
        {
            for (index, item) in order.enumerated() { current[item] = index + 1 }
        }
        return [
            "top": settings.top != nil,
            "plaatsen": positions,
            "items": items.map { item -> [String: Any] in
                var options: [[String: Any]] = []
                if settings.top != nil {
                    options.append(["waarde": "", "label": "geen plaats", "gekozen": current[item.id] == nil])
                } else {
                    options.append(["waarde": "", "label": "kies een plaats", "gekozen": current[item.id] == nil])
                }
                for position in 1...max(1, positions) {
                    options.append([
                        "waarde": "\(position)", "label": "\(position)", "gekozen": current[item.id] == position,
                    ])
                }
                return ["id": item.id, "tekst": item.text, "veld": "plaats_\(item.id)", "opties": options]
            },
        ]
    }

    /// The order from the positions: every position once, from 1 without gaps; a full ranking places every item.
    static func input(
        _ settings: RankSettings, step: Step, form: RoomForm, state: SessionState, participant: ParticipantID
    ) throws(RoomError) -> Input {
        let items = state.items(for: step.id, participant: participant)
        let positions = settings.top.map { min($0, items.count) } ?? items.count
        var byPosition: [Int: Item] = [:]
        for item in items {
            guard let position = try form.number("plaats_\(item.id)") else {
                if settings.top == nil { throw .invalidAnswer("geef ‘\(item.text)’ een plaats") }
                continue
            }
            guard (1...max(1, positions)).contains(position) else {
                throw .invalidAnswer("plaats \(position) bestaat niet (1 tot en met \(positions))")
            }
            if let other = byPosition[position] {
                throw .invalidAnswer("‘\(other.text)’ en ‘\(item.text)’ staan allebei op plaats \(position)")
            }
            byPosition[position] = item
        }
        guard !byPosition.isEmpty else { throw .invalidAnswer("zet ten minste één item op plaats 1") }
        let order = (1...byPosition.count).map { byPosition[$0] }
        guard order.allSatisfy({ $0 != nil }) else {
            throw .invalidAnswer("de plaatsen moeten aansluiten: 1, 2, 3 … zonder gat")
        }
        return .rank(order.compactMap { $0?.id })
    }

    static func summary(_ order: [Item.ID], step: Step, state: SessionState) -> String {
        let texts = Dictionary(state.items(for: step.id).map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        return order.enumerated().map { "\($0.offset + 1). \(texts[$0.element] ?? $0.element)" }.joined(separator: "; ")
    }
}

extension RankPage {
    /// The projector: the group's order as bars (a longer bar is a higher mean place; the figure says the mean
    /// place), and the agreement (Kendall's W) in words.
    static func projection(_ results: RankResults) -> ProjectorResults {
        let meanPlaces = results.report.meanRank.scores
        var values: [(label: String, value: String, measure: Double)] = []
        var place = 1
        for group in results.order {
            for index in group {
                let mean = meanPlaces[index]
                values.append(
                    (
                        "\(place). \(results.items[index].text)", "gemiddelde plaats \(ProjectorResults.number(mean))",
                        Double(results.items.count) + 1 - mean
                    ))
            }
            place += group.count
        }
        let count = results.participants.count
        return ProjectorResults(
            sentences: [
                "\(count) \(count == 1 ? "deelnemer heeft" : "deelnemers hebben") gerangschikt.",
                results.report.agreementSentence(),
            ],
            barsCaption: "De volgorde van de groep", bars: ProjectorResults.bars(values))
    }
}
