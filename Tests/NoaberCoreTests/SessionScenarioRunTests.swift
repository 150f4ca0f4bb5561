import NoaberCore
import NoaberTestSupport
import Testing

/// Whole sessions of the shipped scenarios and of the sample with every werkvorm, through the engine alone.
@Suite struct SessionScenarioRunTests {
    static let names = ["Anna de Vries", "Bram Jansen", "Carla Bakker", "Daan Visser", "Eva Smit", "Fenna Mulder"]

    /// Opens every step in agenda order, lets each participant give a sensible input, closes it, ends.
    static func runFully(_ scenario: Scenario) throws -> SessionHarness {
        var harness = SessionHarness()
        try harness.run(
            .start(
                SessionSettings(
                    sessionID: "volledig", scenario: scenario, place: "Raadzaal", facilitatorName: "Griffier",
                    pseudonymous: false
                )
            )
        )
        let people = try names.map { name throws(SessionError) in try harness.join(name) }
        for (index, step) in scenario.steps.enumerated() {
            try harness.run(.open(step.id), after: 30)
            let opened = harness.clock.now.millisecondsSince1970
            for (number, person) in people.enumerated() {
                let seed = UInt64(index * 100 + number)
                if let input = SessionScenarios.sensibleInput(
                    for: step, participant: person, in: harness.state, seed: seed)
                {
                    try harness.submit(person, step.id, input)
                }
            }
            // Close exactly on time: the submissions (five seconds apart) count towards the planned minutes.
            let used = (harness.clock.now.millisecondsSince1970 - opened) / 1_000
            try harness.run(.close(step.id), after: Int64(step.minutes) * 60 - used)
        }
        try harness.run(.end)
        return harness
    }

    @Test func everyShippedScenarioRunsToTheEnd() throws {
        let scenarios = try SessionScenarios.embedded()
        #expect(scenarios.count >= 3)
        for scenario in scenarios {
            let harness = try Self.runFully(scenario)
            let state = harness.state
            #expect(state.isEnded)
            #expect(state.steps.allSatisfy { $0.status == .closed })
            for step in scenario.steps {
                let expected = step.activity.kind == .info ? 0 : Self.names.count
                #expect(state.inputs(for: step.id).count == expected, "\(scenario.id): \(step.id)")
            }
            #expect(try SessionState.replay(harness.events) == state)
            let timing = state.timing(at: harness.clock.now)
            #expect(timing.plannedMinutes == scenario.plannedStepMinutes)
            #expect(timing.actualMinutes == scenario.plannedStepMinutes)
            #expect(timing.warnings.isEmpty)
        }
    }

    @Test func theSampleWithEveryWerkvormRunsToTheEnd() throws {
        let harness = try Self.runFully(SessionSamples.scenario)
        for step in SessionSamples.scenario.steps where step.activity.kind != .info {
            #expect(harness.state.inputs(for: step.id).count == Self.names.count, "\(step.id)")
        }
        // Six ideas joined the three seeded roles, and later steps built on them.
        #expect(harness.state.items(for: "rollen").count == 9)
        #expect(harness.state.items(for: "ladder").count == 9)
    }
}
