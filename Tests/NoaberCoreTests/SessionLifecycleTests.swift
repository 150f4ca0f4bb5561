import NoaberCore
import NoaberTestSupport
import Testing

@Suite struct SessionLifecycleTests {
    @Test func startJoinAndIDs() throws {
        let harness = try SessionHarness.started()
        #expect(harness.state.participants.map(\.id) == ["p1", "p2", "p3"])
        #expect(harness.state.lastSequence == 4)
        #expect(harness.state.steps.count == SessionSamples.scenario.steps.count)
        #expect(harness.state.steps.allSatisfy { $0.status == .planned })
        #expect(try SessionState.replay(harness.events) == harness.state)
    }

    @Test func inputIDsCountInputsAndBrainstormItemsCountPerStep() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("rollen"))
        let id = try harness.submit("p1", "rollen", .brainstorm(text: "Verbinder"))
        #expect(id == "i1")
        #expect(
            harness.state.items(for: "rollen").map(\.id) == [
                "volksvertegenwoordiger", "kadersteller", "controleur", "b1",
            ])
        #expect(harness.state.items(for: "spel").last == Item(id: "b1", text: "Verbinder"))
    }

    @Test func commandsBeforeStartAreRefused() {
        let state = SessionState.empty
        #expect(throws: SessionError.notStarted) { try state.decide(.join(name: "Anna", group: nil, pseudonym: nil)) }
    }

    @Test func secondStartIsRefused() throws {
        let harness = try SessionHarness.started()
        #expect(throws: SessionError.alreadyStarted) { try harness.state.decide(.start(SessionSamples.settings())) }
    }

    @Test func onlyOneStepOpenAtATime() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("intro"))
        let error = #expect(throws: SessionError.self) { try harness.state.decide(.open("rollen")) }
        #expect(error?.rendered() == "fout: stap ‘intro’ is nog open; sluit die voordat ‘rollen’ opengaat")
        #expect(error?.rendered(in: .en) == "error: step ‘intro’ is still open; close it before opening ‘rollen’")
    }

    /// The id becomes the export folder `Exports/<id>/`: nothing that climbs out of it or hides in it.
    @Test(arguments: ["../../buiten", "..", ".verborgen", "a/b", "a\\b", "tafel 1", "-rf", "tafel\u{1}", "~root"])
    func unsafeSessionIDsAreRefused(id: String) {
        let error = #expect(throws: SessionError.invalidSessionID(id)) {
            try SessionState.empty.decide(.start(SessionSamples.settings(id: id)))
        }
        #expect(
            error?.rendered()
                == "fout: sessie-id ‘\(id)’ kan niet: gebruik letters, cijfers, ‘-’, ‘_’ en ‘.’, "
                + "en begin met een letter of cijfer")
        #expect(
            error?.rendered(in: .en)
                == "error: session id ‘\(id)’ is not allowed: use letters, digits, ‘-’, ‘_’ and ‘.’, "
                + "and start with a letter or digit")
    }

    @Test(arguments: ["tafel-1", "2026-11-25-raad", "raad_2026.v2", "Oude-Vrielink", "tafel-é"])
    func usualSessionIDsAreAccepted(id: String) throws {
        let payload = try SessionState.empty.decide(.start(SessionSamples.settings(id: id)))
        guard case .sessionStarted(let settings) = payload else {
            Issue.record("expected sessionStarted, got \(payload)")
            return
        }
        #expect(settings.sessionID == id)
    }

    /// A scenario can arrive inside an imported session file, past the scenario loader; the reports key tables by
    /// these ids, so the engine refuses a duplicate before the session starts.
    @Test(arguments: [
        (
            "waarden",
            Activity.rank(RankSettings(items: .listed([Item(id: "v1", text: "A"), Item(id: "v1", text: "B")]))),
            "v1"
        ),
        (
            "rollen", .brainstorm(BrainstormSettings(examples: [Item(id: "x", text: "A"), Item(id: "x", text: "B")])),
            "x"
        ),
        (
            "ladder",
            .classify(
                ClassifySettings(
                    items: .fromStep("rollen"),
                    categories: [Item(id: "informeren", text: "A"), Item(id: "informeren", text: "B")])), "informeren"
        ),
        (
            "zelf",
            .likert(
                LikertSettings(
                    scale: SessionSamples.scale,
                    themes: [
                        LikertTheme(
                            id: "t1", title: "A", statements: [LikertStatement(id: "s1", text: "A")], interpretation: []
                        ),
                        LikertTheme(
                            id: "t2", title: "B", statements: [LikertStatement(id: "s1", text: "B")], interpretation: []
                        ),
                    ])), "s1"
        ),
    ])
    func duplicateIDsInAStepAreRefused(step: Step.ID, activity: Activity, duplicate: String) throws {
        var settings = SessionSamples.settings()
        let index = try #require(settings.scenario.steps.firstIndex { $0.id == step })
        settings.scenario.steps[index].activity = activity
        let error = #expect(throws: SessionError.duplicateIDInStep(step: step, id: duplicate)) {
            try SessionState.empty.decide(.start(settings))
        }
        #expect(error?.rendered() == "fout: stap ‘\(step)’ van het scenario heeft id ‘\(duplicate)’ meer dan eens")
        #expect(
            error?.rendered(in: .en) == "error: step ‘\(step)’ of the scenario has id ‘\(duplicate)’ more than once")
    }

    /// A scenario inside an imported session file skips the loader's bounds; huge minutes made the planned-time
    /// sums of the report trap.
    @Test func scenarioNumbersOutOfRangeAreRefused() throws {
        var settings = SessionSamples.settings()
        settings.scenario.steps[0].minutes = Int.max
        let error = #expect(
            throws: SessionError.scenarioNumberOutOfRange(step: "intro", name: "minutes", value: Int.max)
        ) {
            try SessionState.empty.decide(.start(settings))
        }
        #expect(
            error?.rendered()
                == "fout: stap ‘intro’ van het scenario: minutes moet tussen -1000000 en 1000000 liggen (nu \(Int.max))"
        )
        #expect(
            error?.rendered(in: .en)
                == "error: step ‘intro’ of the scenario: minutes must lie between -1000000 and 1000000 (is \(Int.max))")

        var total = SessionSamples.settings()
        total.scenario.minutes = -1_000_001
        #expect(throws: SessionError.scenarioNumberOutOfRange(step: nil, name: "minutes", value: -1_000_001)) {
            try SessionState.empty.decide(.start(total))
        }
        var scale = SessionSamples.settings()
        let index = try #require(scale.scenario.steps.firstIndex { $0.id == "cijfer" })
        scale.scenario.steps[index].activity = .rate(
            RateSettings(items: .listed(SessionSamples.values), scale: Scale(min: 1, max: Int.max, labels: [])))
        #expect(throws: SessionError.scenarioNumberOutOfRange(step: "cijfer", name: "max", value: Int.max)) {
            try SessionState.empty.decide(.start(scale))
        }
        // The bound itself is allowed.
        var largest = SessionSamples.settings()
        largest.scenario.steps[0].minutes = SessionState.largestScenarioNumber
        _ = try SessionState.empty.decide(.start(largest))
    }

    @Test func endedSessionRefusesEverything() throws {
        var harness = try SessionHarness.started()
        try harness.run(.end)
        #expect(throws: SessionError.sessionEnded) { try harness.state.decide(.note(step: nil, text: "Nog iets")) }
    }
}
