import NoaberCore
import NoaberTestSupport
import Testing

@Suite struct SessionItemsTests {
    /// Brainstorm with two ideas from Anna (b1 "Verbinder", b2 "Verbindster") and one from Bram (b3 "Luisteraar").
    static func brainstormed() throws -> SessionHarness {
        var harness = try SessionHarness.started()
        try harness.run(.open("rollen"))
        try harness.submit("p1", "rollen", .brainstorm(text: "Verbinder"))
        try harness.submit("p1", "rollen", .brainstorm(text: "Verbindster"))
        try harness.submit("p2", "rollen", .brainstorm(text: "Luisteraar"))
        return harness
    }

    @Test func mergesAndRenamesAreFollowedByLaterSteps() throws {
        var harness = try Self.brainstormed()
        try harness.run(.merge(step: "rollen", items: ["b1", "b2"], into: "b1", text: "Verbinder(ster)"))
        try harness.run(.renameItem(step: "rollen", item: "controleur", text: "Controleur van het college"))
        try harness.run(.close("rollen"))
        let expected = [
            Item(id: "volksvertegenwoordiger", text: "Volksvertegenwoordiger"),
            Item(id: "kadersteller", text: "Kadersteller"), Item(id: "controleur", text: "Controleur van het college"),
            Item(id: "b1", text: "Verbinder(ster)"), Item(id: "b3", text: "Luisteraar"),
        ]
        #expect(harness.state.items(for: "rollen") == expected)
        #expect(harness.state.items(for: "spel") == expected)
        #expect(harness.state.items(for: "ladder") == expected)
        try harness.run(.open("spel"))
        #expect(throws: SessionError.unknownItem(step: "spel", item: "b2")) {
            try harness.state.decide(
                .submit(participant: "p1", step: "spel", input: .roleplay(role: "b2", round: 1, text: "x")))
        }
        try harness.submit("p1", "spel", .roleplay(role: "b1", round: 1, text: "Verbindt"))
    }

    @Test func contributionsAreCountedAfterMergesIncludingChainsAndSeeds() throws {
        var harness = try Self.brainstormed()
        try harness.submit("p2", "rollen", .brainstorm(text: "Verbinder!"))
        #expect(harness.state.contributionCounts(for: "rollen")["b1"] == 1)
        try harness.run(.merge(step: "rollen", items: ["b1", "b2"], into: "b1", text: nil))
        // b1 (with b2 inside) merges on into b4: all three ideas now stand behind b4.
        try harness.run(.merge(step: "rollen", items: ["b1", "b4"], into: "b4", text: nil))
        try harness.run(.merge(step: "rollen", items: ["controleur", "b3"], into: "controleur", text: nil))
        let counts = harness.state.contributionCounts(for: "rollen")
        #expect(counts == ["volksvertegenwoordiger": 0, "kadersteller": 0, "controleur": 1, "b4": 3])
        #expect(harness.state.contributionCounts(for: "spel").isEmpty)
    }

    @Test func revisedIdeaChangesItsItemAndWithdrawnIdeaDisappears() throws {
        var harness = try Self.brainstormed()
        try harness.run(.revise("i1", .brainstorm(text: "Bruggenbouwer")))
        try harness.run(.withdraw("i3"))
        #expect(harness.state.items(for: "rollen").suffix(2).map(\.text) == ["Bruggenbouwer", "Verbindster"])
        #expect(harness.state.inputs(for: "rollen").map(\.id) == ["i1", "i2"])
        #expect(harness.state.input("i1")?.revisedAt == harness.clock.now)
    }

    @Test func itemUsedInALaterStepCannotBeMergedAway() throws {
        var harness = try Self.brainstormed()
        try harness.run(.close("rollen"))
        try harness.run(.open("spel"))
        let note = try harness.submit("p2", "spel", .roleplay(role: "b2", round: 2, text: "Zoekt verbinding"))
        let error = #expect(throws: SessionError.self) {
            try harness.state.decide(.merge(step: "rollen", items: ["b1", "b2"], into: "b1", text: nil))
        }
        #expect(error?.rendered() == "fout: item ‘b2’ is gebruikt in \(note) van stap ‘spel’")
        // Merging into the used item keeps it, so that is fine.
        try harness.run(.merge(step: "rollen", items: ["b1", "b2"], into: "b2", text: nil))
    }

    @Test func survivorOfAMergeCannotBeWithdrawn() throws {
        var harness = try Self.brainstormed()
        try harness.run(.merge(step: "rollen", items: ["b1", "b3"], into: "b1", text: nil))
        let error = #expect(throws: SessionError.self) { try harness.state.decide(.withdraw("i1")) }
        #expect(
            error?.rendered()
                == "fout: inbreng ‘i1’ kan niet worden ingetrokken: andere items zijn samengevoegd in ‘b1’")
        // The absorbed idea's input can go; its item was already merged away.
        try harness.run(.withdraw("i3"))
    }

    @Test(arguments: [
        (
            SessionCommand.merge(step: "rollen", items: ["b1"], into: "b1", text: nil),
            "samenvoegen in ‘rollen’ vraagt minstens twee verschillende items"
        ),
        (
            .merge(step: "rollen", items: ["b1", "b1"], into: "b1", text: nil),
            "samenvoegen in ‘rollen’ vraagt minstens twee verschillende items"
        ),
        (
            .merge(step: "rollen", items: ["b1", "b2"], into: "b3", text: nil),
            "‘b3’ hoort bij de items die in ‘rollen’ worden samengevoegd"
        ),
        (.merge(step: "rollen", items: ["b1", "b99"], into: "b1", text: nil), "stap ‘rollen’ kent geen item ‘b99’"),
        (
            .merge(step: "waarden", items: ["v1", "v2"], into: "v1", text: nil),
            "stap ‘waarden’ is geen brainstorm; alleen daar worden items bewerkt"
        ),
        (.merge(step: "rollen", items: ["b1", "b2"], into: "b1", text: ""), "tekst van het item is leeg"),
        (.renameItem(step: "rollen", item: "b42", text: "x"), "stap ‘rollen’ kent geen item ‘b42’"),
        (.renameItem(step: "nergens", item: "b1", text: "x"), "onbekende stap ‘nergens’"),
    ])
    func badItemEditsAreRefused(command: SessionCommand, message: String) throws {
        let harness = try Self.brainstormed()
        let error = #expect(throws: SessionError.self) { try harness.state.decide(command) }
        #expect(error?.rendered() == "fout: \(message)")
    }

    @Test func topOfRankingIsPerParticipant() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("waarden"))
        try harness.submit("p1", "waarden", .rank(["v4", "v2", "v1", "v3", "v5"]))
        try harness.submit("p2", "waarden", .rank(["v5", "v1", "v2", "v3", "v4"]))
        #expect(harness.state.items(for: "toelichting", participant: "p1").map(\.id) == ["v4", "v2"])
        #expect(harness.state.items(for: "toelichting", participant: "p2").map(\.id) == ["v5", "v1"])
        #expect(harness.state.items(for: "toelichting", participant: "p3").isEmpty)
        #expect(harness.state.items(for: "toelichting").map(\.id) == ["v1", "v2", "v3", "v4", "v5"])
    }

    @Test func examplesCountOnlyWhenTheScenarioSaysSo() throws {
        var settings = SessionSamples.settings()
        settings.scenario.steps[1].activity = .brainstorm(
            BrainstormSettings(examples: SessionSamples.roles, examplesAreItems: false)
        )
        var harness = SessionHarness()
        try harness.run(.start(settings))
        #expect(harness.state.items(for: "rollen").isEmpty)
        #expect(harness.state.items(for: "spel").isEmpty)
    }

    @Test func scenarioWithAForwardReferenceIsRefused() {
        var settings = SessionSamples.settings()
        settings.scenario.steps.swapAt(1, 2)
        #expect(throws: SessionError.invalidStepReference(step: "spel", referenced: "rollen")) {
            try SessionState.empty.decide(.start(settings))
        }
    }

    @Test func exampleWithAnIdeaIDIsRefused() {
        var settings = SessionSamples.settings()
        settings.scenario.steps[1].activity = .brainstorm(BrainstormSettings(examples: [Item(id: "b12", text: "x")]))
        let error = #expect(throws: SessionError.self) { try SessionState.empty.decide(.start(settings)) }
        #expect(
            error?.rendered()
                == "fout: stap ‘rollen’ heeft voorbeeld ‘b12’; ids als b1, b2 … zijn voor ingebrachte ideeën")
    }
}
