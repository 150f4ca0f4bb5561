import NoaberCore
import NoaberTestSupport
import Testing

@Suite struct SessionTimingTests {
    @Test func plannedAgainstActualWithPausesAndReopening() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("intro"), after: 60)
        try harness.run(.pauseTimer, after: 3 * 60)
        try harness.run(.resumeTimer, after: 10 * 60)
        try harness.run(.close("intro"), after: 2 * 60)
        try harness.run(.open("rollen"), after: 30)
        try harness.run(.close("rollen"), after: 8 * 60)
        try harness.run(.reopen("intro"), after: 60)
        try harness.run(.close("intro"), after: 90)
        try harness.run(.open("spel"), after: 0)
        harness.clock.advance(minutes: 21)
        let timing = harness.state.timing(at: harness.clock.now)
        let actual = Dictionary(uniqueKeysWithValues: timing.steps.map { ($0.id, Int($0.actualMilliseconds)) })
        #expect(actual["intro"] == (3 * 60 + 2 * 60 + 90) * 1_000)
        #expect(actual["rollen"] == 8 * 60 * 1_000)
        #expect(actual["spel"] == 21 * 60 * 1_000)
        #expect(actual["waarden"] == 0)
        #expect(timing.plannedMinutes == SessionSamples.scenario.plannedStepMinutes)
        #expect(timing.actualMilliseconds == (390 + 480 + 1_260) * 1_000)
        #expect(timing.actualMinutes == 36)
        #expect(timing.overruns.map(\.id) == ["intro", "spel"])
        #expect(
            timing.warnings.map { $0.rendered() } == [
                "waarschuwing: stap ‘intro’ (Stap intro) loopt uit: 7 minuten, gepland 5",
                "waarschuwing: stap ‘spel’ (Stap spel) loopt uit: 21 minuten, gepland 20",
            ]
        )
        #expect(
            timing.warnings.last?.rendered(in: .en)
                == "warning: step ‘spel’ (Stap spel) is running over: 21 minutes, planned 20"
        )
        let state = harness.state.stepState("intro")
        #expect(state?.openedAt?.millisecondsSince1970 == SessionSamples.start.millisecondsSince1970 + 60_000)
        #expect(state?.status == .closed)
    }

    @Test func pausedTimerStopsTheOpenStep() throws {
        var harness = try SessionHarness.started()
        try harness.run(.pauseTimer)
        try harness.run(.open("intro"), after: 60)
        harness.clock.advance(minutes: 30)
        #expect(harness.state.timing(at: harness.clock.now).steps[0].actualMilliseconds == 0)
        try harness.run(.resumeTimer)
        harness.clock.advance(seconds: 45)
        #expect(harness.state.timing(at: harness.clock.now).steps[0].actualMilliseconds == 45_000)
        #expect(harness.state.timing(at: harness.clock.now).warnings.isEmpty)
    }
}
