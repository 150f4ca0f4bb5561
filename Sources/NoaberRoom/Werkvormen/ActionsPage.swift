import NoaberAggregation
import NoaberCore

/// `actions`: what, who takes it on, when; the participant's actions are listed to revise or withdraw.
enum ActionsPage {
    static let limits = [
        "wat": TextField.what.limit, "wie": TextField.owner.limit, "metwie": TextField.with.limit,
        "wanneer": TextField.when.limit,
    ]

    static func context(_ settings: ActionsSettings) -> [String: Any] {
        [
            "maximum": settings.maxPerParticipant.map { "Hoogstens \($0) acties per deelnemer." } ?? "",
            "watlimiet": TextField.what.limit, "korteLimiet": TextField.owner.limit,
        ]
    }

    static func input(_ form: RoomForm) throws(RoomError) -> Input {
        .action(
            Action(
                what: try form.required("wat", limit: TextField.what.limit),
                owner: try form.required("wie", limit: TextField.owner.limit),
                when: try form.required("wanneer", limit: TextField.when.limit),
                with: try form.text("metwie", limit: TextField.with.limit) ?? ""))
    }

    static func summary(_ action: Action) -> String {
        action.with.isEmpty
            ? "\(action.what) (wie: \(action.owner); wanneer: \(action.when))"
            : "\(action.what) (wie: \(action.owner); met wie: \(action.with); wanneer: \(action.when))"
    }

    static func editFields(_ action: Action) -> [String: Any] {
        [
            "actie": true, "wat": action.what, "wie": action.owner, "metwie": action.with, "wanneer": action.when,
            "watlimiet": TextField.what.limit, "korteLimiet": TextField.owner.limit,
        ]
    }
}

extension ActionsPage {
    /// The projector: what will be done and when (the trekkers' names stay off the screen).
    static func projection(_ results: ActionsResults) -> ProjectorResults {
        ProjectorResults(
            listCaption: "Afgesproken acties",
            list: results.actions.map { $0.when.isEmpty ? $0.what : "\($0.what) (\($0.when))" })
    }
}
