import NoaberCore

/// `roleplay`: notes per round for the participant's role (the assigned one, or the one they choose).
enum RoleplayPage {
    static let limits = ["tekst": TextField.text.limit]

    static func context(
        _ settings: RoleplaySettings, step: Step, state: SessionState, participant: ParticipantID
    ) -> [String: Any] {
        let roles = state.items(for: step.id, participant: participant)
        let rounds = (1...max(1, settings.rounds)).map { round -> [String: Any] in
            let assigned = state.assignedRole(step: step.id, participant: participant, round: round)
            return ["ronde": round, "rol": assigned?.text ?? ""]
        }
        let assigned = settings.assignment == .assigned
        return [
            "casus": settings.caseTitle, "casustekst": settings.caseText, "rondes": rounds,
            "toegewezen": assigned,
            "rollen": assigned ? [] : roles.map { ["id": $0.id, "tekst": $0.text] },
            "limiet": TextField.text.limit,
        ]
    }

    static func input(
        _ settings: RoleplaySettings, step: Step, form: RoomForm, state: SessionState, participant: ParticipantID
    ) throws(RoomError) -> Input {
        guard let round = try form.number("ronde"), (1...settings.rounds).contains(round) else {
            throw .invalidField("ronde")
        }
        let role: Item.ID
        if let assigned = state.assignedRole(step: step.id, participant: participant, round: round) {
            role = assigned.id
        } else {
            role = try form.required("rol")
        }
        return .roleplay(role: role, round: round, text: try form.required("tekst", limit: TextField.text.limit))
    }

    static func summary(role: Item.ID, round: Int, text: String, step: Step, state: SessionState) -> String {
        let name = state.items(for: step.id).first { $0.id == role }?.text ?? role
        return "Ronde \(round), \(name): \(text)"
    }
}
