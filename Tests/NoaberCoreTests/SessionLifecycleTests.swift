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

    @Test func inputIDsFollowSequenceAndBrainstormItemsToo() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("rollen"))
        let id = try harness.submit("p1", "rollen", .brainstorm(text: "Verbinder"))
        #expect(id == "i6")
        #expect(
            harness.state.items(for: "rollen").map(\.id) == [
                "volksvertegenwoordiger", "kadersteller", "controleur", "b6",
            ])
        #expect(harness.state.items(for: "spel").last == Item(id: "b6", text: "Verbinder"))
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

    @Test func endedSessionRefusesEverything() throws {
        var harness = try SessionHarness.started()
        try harness.run(.end)
        #expect(throws: SessionError.sessionEnded) { try harness.state.decide(.note(step: nil, text: "Nog iets")) }
    }
}
