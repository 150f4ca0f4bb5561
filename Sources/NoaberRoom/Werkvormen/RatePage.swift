import NoaberAggregation
import NoaberCore

/// `rate`: a radio group on the scale per item (`cijfer_ITEM`); items left open are not rated.
enum RatePage {
    static func context(
        _ settings: RateSettings, step: Step, state: SessionState, participant: ParticipantID
    ) -> [String: Any] {
        var given: [Item.ID: Int] = [:]
        if let record = state.inputs(for: step.id).first(where: { $0.participant == participant }),
            case .rate(let scores) = record.input
        {
            for score in scores { given[score.item] = score.value }
        }
        return [
            "items": state.items(for: step.id, participant: participant).map { item -> [String: Any] in
                [
                    "tekst": item.text,
                    "waarden": ScaleOptions.values(settings.scale, field: "cijfer_\(item.id)", checked: given[item.id]),
                ]
            }
        ]
    }

    static func input(
        _ settings: RateSettings, step: Step, form: RoomForm, state: SessionState, participant: ParticipantID
    ) throws(RoomError) -> Input {
        var scores: [ItemScore] = []
        for item in state.items(for: step.id, participant: participant) {
            guard let value = try form.number("cijfer_\(item.id)") else { continue }
            guard settings.scale.contains(value) else { throw .invalidField("cijfer_\(item.id)") }
            scores.append(ItemScore(item: item.id, value: value))
        }
        guard !scores.isEmpty else { throw .invalidAnswer("geef ten minste één item een cijfer") }
        return .rate(scores)
    }

    static func summary(_ scores: [ItemScore], step: Step, state: SessionState) -> String {
        let texts = Dictionary(state.items(for: step.id).map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        return scores.map { "\(texts[$0.item] ?? $0.item): \($0.value)" }.joined(separator: "; ")
    }
}

extension RatePage {
    /// The projector: each item's mean score as a bar, highest first.
    static func projection(_ results: RateResults) -> ProjectorResults {
        let byItem = Dictionary(results.summary.items.map { ($0.item, $0) }, uniquingKeysWith: { first, _ in first })
        let values = results.summary.order.flatMap { $0 }.compactMap { id -> (String, String, Double)? in
            guard let ratings = byItem[id], let mean = ratings.mean else { return nil }
            return (
                results.items.first { $0.id == id }?.text ?? id,
                "gemiddeld \(ProjectorResults.number(mean)) (\(ratings.count) \(ratings.count == 1 ? "score" : "scores"))",
                mean
            )
        }
        return ProjectorResults(
            barsCaption: "Gemiddelde score per item",
            bars: ProjectorResults.bars(values.map { (label: $0.0, value: $0.1, measure: $0.2) }))
    }
}
