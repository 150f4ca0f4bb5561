public import NoaberCore

/// A session played in memory, straight on the engine (`SessionState`) without a store: for tests and benchmarks
/// that want many participants fast. Steps are filled with the same per-werkvorm samples as the demo.
public struct SimulatedRoom: Sendable {
    public private(set) var state = SessionState()
    public private(set) var events: [SessionEvent] = []
    public private(set) var participants: [SimulatedParticipant] = []
    public private(set) var now: Timestamp

    public init(start: Timestamp) { now = start }

    /// Executes a command `seconds` after the previous one and records its event.
    @discardableResult
    public mutating func run(_ command: SessionCommand, after seconds: Double = 1) throws(SessionError) -> SessionEvent
    {
        now.millisecondsSince1970 += Int64((seconds * 1000).rounded())
        let event = try state.execute(command, at: now)
        events.append(event)
        return event
    }

    /// A participant joins; `leaning` (in [-1, 1]) steers their scale answers.
    public mutating func join(
        name: String, group: String? = nil, pseudonym: String? = nil, leaning: Double = 0, after seconds: Double = 1
    ) throws(SessionError) {
        let event = try run(.join(name: name, group: group, pseudonym: pseudonym), after: seconds)
        if case .participantJoined(let participant) = event.payload {
            participants.append(SimulatedParticipant(id: participant.id, leaning: leaning))
        }
    }

    /// `count` participants named "Deelnemer 1", "Deelnemer 2" …, each with a leaning drawn from `random`.
    public mutating func joinNumbered(
        _ count: Int, group: (Int) -> String? = { _ in nil }, random: inout SeededRandom, after seconds: Double = 1
    ) throws(SessionError) {
        for number in 0..<count {
            try join(
                name: SessionState.numberedName(number + 1), group: group(number + 1), leaning: random.unit() * 2 - 1,
                after: seconds)
        }
    }

    /// Round by round, every participant's sample inputs for the open step, each `seconds` after the previous
    /// command; then the facilitator's follow-up.
    public mutating func fill(
        _ step: Step, everyoneAnswers: Bool = true, random: inout SeededRandom, after seconds: Double = 2
    ) throws(SessionError) {
        let activity = step.activity
        for round in 1...activity.sampleRounds {
            for participant in participants {
                let context = SampleContext(
                    step: step, state: state, participant: participant.id, round: round,
                    leaning: participant.leaning, everyoneAnswers: everyoneAnswers)
                for input in activity.sampleInputs(context, using: &random) {
                    try run(.submit(participant: participant.id, step: step.id, input: input), after: seconds)
                }
            }
        }
        for command in activity.sampleFollowUp(step.id, in: state) { try run(command, after: seconds) }
    }
}
