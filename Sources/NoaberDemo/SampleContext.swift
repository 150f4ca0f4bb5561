public import NoaberCore

/// What a simulated participant's input depends on: the step, the session as it stands, who answers, in which
/// round, and how that person leans. Each werkvorm's `+Sample` file turns it into inputs.
public struct SampleContext: Sendable {
    public var step: Step
    public var state: SessionState
    public var participant: ParticipantID
    /// 1-based; werkvormen with rounds are answered once per round (`Activity.sampleRounds`).
    public var round: Int
    /// In [-1, 1]: one person's scale answers lean the same way (see `SimulatedParticipant`).
    public var leaning: Double
    /// `true`: everyone answers (tests and benchmarks want full data). `false`: some skip a step that asks for free
    /// text or commitments, as in a real room (the demo).
    public var everyoneAnswers: Bool

    public init(
        step: Step, state: SessionState, participant: ParticipantID, round: Int = 1, leaning: Double = 0,
        everyoneAnswers: Bool
    ) {
        self.step = step
        self.state = state
        self.participant = participant
        self.round = round
        self.leaning = leaning
        self.everyoneAnswers = everyoneAnswers
    }

    /// Minutes of the simulated clock an input takes unless its werkvorm says otherwise.
    public static let minutesPerInput = 0.1

    /// The participant's place in join order, from 0.
    public var index: Int { state.participants.firstIndex { $0.id == participant } ?? 0 }

    /// The step's items as this participant sees them (their own top, for a step built on their ranking).
    public var items: [Item] { state.items(for: step.id, participant: participant) }

    /// Whether this participant takes part, out of ten: draws only when not everyone answers, so that a test's
    /// stream does not depend on it.
    public func takesPart(outOfTen chance: Int, _ random: inout SeededRandom) -> Bool {
        everyoneAnswers || random.below(10) < chance
    }
}

/// One simulated participant as the drivers keep them: the id the engine gave and the leaning drawn at joining.
/// Only the drivers in this module make them (with the memberwise initialiser).
public struct SimulatedParticipant: Sendable, Equatable {
    public var id: ParticipantID
    public var leaning: Double
}
