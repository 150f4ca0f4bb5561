import NoaberAggregation
import NoaberCore
import NoaberTestSupport
import Testing

/// `StepResults` is the one place where a step's result is decided; these tests pin its choices.
struct StepResultsTests {
    /// A session of the sample scenario whose `waarden` step ranks `count` items, ranked by three participants.
    private func rankedSession(items count: Int) throws -> SessionState {
        var scenario = SessionSamples.scenario
        let items = (1...count).map { Item(id: "v\($0)", text: "Waarde \($0)") }
        let index = try #require(scenario.steps.firstIndex { $0.id == "waarden" })
        scenario.steps[index].activity = .rank(RankSettings(items: .listed(items)))
        var harness = SessionHarness()
        var settings = SessionSamples.settings()
        settings.scenario = scenario
        try harness.run(.start(settings))
        let people = try ["Anna", "Bram", "Carla"].map { try harness.join($0) }
        try harness.run(.open("waarden"))
        let ids = items.map(\.id)
        try harness.submit(people[0], "waarden", .rank(ids))
        try harness.submit(people[1], "waarden", .rank(Array(ids.reversed())))
        try harness.submit(people[2], "waarden", .rank(Array(ids[1...] + ids[..<1])))
        return harness.state
    }

    private func rank(_ state: SessionState) throws -> RankResults {
        let step = try #require(state.step("waarden"))
        return try #require(StepResults(step: step, in: state).rank)
    }

    @Test func kemenyYoungGivesTheOrderUpToItsItemLimit() throws {
        let results = try rank(try rankedSession(items: KemenyYoung.maximumCandidates))
        #expect(results.method == .kemenyYoung)
        #expect(!results.fellBack)
        #expect(results.order == results.report.kemenyYoung?.order)
        #expect(results.participants == ["p1", "p2", "p3"])
    }

    @Test func aboveTheLimitSchulzeGivesTheOrderAndTheResultSaysSo() throws {
        let results = try rank(try rankedSession(items: KemenyYoung.maximumCandidates + 1))
        #expect(results.requestedMethod == .kemenyYoung)
        #expect(results.method == .schulze)
        #expect(results.fellBack)
        #expect(results.order == results.report.schulze.order)
        #expect(results.consensus == results.order.flatMap { $0 })
    }

    @Test func everyStepOfTheScenarioHasOneResultInAgendaOrder() throws {
        let state = try rankedSession(items: 4)
        let all = StepResults.all(in: state)
        #expect(all.map(\.step.id) == SessionSamples.scenario.steps.map(\.id))
        let waarden = try #require(all.first { $0.step.id == "waarden" })
        #expect(waarden.contributors == 3)
        #expect(waarden.inputs.count == 3)
        #expect(waarden.likert == nil && waarden.vote == nil && waarden.rate == nil && waarden.classify == nil)
        let info = try #require(all.first { $0.step.activity.kind == .info })
        guard case .none = info.aggregate else {
            Issue.record("an info step has no aggregate, got \(info.aggregate)")
            return
        }
    }

    @Test func actionsAreFoundByTrekkerInAnyCaseAndInOrderOfInput() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("acties"))
        try harness.submit("p1", "acties", .action(Action(what: "Eerste", owner: " anna ", when: "mei")))
        try harness.submit("p2", "acties", .action(Action(what: "Tweede", owner: "Bram", when: "juni")))
        try harness.submit("p3", "acties", .action(Action(what: "Derde", owner: "ANNA", when: "juli")))
        try harness.submit("p3", "acties", .action(Action(what: "Vierde", owner: "Merel", when: "later")))
        let step = try #require(harness.state.step("acties"))
        let actions = try #require(StepResults(step: step, in: harness.state).actions)
        #expect(actions.actions.map(\.what) == ["Eerste", "Tweede", "Derde", "Vierde"])
        #expect(actions.actions(ownedByAnyOf: ["Anna", "Merel", ""]).map(\.what) == ["Eerste", "Derde", "Vierde"])
        #expect(actions.actions(ownedByAnyOf: ["Carla"]).isEmpty)
    }
}
