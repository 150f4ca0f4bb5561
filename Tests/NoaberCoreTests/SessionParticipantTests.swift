import NoaberCore
import NoaberTestSupport
import Testing

@Suite struct SessionParticipantTests {
    @Test(arguments: [
        (SessionCommand.join(name: " anna ", group: nil, pseudonym: nil), "er is al een deelnemer ‘anna’ (p1)"),
        (.join(name: "Dirk", group: nil, pseudonym: "merel"), "pseudoniem ‘merel’ is al in gebruik (p1)"),
        (.join(name: "  ", group: nil, pseudonym: nil), "naam is leeg"),
        (
            .join(name: " p2 ", group: nil, pseudonym: nil),
            "de naam ‘p2’ lijkt op een deelnemernummer (p1, p2 …); kies een andere naam"
        ),
        (
            .rename("p1", name: "P17"),
            "de naam ‘P17’ lijkt op een deelnemernummer (p1, p2 …); kies een andere naam"
        ),
        (
            .join(name: String(repeating: "n", count: 201), group: nil, pseudonym: nil),
            "naam is te lang: 201 tekens, hoogstens 200"
        ),
        (.join(name: "Dirk", group: "", pseudonym: nil), "groep is leeg"),
        (.rename("p2", name: "Carla"), "er is al een deelnemer ‘Carla’ (p3)"),
        (.rename("p7", name: "Dirk"), "onbekende deelnemer ‘p7’"),
        (.leave("p7"), "onbekende deelnemer ‘p7’"),
    ])
    func badParticipantCommandsAreRefused(command: SessionCommand, message: String) throws {
        let harness = try SessionHarness.started()
        let error = #expect(throws: SessionError.self) { try harness.state.decide(command) }
        #expect(error?.rendered() == "fout: \(message)")
    }

    @Test func namesAreTrimmedAndRenamesFollowed() throws {
        var harness = try SessionHarness.started()
        let dirk = try harness.join("  Dirk ", group: " inwoner ")
        #expect(harness.state.participant(dirk)?.participant == Participant(id: "p4", name: "Dirk", group: "inwoner"))
        try harness.run(.rename(dirk, name: "Dirk-Jan"))
        #expect(harness.state.participant(named: "dirk-jan")?.id == dirk)
        #expect(harness.state.participant(named: "Dirk") == nil)
        try harness.join("Dirk")
    }

    @Test func leaverKeepsInputsAndFreesTheName() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("vraag"))
        try harness.submit("p2", "vraag", .open(item: nil, text: "Ja"))
        try harness.run(.leave("p2"))
        #expect(harness.state.participant("p2")?.leftAt == harness.clock.now)
        #expect(harness.state.inputs(for: "vraag").map(\.participant) == ["p2"])
        #expect(throws: SessionError.participantHasLeft("p2")) {
            try harness.state.decide(.revise("i1", .open(item: nil, text: "Nee")))
        }
        #expect(try harness.join("Bram") == "p4")
    }

    @Test func displayNamesArePseudonymsInAPseudonymousSession() throws {
        let open = try SessionHarness.started()
        #expect(["p1", "p2", "p3"].map(open.state.displayName(of:)) == ["Anna", "Bram", "Carla"])
        let hidden = try SessionHarness.started(pseudonymous: true)
        #expect(["p1", "p2", "p3"].map(hidden.state.displayName(of:)) == ["Merel", "Deelnemer 2", "Lijster"])
        #expect(hidden.state.displayName(of: "p9") == "p9")
    }

    @Test func reviseAndWithdrawChecks() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("waarden"))
        let ranking = try harness.submit("p1", "waarden", .rank(["v1", "v2", "v3", "v4", "v5"]))
        #expect(throws: SessionError.revisedKindChanged(ranking, was: .rank, now: .vote)) {
            try harness.state.decide(.revise(ranking, .vote(["v1"])))
        }
        #expect(throws: SessionError.missingItems(step: "waarden", items: ["v5"])) {
            try harness.state.decide(.revise(ranking, .rank(["v1", "v2", "v3", "v4"])))
        }
        try harness.run(.revise(ranking, .rank(["v5", "v4", "v3", "v2", "v1"])))
        #expect(harness.state.input(ranking)?.input == .rank(["v5", "v4", "v3", "v2", "v1"]))
        try harness.run(.withdraw(ranking))
        #expect(throws: SessionError.unknownInput(ranking)) { try harness.state.decide(.withdraw(ranking)) }
        #expect(harness.state.inputs.isEmpty)
        // Withdrawn, the participant may rank again.
        try harness.submit("p1", "waarden", .rank(["v1", "v2", "v3", "v4", "v5"]))
    }

    @Test func likertAnswersMayComeInPartsAndBeRevised() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("zelf"))
        let first = try harness.submit("p1", "zelf", .likert([LikertAnswer(statement: "s1", value: 4)]))
        try harness.submit(
            "p1", "zelf", .likert([LikertAnswer(statement: "s2", value: 2), LikertAnswer(statement: "s3", value: 5)]))
        // Revising may move s1's answer but not take over s2, which another input holds.
        try harness.run(.revise(first, .likert([LikertAnswer(statement: "s1", value: 5)])))
        #expect(throws: SessionError.statementAlreadyAnswered(step: "zelf", statement: "s2", existing: "i2")) {
            try harness.state.decide(.revise(first, .likert([LikertAnswer(statement: "s2", value: 5)])))
        }
    }

    @Test(arguments: [
        (SessionCommand.close("intro"), "stap ‘intro’ is niet open"),
        (.reopen("intro"), "stap ‘intro’ is niet gesloten en kan niet worden heropend"),
        (.open("nergens"), "onbekende stap ‘nergens’"),
        (.resumeTimer, "de tijd loopt al"),
        (.note(step: "nergens", text: "x"), "onbekende stap ‘nergens’"),
        (.note(step: nil, text: ""), "tekst is leeg"),
        (.record(.conclusion, step: "nergens", text: "x"), "onbekende stap ‘nergens’"),
        (.record(.agreement, step: nil, text: ""), "tekst is leeg"),
    ])
    func badStepCommandsAreRefused(command: SessionCommand, message: String) throws {
        let harness = try SessionHarness.started()
        let error = #expect(throws: SessionError.self) { try harness.state.decide(command) }
        #expect(error?.rendered() == "fout: \(message)")
    }

    @Test func closedStepIsReopenedNotOpened() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("intro"))
        #expect(throws: SessionError.stepAlreadyOpen("intro")) { try harness.state.decide(.open("intro")) }
        #expect(throws: SessionError.stepStillOpenAtEnd("intro")) { try harness.state.decide(.end) }
        try harness.run(.close("intro"))
        let error = #expect(throws: SessionError.self) { try harness.state.decide(.open("intro")) }
        #expect(error?.rendered() == "fout: stap ‘intro’ is al gesloten; gebruik heropenen")
        try harness.run(.reopen("intro"))
        #expect(harness.state.openStep == "intro")
    }
}
