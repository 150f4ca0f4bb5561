public import NoaberCore

/// A small scenario covering the werkvormen the store and console tests drive, independent of the shipped
/// scenario files so that store tests do not change when a scenario text is edited.
public enum StoreTestScenario {
    public static let values: [Item] = [
        Item(id: "vrijheid", text: "Vrijheid"),
        Item(id: "gelijkheid", text: "Gelijkheid"),
        Item(id: "solidariteit", text: "Solidariteit"),
        Item(id: "rechtvaardigheid", text: "Rechtvaardigheid"),
    ]

    public static let scenario = Scenario(
        id: "test-waarden", version: "1", title: "Testscenario", summary: "Voor de tests van de opslag.",
        audience: "testers", language: "nl", minutes: 30, sources: [], facilitator: FacilitatorRole(title: "griffier"),
        groups: [ParticipantGroup(id: "a", name: "Fractie A")],
        steps: [
            Step(
                id: "rollen", title: "Rollen", minutes: 10, instructions: "Verzamel rollen.", prompt: "Welke rollen?",
                activity: .brainstorm(BrainstormSettings(examples: [Item(id: "hoeder", text: "Hoeder")]))),
            Step(
                id: "waarden", title: "Waarden", minutes: 10, instructions: "Laat rangschikken.",
                prompt: "Zet de waarden op volgorde.", activity: .rank(RankSettings(items: .listed(values)))),
            Step(
                id: "acties", title: "Acties", minutes: 10, instructions: "Spreek acties af.",
                prompt: "Wat gaat u doen?",
                activity: .actions(ActionsSettings())),
        ])

    public static func settings(id: SessionID = "test-1") -> SessionSettings {
        SessionSettings(
            sessionID: id, scenario: scenario, place: "Raadzaal", facilitatorName: "Griffier Jansen",
            pseudonymous: false)
    }

    /// Hand-written events (no engine involved) for journal tests: start, two participants, a step and inputs.
    public static func events(id: SessionID = "test-1", start: Int64 = 1_780_000_000_000) -> [SessionEvent] {
        let payloads: [EventPayload] = [
            .sessionStarted(settings(id: id)),
            .participantJoined(Participant(id: "p1", name: "Anna de Vries", group: "Fractie A")),
            .participantJoined(Participant(id: "p2", name: "Bram Bos", pseudonym: "Deelnemer 2")),
            .stepOpened("waarden"),
            .inputSubmitted(
                SubmittedInput(
                    id: "i1", participant: "p1", step: "waarden",
                    input: .rank(["vrijheid", "gelijkheid", "solidariteit", "rechtvaardigheid"]))),
            .inputSubmitted(
                SubmittedInput(
                    id: "i2", participant: "p2", step: "waarden",
                    input: .rank(["solidariteit", "vrijheid", "gelijkheid", "rechtvaardigheid"]))),
            .inputWithdrawn("i2"),
            .stepClosed("waarden"),
            .noteAdded(step: nil, text: "Goed gesprek; \"quotes\" en é blijven heel."),
        ]
        return payloads.enumerated().map { offset, payload in
            SessionEvent(
                sequence: offset + 1, time: Timestamp(millisecondsSince1970: start + Int64(offset) * 60_000),
                payload: payload)
        }
    }
}
