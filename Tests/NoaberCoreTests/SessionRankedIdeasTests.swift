import NoaberCore
import NoaberTestSupport
import Testing

@Suite struct SessionRankedIdeasTests {
    @Test func noNewIdeaOnceTheIdeasAreRankedInFull() throws {
        var settings = SessionSamples.settings()
        settings.scenario.steps[3].activity = .rank(RankSettings(items: .fromStep("rollen")))
        var harness = SessionHarness()
        try harness.run(.start(settings))
        try harness.join("Anna")
        try harness.run(.open("rollen"))
        try harness.submit("p1", "rollen", .brainstorm(text: "Verbinder"))
        try harness.run(.close("rollen"))
        try harness.run(.open("waarden"))
        let ranking = try harness.submit(
            "p1", "waarden", .rank(harness.state.items(for: "waarden").map(\.id).reversed()))
        try harness.run(.close("waarden"))
        try harness.run(.reopen("rollen"))
        let error = #expect(throws: SessionError.self) {
            try harness.state.decide(.submit(participant: "p1", step: "rollen", input: .brainstorm(text: "Luisteraar")))
        }
        #expect(
            error?.rendered()
                == "fout: stap ‘waarden’ rangschikt de items van ‘rollen’ al (\(ranking)); een nieuw idee maakt die"
                + " rangschikking onvolledig"
        )
        // Renaming an idea changes no id, so it stays allowed.
        try harness.run(.renameItem(step: "rollen", item: "b1", text: "Verbindende kracht"))
    }
}
