import Hummingbird
import NoaberCore

/// The participant's page: the open step's form with their own inputs (to revise or withdraw), the wait between
/// steps, or the end with the personal report.
extension RoomPages {
    func stepPage(for key: RoomKeys.ParticipantKey, message: String?) async -> HTMLPage {
        let state = await room.runner.state
        let participant = key.participant
        var values: [String: Any] = [
            "scenario": state.scenario?.title ?? "",
            "verversen": true,
            "stand": Self.stand(of: state),
            "deelnemer": participant,
            "naam": state.participant(participant)?.participant.name ?? "",
            "csrf": key.csrf,
            "melding": message ?? "",
        ]
        if state.isEnded {
            values["verslagen"] = RoomReports.formats.map { ["pad": "/verslag.\($0)", "formaat": $0.uppercased()] }
            return page("einde", title: "Afgelopen", values)
        }
        guard let open = state.openStep, let step = state.step(open), let template = RoomWerkvormen.template(for: step)
        else {
            if let open = state.openStep, let step = state.step(open) {
                values["stap"] = Self.stepValues(step)
                values.merge(RoomWerkvormen.context(for: step, state: state, participant: participant)) { a, _ in a }
            }
            return page("wachten", title: "Even wachten", values)
        }
        values["stap"] = Self.stepValues(step)
        values["formulier"] = RoomSecrets.token()
        let own = state.inputs(for: step.id).filter { $0.participant == participant }
        values["heeftEigen"] = !own.isEmpty
        values["eigen"] = own.map { record in
            var own: [String: Any] = [
                "id": record.id,
                "samenvatting": RoomWerkvormen.summary(of: record, step: step, state: state),
                "formulier": RoomSecrets.token(),
                "intrekformulier": RoomSecrets.token(),
            ]
            if let fields = RoomWerkvormen.editFields(of: record) { own["bewerken"] = fields }
            return own
        }
        values.merge(RoomWerkvormen.context(for: step, state: state, participant: participant)) { a, _ in a }
        return page(template, title: step.title, values)
    }

    static func stepValues(_ step: Step) -> [String: Any] {
        ["id": step.id, "titel": step.title, "instructie": step.instructions, "vraag": step.prompt]
    }
}
