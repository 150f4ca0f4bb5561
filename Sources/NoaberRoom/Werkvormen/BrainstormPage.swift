import NoaberAggregation
import NoaberCore

/// `brainstorm`: one idea per form; the participant's ideas are listed to revise or withdraw.
enum BrainstormPage {
    static let limits = ["tekst": TextField.itemText.limit]

    static func context(_ settings: BrainstormSettings, step: Step, state: SessionState) -> [String: Any] {
        [
            "limiet": TextField.itemText.limit,
            "maximum": settings.maxPerParticipant.map { "Hoogstens \($0) ideeën per deelnemer." } ?? "",
            "ideeen": state.items(for: step.id).map(\.text),
            "heeftIdeeen": !state.items(for: step.id).isEmpty,
        ]
    }

    static func input(_ form: RoomForm) throws(RoomError) -> Input {
        .brainstorm(text: try form.required("tekst", limit: TextField.itemText.limit))
    }

    static func summary(_ text: String) -> String { text }

    /// The edit form of one idea: its text.
    static func editFields(_ text: String) -> [String: Any] {
        ["tekst": text, "limiet": TextField.itemText.limit, "meerdere": true]
    }
}

extension BrainstormPage {
    /// The projector: the items brainstormed so far, after the facilitator's merges and renames.
    static func projection(_ items: [Item]) -> ProjectorResults {
        ProjectorResults(listCaption: "Ingebrachte punten (\(items.count))", list: items.map(\.text))
    }
}
