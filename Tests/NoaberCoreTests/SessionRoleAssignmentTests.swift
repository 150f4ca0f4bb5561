import NoaberCore
import NoaberTestSupport
import Testing

/// The role-play's assignment modes: `assigned` rotates the roles over the participants, `chosen` keeps a
/// participant's role within a round, `all` lets everyone play every role.
@Suite struct SessionRoleAssignmentTests {
    /// The sample session with the role-play step set to `assignment`, the brainstorm closed with the three seeded
    /// roles (volksvertegenwoordiger, kadersteller, controleur) and the role-play open.
    static func playing(_ assignment: RoleplaySettings.Assignment) throws -> SessionHarness {
        var settings = SessionSamples.settings()
        let index = try #require(settings.scenario.index(of: "spel"))
        settings.scenario.steps[index].activity = .roleplay(
            RoleplaySettings(
                roles: .fromStep("rollen"), caseTitle: "Het grasveldje", caseText: "Een grasveldje.",
                assignment: assignment, rounds: 2))
        var harness = SessionHarness()
        try harness.run(.start(settings))
        try harness.join("Anna")
        try harness.join("Bram")
        try harness.join("Carla")
        try harness.join("Dirk")
        try harness.run(.open("rollen"))
        try harness.run(.close("rollen"))
        try harness.run(.open("spel"))
        return harness
    }

    @Test func assignedRolesRotateOverParticipantsAndRounds() throws {
        let harness = try Self.playing(.assigned)
        let state = harness.state
        func role(_ participant: ParticipantID, _ round: Int) -> Item.ID? {
            state.assignedRole(step: "spel", participant: participant, round: round)?.id
        }
        #expect(
            [role("p1", 1), role("p2", 1), role("p3", 1), role("p4", 1)]
                == ["volksvertegenwoordiger", "kadersteller", "controleur", "volksvertegenwoordiger"])
        #expect(
            [role("p1", 2), role("p2", 2), role("p3", 2)] == ["kadersteller", "controleur", "volksvertegenwoordiger"])
    }

    @Test func anAssignedRolePlayRefusesAnotherRole() throws {
        var harness = try Self.playing(.assigned)
        let before = harness.state
        let error = #expect(throws: SessionError.self) {
            try harness.state.decide(
                .submit(participant: "p2", step: "spel", input: .roleplay(role: "controleur", round: 1, text: "x")))
        }
        #expect(
            error?.rendered() == "fout: rol ‘controleur’ is in ronde 1 niet aan deze deelnemer toegewezen; "
                + "hun rol is ‘kadersteller’")
        #expect(
            error?.rendered(in: .en) == "error: role ‘controleur’ is not assigned to this participant in round 1; "
                + "their role is ‘kadersteller’")
        #expect(harness.state == before)
        try harness.submit("p2", "spel", .roleplay(role: "kadersteller", round: 1, text: "Ik stel kaders."))
        try harness.submit("p2", "spel", .roleplay(role: "controleur", round: 2, text: "Ik controleer."))
    }

    @Test func aChosenRoleIsKeptWithinARound() throws {
        var harness = try Self.playing(.chosen)
        let first = try harness.submit("p1", "spel", .roleplay(role: "controleur", round: 1, text: "Ik let op."))
        try harness.submit("p1", "spel", .roleplay(role: "controleur", round: 1, text: "En ik vraag door."))
        let error = #expect(throws: SessionError.self) {
            try harness.state.decide(
                .submit(participant: "p1", step: "spel", input: .roleplay(role: "kadersteller", round: 1, text: "x")))
        }
        #expect(error?.rendered() == "fout: deze deelnemer koos in ronde 1 al de rol ‘controleur’")
        // Another round, another choice; another participant may pick the same role.
        try harness.submit("p1", "spel", .roleplay(role: "kadersteller", round: 2, text: "Nu kaders."))
        try harness.submit("p2", "spel", .roleplay(role: "controleur", round: 1, text: "Ik ook."))
        // Revising the only note of a round may change the role; with two notes it may not.
        #expect(throws: SessionError.otherRoleChosen(round: 1, chosen: "controleur")) {
            try harness.state.decide(.revise(first, .roleplay(role: "kadersteller", round: 1, text: "x")))
        }
    }

    @Test func allLetsEveryoneTakeEveryRole() throws {
        var harness = try Self.playing(.all)
        try harness.submit("p1", "spel", .roleplay(role: "controleur", round: 1, text: "a"))
        try harness.submit("p1", "spel", .roleplay(role: "kadersteller", round: 1, text: "b"))
        #expect(harness.state.assignedRole(step: "spel", participant: "p1", round: 1) == nil)
        #expect(SessionState.replayMatches(harness.events, harness.state))
    }
}

extension SessionState {
    /// Replaying the recorded events gives the live state.
    fileprivate static func replayMatches(_ events: [SessionEvent], _ state: SessionState) -> Bool {
        (try? SessionState.replay(events)) == state
    }
}
