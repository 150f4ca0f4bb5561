import NoaberAggregation
import NoaberCore

/// `classify`: a category per item (`categorie_ITEM`, a select); items left open are not placed.
enum ClassifyPage {
    static func context(
        _ settings: ClassifySettings, step: Step, state: SessionState, participant: ParticipantID
    ) -> [String: Any] {
        var placed: [Item.ID: Item.ID] = [:]
        if let record = state.inputs(for: step.id).first(where: { $0.participant == participant }),
            case .classify(let placements) = record.input
        {
            for placement in placements { placed[placement.item] = placement.category }
        }
        return [
            "items": state.items(for: step.id, participant: participant).map { item -> [String: Any] in
                [
                    "tekst": item.text, "veld": "categorie_\(item.id)",
                    "opties": [["waarde": "", "label": "nog niet", "gekozen": placed[item.id] == nil]]
                        + settings.categories.map { category -> [String: Any] in
                            ["waarde": category.id, "label": category.text, "gekozen": placed[item.id] == category.id]
                        },
                ]
            }
        ]
    }

    static func input(
        _ settings: ClassifySettings, step: Step, form: RoomForm, state: SessionState, participant: ParticipantID
    ) throws(RoomError) -> Input {
        let categories = Set(settings.categories.map(\.id))
        var placements: [Placement] = []
        for item in state.items(for: step.id, participant: participant) {
            guard let category = try form.text("categorie_\(item.id)"), !category.isEmpty else { continue }
            guard categories.contains(category) else { throw .invalidField("categorie_\(item.id)") }
            placements.append(Placement(item: item.id, category: category))
        }
        guard !placements.isEmpty else { throw .invalidAnswer("plaats ten minste één item in een categorie") }
        return .classify(placements)
    }

    static func summary(_ placements: [Placement], settings: ClassifySettings, step: Step, state: SessionState)
        -> String
    {
        let texts = Dictionary(state.items(for: step.id).map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(settings.categories.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        return placements.map { "\(texts[$0.item] ?? $0.item): \(names[$0.category] ?? $0.category)" }
            .joined(separator: "; ")
    }
}

extension ClassifyPage {
    /// The projector: per item the category chosen most often, with how many chose it.
    static func projection(_ results: ClassifyResults) -> ProjectorResults {
        let matrix = results.matrix
        let list = matrix.rows.map { row in
            let text = results.items.first { $0.id == row.item }?.text ?? row.item
            let top = row.counts.max() ?? 0
            guard top > 0 else { return "\(text): nog niet ingedeeld" }
            let modal = row.modal.map(results.categoryText).joined(separator: " of ")
            return "\(text): \(modal) (\(top) van de \(matrix.participants))"
        }
        return ProjectorResults(listCaption: "Meest gekozen indeling per item", list: list)
    }
}
