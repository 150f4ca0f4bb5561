import NoaberCore
import NoaberTestSupport
import Testing

/// Issue 10, item 4: a scenario inside an imported session is held to the same limits as `noaber validate`.
@Suite struct ScenarioLimitsTests {
    @Test func tooManyStepsAreRefusedByTheEngine() throws {
        var settings = SessionSamples.settings()
        let step = try #require(settings.scenario.steps.first)
        settings.scenario.steps = (1...101).map { number in
            var copy = step
            copy.id = "stap\(number)"
            return copy
        }
        var h = SessionHarness()
        let error = SessionError.scenarioTooLarge(step: nil, ScenarioLimits.Excess(part: .steps, count: 101))
        #expect(throws: error) { try h.run(.start(settings)) }
        #expect(error.message(in: .nl) == "het scenario heeft 101 stappen; hoogstens 100")
        #expect(error.message(in: .en) == "the scenario has 101 steps; at most 100")
    }

    @Test func aStepWithTooManyItemsIsRefusedByTheEngine() throws {
        var settings = SessionSamples.settings()
        let index = try #require(
            settings.scenario.steps.firstIndex { ($0.activity.itemSource?.listedItems.count ?? 0) > 0 })
        let items = (1...201).map { Item(id: "x\($0)", text: "Item \($0)") }
        settings.scenario.steps[index].activity = .rank(RankSettings(items: .listed(items)))
        var h = SessionHarness()
        let step = settings.scenario.steps[index].id
        #expect(throws: SessionError.scenarioTooLarge(step: step, ScenarioLimits.Excess(part: .items, count: 201))) {
            try h.run(.start(settings))
        }
    }
}
