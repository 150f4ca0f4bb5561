public import NoaberCore

/// Drives a live session in memory: commands in, events recorded, time from a fixed clock.
public struct SessionHarness: Sendable {
    public var state = SessionState()
    public var events: [SessionEvent] = []
    public var clock: FixedClock
    /// `.legacy` builds sessions with text that today's engine refuses (control characters, overrides), as a
    /// journal written by an older version may hold: the exports must still handle it.
    public var text: TextCheck = .enforced

    public init(clock: FixedClock = FixedClock()) { self.clock = clock }

    /// Executes a command at the clock's time (after moving it on by `seconds`) and records the event.
    @discardableResult
    public mutating func run(_ command: SessionCommand, after seconds: Int64 = 0) throws(SessionError) -> SessionEvent {
        clock.advance(seconds: seconds)
        let event = try state.execute(command, at: clock.now, text: text)
        events.append(event)
        return event
    }

    /// Joins a participant and returns their id.
    @discardableResult
    public mutating func join(_ name: String, group: String? = nil, pseudonym: String? = nil) throws(SessionError)
        -> ParticipantID
    {
        let event = try run(.join(name: name, group: group, pseudonym: pseudonym))
        guard case .participantJoined(let participant) = event.payload else {
            preconditionFailure("join gave \(event)")
        }
        return participant.id
    }

    /// Submits an input and returns its id.
    @discardableResult
    public mutating func submit(_ participant: ParticipantID, _ step: Step.ID, _ input: Input) throws(SessionError)
        -> InputID
    {
        let event = try run(.submit(participant: participant, step: step, input: input), after: 5)
        guard case .inputSubmitted(let submitted) = event.payload else { preconditionFailure("submit gave \(event)") }
        return submitted.id
    }

    /// A started sample session with participants Anna (p1), Bram (p2) and Carla (p3).
    public static func started(pseudonymous: Bool = false) throws(SessionError) -> SessionHarness {
        var harness = SessionHarness()
        try harness.run(.start(SessionSamples.settings(pseudonymous: pseudonymous)))
        try harness.join("Anna", group: "vvd", pseudonym: "Merel")
        try harness.join("Bram", group: "cda")
        try harness.join("Carla", group: "inwoner", pseudonym: "Lijster")
        return harness
    }
}
