import NoaberCore
import NoaberTestSupport
import Testing

@Suite struct SessionMergerTests {
    static let mergeTime = Timestamp(millisecondsSince1970: SessionSamples.start.millisecondsSince1970 + 86_400_000)

    /// A table: its participants, one idea each in `rollen`, a roleplay note on that idea, and a full ranking.
    static func table(
        _ id: SessionID, names: [String], idea: String, startAfter seconds: Int64, settings: SessionSettings? = nil
    ) throws -> SessionHarness {
        var harness = SessionHarness()
        harness.clock.advance(seconds: seconds)
        try harness.run(.start(settings ?? SessionSamples.settings(id: id)))
        let people = try names.map { name throws(SessionError) in try harness.join(name) }
        try harness.run(.open("rollen"), after: 60)
        var ideas: [Item.ID] = []
        for (index, person) in people.enumerated() {
            let input = try harness.submit(person, "rollen", .brainstorm(text: "\(idea) \(index)"))
            ideas.append(try #require(harness.state.item(createdBy: input, in: "rollen")))
        }
        try harness.run(.close("rollen"), after: 60)
        try harness.run(.open("spel"), after: 30)
        for (person, item) in zip(people, ideas) {
            try harness.submit(person, "spel", .roleplay(role: item, round: 1, text: "Vanuit \(item)"))
        }
        try harness.run(.close("spel"), after: 60)
        try harness.run(.open("waarden"), after: 30)
        let orders = [
            ["v1", "v2", "v3", "v4", "v5"], ["v2", "v1", "v3", "v5", "v4"], ["v5", "v4", "v3", "v2", "v1"],
        ]
        for (index, person) in people.enumerated() {
            try harness.submit(person, "waarden", .rank(orders[(index + names.count) % orders.count]))
        }
        try harness.run(.close("waarden"), after: 60)
        return harness
    }

    @Test func participantsAreTheUnionAndNameClashesAreNamed() throws {
        let one = try Self.table("tafel-1", names: ["Anna", "Bram"], idea: "Verbinder", startAfter: 0)
        let two = try Self.table("tafel-2", names: ["Anna", "Carla", "Daan"], idea: "Luisteraar", startAfter: 120)
        let (events, conflicts) = try SessionMerger.merge([one.events, two.events], into: "samen", at: Self.mergeTime)
        let merged = try SessionState.replay(events)
        #expect(merged.settings?.sessionID == "samen")
        #expect(merged.participants.map(\.id) == ["p1", "p2", "p3", "p4", "p5"])
        #expect(merged.participants.map(\.participant.name) == ["Anna", "Bram", "Anna (tafel-2)", "Carla", "Daan"])
        #expect(
            conflicts == [
                "deelnemer ‘Anna’ komt meer dan eens voor (ook p1); die uit sessie ‘tafel-2’ heet nu ‘Anna (tafel-2)’"
            ])
        #expect(merged.startedAt == one.state.startedAt)
        #expect(merged.notes.last?.text == "Samengevoegd uit de sessies ‘tafel-1’, ‘tafel-2’.")
    }

    @Test func pseudonymClashesAreNamedAndThePseudonymityIsKept() throws {
        var one = SessionHarness()
        try one.run(.start(SessionSamples.settings(id: "tafel-1", pseudonymous: true)))
        try one.join("Anna", pseudonym: "Merel")
        var two = SessionHarness()
        try two.run(.start(SessionSamples.settings(id: "tafel-2")))
        try two.join("Bram", pseudonym: "merel ")
        try two.join("Carla")
        let (events, conflicts) = try SessionMerger.merge([one.events, two.events], into: "samen", at: Self.mergeTime)
        let merged = try SessionState.replay(events)
        #expect(
            conflicts == [
                "pseudoniem ‘merel’ komt meer dan eens voor; dat uit sessie ‘tafel-2’ is nu ‘merel (tafel-2)’"
            ])
        #expect(merged.settings?.pseudonymous == true)
        #expect(["p1", "p2", "p3"].map(merged.displayName(of:)) == ["Merel", "merel (tafel-2)", "Deelnemer 3"])
    }

    @Test func inputsAreKeptSoTheAggregateIsThatOfAllInputsTogether() throws {
        let one = try Self.table("tafel-1", names: ["Anna", "Bram"], idea: "Verbinder", startAfter: 0)
        let two = try Self.table("tafel-2", names: ["Carla", "Daan", "Eva"], idea: "Luisteraar", startAfter: 30)
        let merged = try SessionState.replay(
            SessionMerger.merge([one.events, two.events], into: "samen", at: Self.mergeTime).events
        )
        func rankings(_ state: SessionState) -> [[Item.ID]] {
            state.inputs(for: "waarden").compactMap { if case .rank(let order) = $0.input { order } else { nil } }
        }
        #expect(
            rankings(merged).sorted { $0.lexicographicallyPrecedes($1) }
                == (rankings(one.state) + rankings(two.state)).sorted { $0.lexicographicallyPrecedes($1) })
        #expect(merged.inputs.count == one.state.inputs.count + two.state.inputs.count)
        // Open and close span the earliest opening and the latest closing, but a step cannot open before the
        // previous one closed at the slower table.
        let waarden = merged.stepState("waarden")
        #expect(
            one.state.stepState("waarden")?.openedAt ?? Self.mergeTime < two.state.stepState("spel")?.closedAt
                ?? Self.mergeTime)
        #expect(waarden?.openedAt == two.state.stepState("spel")?.closedAt)
        #expect(waarden?.closedAt == two.state.stepState("waarden")?.closedAt)
    }

    @Test func brainstormedItemsStayApartWithNewIDsFollowedByLaterInputs() throws {
        let one = try Self.table("tafel-1", names: ["Anna"], idea: "Verbinder", startAfter: 0)
        let two = try Self.table("tafel-2", names: ["Bram"], idea: "Luisteraar", startAfter: 0)
        #expect(one.state.items(for: "rollen").last?.id == two.state.items(for: "rollen").last?.id)
        let merged = try SessionState.replay(
            SessionMerger.merge([one.events, two.events], into: "samen", at: Self.mergeTime).events
        )
        let ideas = merged.items(for: "rollen").suffix(2)
        #expect(ideas.map(\.text) == ["Verbinder 0", "Luisteraar 0"])
        #expect(Set(ideas.map(\.id)).count == 2)
        let text = Dictionary(uniqueKeysWithValues: ideas.map { ($0.id, $0.text) })
        let notes = merged.inputs(for: "spel").compactMap { record -> String? in
            guard case .roleplay(let role, _, _) = record.input else { return nil }
            return "\(merged.displayName(of: record.participant)): \(text[role] ?? "?")"
        }
        #expect(notes == ["Anna: Verbinder 0", "Bram: Luisteraar 0"])
    }

    @Test func aMergeOfExamplesAnotherTableStillUsesIsLeftOutAndNamed() throws {
        var one = try Self.table("tafel-1", names: ["Anna"], idea: "Verbinder", startAfter: 0)
        var two = try Self.table("tafel-2", names: ["Bram"], idea: "Luisteraar", startAfter: 0)
        try one.run(.merge(step: "rollen", items: ["kadersteller", "controleur"], into: "kadersteller", text: nil))
        try two.run(.open("ladder"))
        try two.submit("p1", "ladder", .classify([Placement(item: "controleur", category: "informeren")]))
        try two.run(.close("ladder"))
        let (events, conflicts) = try SessionMerger.merge([one.events, two.events], into: "samen", at: Self.mergeTime)
        #expect(
            conflicts == [
                "samenvoeging in stap ‘rollen’ uit sessie ‘tafel-1’ niet overgenomen: ‘controleur’ is in een andere sessie nog in gebruik"
            ])
        #expect(try SessionState.replay(events).items(for: "ladder").contains { $0.id == "controleur" })
    }

    @Test func aFullRankingOfOneTablesOwnIdeasDoesNotFitAndIsNamed() throws {
        var settings = SessionSamples.settings()
        settings.scenario.steps[3].activity = .rank(RankSettings(items: .fromStep("rollen")))
        func table(_ id: SessionID, _ idea: String) throws -> SessionHarness {
            settings.sessionID = id
            var harness = SessionHarness()
            try harness.run(.start(settings))
            try harness.join("Anna")
            try harness.run(.open("rollen"))
            try harness.submit("p1", "rollen", .brainstorm(text: idea))
            try harness.run(.close("rollen"))
            try harness.run(.open("waarden"))
            try harness.submit("p1", "waarden", .rank(harness.state.items(for: "waarden").map(\.id)))
            return harness
        }
        let one = try table("tafel-1", "Verbinder")
        let two = try table("tafel-2", "Luisteraar")
        let error = #expect(throws: SessionError.self) {
            try SessionMerger.merge([one.events, two.events], into: "samen", at: Self.mergeTime)
        }
        #expect(
            error?.rendered() == "fout: inbreng ‘i2’ van sessie ‘tafel-1’ past niet in de samengevoegde sessie:"
                + " de rangschikking voor ‘waarden’ mist ‘b2’; zet alle items op volgorde"
        )
    }

    @Test func sessionsOfDifferentScenariosAreRefused() throws {
        var other = SessionSamples.settings(id: "elders")
        other.scenario.version = "2"
        var two = SessionHarness()
        try two.run(.start(other))
        let one = try SessionHarness.started()
        #expect(throws: SessionError.scenarioMismatch("s1", "elders")) {
            try SessionMerger.merge([one.events, two.events], into: "samen", at: Self.mergeTime)
        }
        #expect(throws: SessionError.noSessionsToMerge) {
            try SessionMerger.merge([], into: "samen", at: Self.mergeTime)
        }
    }

    @Test func aCorruptSourceIsRefused() throws {
        var events = try SessionHarness.started().events
        events.remove(at: 1)
        let error = #expect(throws: SessionError.self) {
            try SessionMerger.merge([events], into: "samen", at: Self.mergeTime)
        }
        #expect(error?.rendered() == "fout: sessie 1 is ongeldig: gebeurtenis 3 komt niet op zijn plaats; verwacht: 2")
    }

    @Test(arguments: [5, 11, 12, 13, 14, 15] as [UInt64])
    func simulatedSessionsMergeIntoAValidSession(seed: UInt64) throws {
        var one = try SessionSimulator(seed: seed, settings: SessionSamples.settings(id: "a"))
        var two = try SessionSimulator(seed: seed + 100, settings: SessionSamples.settings(id: "b"))
        one.play(400)
        two.play(400)
        let (events, _) = try SessionMerger.merge(
            [one.harness.events, two.harness.events], into: "ab", at: Self.mergeTime)
        let merged = try SessionState.replay(events)
        #expect(
            merged.participants.count == one.harness.state.participants.count + two.harness.state.participants.count)
        #expect(merged.inputs.count == one.harness.state.inputs.count + two.harness.state.inputs.count)
        #expect(merged.inputs.count > 40)
    }
}
