import NoaberCore
import NoaberDemo
import NoaberTestSupport
import Testing

/// Every werkvorm's sample input is accepted by the engine, for every step of every shipped scenario and of the
/// sample scenario with every werkvorm, over many seeds, whether everyone answers or only some.
@Suite struct SampleAcceptanceTests {
    static func scenarios() throws -> [Scenario] { try SessionScenarios.embedded() + [SessionSamples.scenario] }

    /// A whole session in memory; a refused sample throws out of `fill` and fails the test with the engine's reason.
    /// `check` sees the room after each step opened, before anyone answers.
    static func play(
        _ scenario: Scenario, seed: UInt64, everyoneAnswers: Bool, check: (SimulatedRoom, Step) -> Void = { _, _ in }
    ) throws -> SimulatedRoom {
        var random = SeededRandom(seed: seed)
        var room = SimulatedRoom(start: SessionSamples.start)
        try room.run(
            .start(
                SessionSettings(
                    sessionID: "s\(seed)", scenario: scenario, place: "Raadzaal", facilitatorName: "Griffier",
                    pseudonymous: seed % 2 == 0)))
        let count = 3 + random.below(9)
        try room.joinNumbered(count, random: &random)
        for step in scenario.steps {
            try room.run(.open(step.id))
            check(room, step)
            try room.fill(step, everyoneAnswers: everyoneAnswers, random: &random)
            try room.run(.close(step.id))
        }
        try room.run(.end)
        return room
    }

    @Test(arguments: [true, false])
    func everySampleIsAcceptedForEveryShippedStep(everyoneAnswers: Bool) throws {
        for scenario in try Self.scenarios() {
            var answered: Set<Step.ID> = []
            for seed in 1...40 as ClosedRange<UInt64> {
                let room = try Self.play(scenario, seed: seed, everyoneAnswers: everyoneAnswers)
                #expect(room.state.isEnded)
                for step in scenario.steps where !room.state.inputs(for: step.id).isEmpty { answered.insert(step.id) }
            }
            // Over forty seeds every step that takes input got some.
            for step in scenario.steps where step.activity.kind != .info {
                #expect(answered.contains(step.id), "\(scenario.id): \(step.id) never answered")
            }
        }
    }

    @Test func whenEveryoneAnswersEveryParticipantAnswersEveryStep() throws {
        for scenario in try Self.scenarios() {
            let room = try Self.play(scenario, seed: 11, everyoneAnswers: true)
            for step in scenario.steps where step.activity.kind != .info {
                let who = Set(room.state.inputs(for: step.id).map(\.participant))
                #expect(who.count == room.participants.count, "\(scenario.id): \(step.id)")
            }
        }
    }

    @Test func theSameSeedGivesTheSameSessionAndAnotherSeedAnother() throws {
        for scenario in try Self.scenarios() {
            let first = try Self.play(scenario, seed: 5, everyoneAnswers: false).events
            #expect(try Self.play(scenario, seed: 5, everyoneAnswers: false).events == first)
            #expect(try Self.play(scenario, seed: 6, everyoneAnswers: false).events != first)
        }
    }

    /// The spoiled samples are refused, for every participant at every step, and the refusal changes nothing.
    @Test func everySpoiledSampleIsRefused() throws {
        for scenario in try Self.scenarios() {
            var refused: Set<Step.ID> = []
            for seed in 1...10 as ClosedRange<UInt64> {
                var random = SeededRandom(seed: seed)
                _ = try Self.play(scenario, seed: seed, everyoneAnswers: true) { room, step in
                    for participant in room.participants {
                        let context = SampleContext(
                            step: step, state: room.state, participant: participant.id, everyoneAnswers: true)
                        guard let input = step.activity.sampleSpoiled(context, using: &random) else { continue }
                        var state = room.state
                        let command = SessionCommand.submit(participant: participant.id, step: step.id, input: input)
                        #expect(throws: SessionError.self, "\(scenario.id): \(step.id) \(input)") {
                            try state.execute(command, at: room.now)
                        }
                        let unchanged = state == room.state
                        #expect(unchanged, "\(scenario.id): \(step.id) changed by a refused input")
                        refused.insert(step.id)
                    }
                }
            }
            for step in scenario.steps where step.activity.kind != .info {
                #expect(refused.contains(step.id), "\(scenario.id): \(step.id) has no spoiled sample")
            }
        }
    }
}
