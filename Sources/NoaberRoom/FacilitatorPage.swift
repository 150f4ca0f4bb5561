import NoaberCore

/// The values of the facilitator's page: the steps with what can be done to each, who has answered the open step,
/// the items of steps that collect them, the participants with their numbers.
extension RoomPages {
    func facilitatorPage(message: String?, done: String?) async -> HTMLPage {
        let state = await room.runner.state
        let keys = await room.keys
        let secret = keys.facilitatorSecret
        var values: [String: Any] = [
            "scenario": state.scenario?.title ?? "",
            "verversen": true,
            "stand": Self.stand(of: state),
            "sessie": state.settings?.sessionID ?? "",
            "code": keys.joinCode,
            "actie": "/leiding/\(secret)",
            "csrf": keys.facilitatorCSRF,
            "melding": message ?? "",
            "gedaan": done ?? "",
            "afgelopen": state.isEnded,
            "kanEindigen": !state.isEnded && state.openStep == nil,
        ]
        let steps = state.scenario?.steps ?? []
        values["stappen"] = steps.map { step -> [String: Any] in
            let status = state.stepState(step.id)?.status
            let takesInput = RoomWerkvormen.template(for: step) != nil
            return [
                "id": step.id, "titel": step.title,
                "status": Self.statusWord(status),
                "openen": !state.isEnded && status == .planned && state.openStep == nil,
                "sluiten": !state.isEnded && status == .open,
                "heropenen": !state.isEnded && status == .closed && state.openStep == nil,
                "tonen": takesInput && !state.shownResults.contains(step.id),
                "verbergen": takesInput && state.shownResults.contains(step.id),
                "getoond": state.shownResults.contains(step.id),
                "formulier": RoomSecrets.token(),
                "formulier2": RoomSecrets.token(),
            ]
        }
        if let open = state.openStep, let step = state.step(open) {
            let answered = Set(state.inputs(for: open).map(\.participant))
            let present = state.participants.filter(\.isPresent)
            values["open"] = [
                "titel": step.title,
                "aantal": answered.count, "van": present.count,
                "deelnemers": present.map { participant -> [String: Any] in
                    [
                        "id": participant.id, "naam": participant.participant.name,
                        "antwoord": answered.contains(participant.id) ? "heeft geantwoord" : "nog niet",
                    ]
                },
            ]
        }
        values["borden"] = steps.filter { RoomWerkvormen.collectsItems($0) && !state.items(for: $0.id).isEmpty }
            .map { step -> [String: Any] in
                let items = state.items(for: step.id)
                return [
                    "stap": step.id, "titel": step.title, "formulier": RoomSecrets.token(),
                    "items": items.map { item -> [String: Any] in
                        ["id": item.id, "tekst": item.text, "formulier": RoomSecrets.token()]
                    },
                ]
            }
        values["deelnemers"] = state.participants.map {
            ["id": $0.id, "naam": $0.participant.name, "aanwezig": $0.isPresent ? "aanwezig" : "vertrokken"]
        }
        values["notitieformulier"] = RoomSecrets.token()
        values["eindformulier"] = RoomSecrets.token()
        values["exportformulier"] = RoomSecrets.token()
        values["definitiefformulier"] = RoomSecrets.token()
        values["definitiefMaken"] = !state.isEnded && !state.isFinal
        values["definitief"] = state.isFinal
        values["notitiestappen"] = steps.map { ["id": $0.id, "titel": $0.title] }
        return page("leiding", title: "Gespreksleiding", values)
    }

    static func statusWord(_ status: StepState.Status?) -> String {
        switch status {
        case .open: "open"
        case .closed: "gesloten"
        default: "nog niet geopend"
        }
    }
}
