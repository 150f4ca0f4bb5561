import Foundation
import NoaberCore
import NoaberStore
import NoaberTestSupport
import Testing

/// Whole sessions driven by `noaber run --script`, checked on what was printed and on what is in the journal.
@Suite struct ScriptedSessionTests {
    let directory: TemporaryDirectory
    let store: String

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-cli")
        store = directory.path("noaber.sqlite")
    }

    private func state(of session: SessionID) throws -> SessionState {
        let events = try SessionStore(path: store, readOnly: true).events(of: session)
        return try SessionState.replay(events)
    }

    /// Compares with a golden file; `NOABER_RECORD=1` rewrites it (review the diff).
    private func expectGolden(_ text: String, _ name: String) throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/\(name)")
        if ProcessInfo.processInfo.environment["NOABER_RECORD"] == "1" {
            try Data(text.utf8).write(to: source)
        }
        let expected = try String(contentsOfFile: try NoaberProcess.fixture(name), encoding: .utf8)
        #expect(text == expected)
    }

    /// The script was written before the session, with the ids the console will give (`merge rollen b1 b2 --into
    /// b1`, `revise i6`, `withdraw i14`): inputs count per session, brainstormed items per step, from 1.
    @Test func aGrasveldjeScriptWrittenBeforeTheSessionRunsUnchanged() throws {
        let result = try NoaberProcess.run(
            [
                "run", "grasveldje", "--store", store, "--clock", "2026-11-25T19:30", "--session-id", "grasveldje-test",
                "--place", "Raadzaal, Hellendoorn", "--facilitator", "Griffier Jansen",
                "--script", try NoaberProcess.fixture("grasveldje.script"),
            ], in: directory.url)
        #expect(result.status == 0)
        try expectGolden(result.standardOutput, "grasveldje.expected")
        #expect(
            result.standardError == """
                waarschuwing: stap ‘casus’ (Introductie casus) loopt uit: 12 minuten, gepland 10
                waarschuwing: stap ‘toepassen’ (Rollen toepassen op het grasveldje) loopt uit: 45 minuten, gepland 40

                """)
        let state = try state(of: "grasveldje-test")
        #expect(state.isEnded)
        #expect(
            state.participants.map(\.participant.name) == [
                "Anna de Vries", "Bram Bos", "Carla Jansen", "Dirk Mulder", "Esra Yilmaz", "Frank de Boer",
            ])
        #expect(state.participants[0].participant.pseudonym == "Deelnemer 1")
        // Seven seeded roles plus three ideas after two merges; the roleplay step works on the merged list.
        let roles = state.items(for: "rollen")
        #expect(roles.count == 10)
        #expect(roles.first { $0.id == "b5" }?.text == "stem van jongeren en kinderen")
        #expect(state.items(for: "toepassen") == roles)
        #expect(state.inputs(for: "toepassen").count == 6)
        #expect(
            state.input("i6")?.input
                == .roleplay(
                    role: "ombudsman", round: 1, text: "Ik hoor eerst de klachten en de wensen van de omwonenden aan."))
        #expect(state.inputs(for: "reflectie").map(\.id) == ["i12", "i13", "i15"])
        #expect(state.notes.map(\.text) == ["Discussie over de rol van de raad bij de speelplek."])
        #expect(state.settings?.place == "Raadzaal, Hellendoorn")
        // A session closed with `end` leaves its exports, as `noaber export` writes them.
        for file in ["verslag.odt", "verslag.fodt", "gegevens.ods", "sessie.xml", "persoonlijk/Anna de Vries.odt"] {
            #expect(
                FileManager.default.fileExists(atPath: directory.path("Exports/grasveldje-test/\(file)")), "\(file)")
        }
    }

    @Test func aFullValuesSessionEndsInTheExpectedState() throws {
        let result = try NoaberProcess.run(
            [
                "run", "democratische-waarden", "--store", store, "--clock", "2026-11-26T14:00:00+01:00",
                "--session-id", "waarden-test", "--script", try NoaberProcess.fixture("waarden.script"),
            ], in: directory.url)
        #expect(result.status == 0)
        try expectGolden(result.standardOutput, "waarden.expected")
        let state = try state(of: "waarden-test")
        #expect(state.isEnded)
        let rankings = state.inputs(for: "waarden")
        #expect(rankings.count == 5)
        for record in rankings {
            guard case .rank(let order) = record.input else {
                Issue.record("not a ranking: \(record.input)")
                continue
            }
            #expect(order.count == 16 && Set(order).count == 16)
        }
        #expect(state.input("i2")?.revisedAt != nil)
        // The open step offers each participant their own top three.
        #expect(
            state.items(for: "voorop", participant: "p1").map(\.id) == ["transparantie", "legitimiteit", "invloed"])
        #expect(state.inputs(for: "voorop").count == 5)
        let minutes = state.stepState("waarden").map { $0.actualMilliseconds(at: $0.closedAt ?? $0.openedAt!) / 60_000 }
        #expect(minutes == 22)
    }

    @Test func aRefusedLineStopsTheScriptAndChangesNothing() throws {
        let script = directory.path("fout.script")
        try """
        join "Anna de Vries"
        open waarden
        submit p1 waarden transparantie onbekend
        join "Niet uitgevoerd"
        """.write(toFile: script, atomically: true, encoding: .utf8)
        let result = try NoaberProcess.run([
            "run", "democratische-waarden", "--store", store, "--clock", "2026-11-26T14:00", "--session-id", "s",
            "--script", script,
        ])
        #expect(result.status == 1)
        #expect(result.outputLines == ["ok sessie s", "ok p1 Anna de Vries", "ok waarden geopend"])
        #expect(result.standardError == "\(script):3: fout: stap ‘waarden’ kent geen item ‘onbekend’\n")
        let state = try state(of: "s")
        #expect(state.lastSequence == 3)
        #expect(state.inputs.isEmpty)
    }

    /// "UTF-8 with BOM", as some Windows editors save, and CRLF line ends: the first command still counts.
    @Test func aScriptWithAByteOrderMarkAndCRLFRuns() throws {
        let script = directory.path("bom.script")
        try Data("\u{FEFF}join \"Anna de Vries\"\r\njoin \"Bram Bos\"\r\n".utf8).write(to: URL(fileURLWithPath: script))
        let result = try NoaberProcess.run([
            "run", "grasveldje", "--store", store, "--session-id", "s", "--script", script,
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.outputLines == ["ok sessie s", "ok p1 Anna de Vries", "ok p2 Bram Bos"])
        // A refused line is named by its own line number.
        try Data("join \"Carla\"\r\nwachten 5\r\n".utf8).write(to: URL(fileURLWithPath: script))
        let refused = try NoaberProcess.run([
            "run", "grasveldje", "--store", store, "--session-id", "t", "--script", script,
        ])
        #expect(refused.outputLines == ["ok sessie t", "ok p1 Carla"])
        #expect(
            refused.standardError == "\(script):2: fout: onbekende opdracht 'wachten' (typ 'help' voor de opdrachten)\n"
        )
    }

    /// Runs a rank step of the sixteen values plus `extra` items, ranked alike by two participants, and returns
    /// the console output.
    private func summaryOfAlikeRankings(fixture: String, extra: Int) throws -> [String] {
        let items =
            [
                "insluiting", "diversiteit", "varieteit", "invloed", "deliberatie", "collectieve-besluitvorming",
                "zeggenschap", "burgerschap", "onafhankelijkheid", "efficientie", "legitimiteit", "transparantie",
                "publieke-verantwoording", "monitoring", "conflictmechanismen", "checks-and-balances",
            ] + (1...extra).map { "extra-\($0)" }
        let lines = [
            "join \"Anna\"", "join \"Bram\"", "open waarden",
            "submit p1 waarden " + items.joined(separator: " "),
            "submit p2 waarden " + items.joined(separator: " "), "close waarden",
        ]
        let result = try NoaberProcess.run(
            [
                "run", try NoaberProcess.fixture(fixture), "--store", store, "--session-id", "s",
                "--clock", "2026-11-25T19:30",
            ], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.standardError)")
        return result.outputLines
    }

    /// Twenty items, the most Kemeny–Young computes exactly: the close summary names it.
    @Test func aRankingOfTwentyItemsIsKemenyYoungInTheSummary() throws {
        let lines = try summaryOfAlikeRankings(fixture: "waarden-twintig.xml", extra: 4)
        #expect(
            lines.contains(
                "  volgorde van de groep (kemeny-young): "
                    + "1. insluiting; 2. diversiteit; 3. variëteit; 4. invloed; 5. deliberatie"))
    }

    /// Twenty-one items: Kemeny–Young is refused and the order is Schulze's; the close summary must not call it
    /// Kemeny–Young (the report already says so).
    @Test func aRankingOfTwentyOneItemsNamesSchulzeInTheSummary() throws {
        let lines = try summaryOfAlikeRankings(fixture: "waarden-eenentwintig.xml", extra: 5)
        #expect(
            lines.contains(
                "  volgorde van de groep (schulze; kemeny-young is bij zoveel items niet exact te berekenen): "
                    + "1. insluiting; 2. diversiteit; 3. variëteit; 4. invloed; 5. deliberatie"))
    }

    /// A mistyped script path is refused before the session starts: no empty session is left in the store.
    @Test func anUnreadableScriptLeavesNoSessionBehind() throws {
        let missing = directory.path("bestaat-niet.script")
        let result = try NoaberProcess.run([
            "run", "grasveldje", "--store", store, "--session-id", "s", "--script", missing,
        ])
        #expect(result.status == 1)
        #expect(result.outputLines.isEmpty)
        #expect(result.standardError == "fout: kan het script \(missing) niet lezen\n")
        // Refused before the store was opened: there is no store, so certainly no session in it.
        let sessions = try NoaberProcess.run(["sessions", "--store", store])
        #expect(sessions.outputLines.isEmpty)
        #expect(sessions.standardError == "fout: de opslag \(store) bestaat niet\n")
    }

    @Test func keepGoingRunsTheRestAndStillReportsFailure() throws {
        let script = directory.path("fout.script")
        try """
        join "Anna de Vries"
        wachten 5
        join "Bram Bos"
        """.write(toFile: script, atomically: true, encoding: .utf8)
        let result = try NoaberProcess.run([
            "run", "grasveldje", "--store", store, "--session-id", "s", "--script", script, "--keep-going",
            "--lang", "en",
        ])
        #expect(result.status == 1)
        #expect(result.outputLines == ["ok session s", "ok p1 Anna de Vries", "ok p2 Bram Bos"])
        #expect(
            result.standardError
                == "\(script):2: error: unknown command 'wachten' (type 'help' for the commands)\n")
    }

    @Test func waitNeedsTheSimulatedClock() throws {
        let result = try NoaberProcess.run(
            ["run", "grasveldje", "--store", store, "--session-id", "s"], input: "wait 5\njoin \"Anna\"\n")
        #expect(result.outputLines == ["ok sessie s", "ok p1 Anna"])
        #expect(result.standardError == "fout: 'wait' werkt alleen met een gesimuleerde klok (--clock)\n")
        #expect(result.status == 1)
    }

    @Test func resumeContinuesWhereTheSessionStopped() throws {
        _ = try NoaberProcess.run(
            ["run", "grasveldje", "--store", store, "--session-id", "s", "--clock", "2026-11-25T19:30"],
            input: "join \"Anna de Vries\"\nopen rollen\n")
        let resumed = try NoaberProcess.run(
            ["resume", "s", "--store", store, "--clock", "2026-11-25T20:00"],
            input: "submit \"anna de vries\" rollen \"verbinder\"\nclose rollen\n")
        #expect(resumed.status == 0)
        #expect(
            resumed.outputLines == [
                "ok sessie s hervat: 3 gebeurtenissen, 1 deelnemer, 0 inbreng", "ok i1 b1", "ok rollen gesloten",
                "  inbreng: 1 (van 1 van de 1 deelnemers)", "  items: 8",
            ])
        #expect(
            resumed.standardError == "waarschuwing: stap ‘rollen’ (Rollen benoemen) loopt uit: 30 minuten, gepland 20\n"
        )
        #expect(try state(of: "s").inputs.count == 1)
    }

    @Test func sessionsListsAndPurgeForgets() throws {
        _ = try NoaberProcess.run(
            ["run", "grasveldje", "--store", store, "--session-id", "tafel-1", "--clock", "2026-11-25T19:30"],
            input: "join \"Anna de Vries\"\njoin \"Bram Bos\"\nopen rollen\nsubmit p1 rollen \"idee\"\n")
        let listed = try NoaberProcess.run(["sessions", "--store", store])
        #expect(
            listed.outputLines == [
                "ID       SCENARIO    GESTART           DEELNEMERS  INBRENG  STATUS",
                "tafel-1  grasveldje  2026-11-25 19:30  2           1        open",
            ])
        let json = try NoaberProcess.run(["sessions", "--store", store, "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
        #expect(decoded?.first?["id"] as? String == "tafel-1")
        #expect(decoded?.first?["started"] as? String == "2026-11-25T18:30:00Z")
        #expect(decoded?.first?["inputs"] as? Int == 1)
        let purged = try NoaberProcess.run(["purge", "tafel-1", "--store", store], input: "j\n")
        #expect(purged.outputLines == ["ok sessie tafel-1 verwijderd (5 gebeurtenissen)"])
        #expect(
            purged.standardError
                == "Sessie tafel-1 met 2 deelnemers en 1 inbreng definitief verwijderen? [j/N] ")
        #expect(try NoaberProcess.run(["sessions", "--store", store]).outputLines == ["geen sessies in \(store)"])
        let again = try NoaberProcess.run(["purge", "tafel-1", "--store", store, "--yes"])
        #expect(again.status == 1)
        #expect(again.standardError == "fout: onbekende sessie 'tafel-1'\n")
    }

    /// A purge cannot be undone: without --yes only an explicit yes deletes, also when stdin is not a terminal.
    @Test(arguments: ["", "nee\n", "\n", "jaja\n"])
    func purgeWithoutYesKeepsTheSessionUnlessConfirmed(answer: String) throws {
        _ = try NoaberProcess.run(
            ["run", "grasveldje", "--store", store, "--session-id", "tafel-1", "--clock", "2026-11-25T19:30"],
            input: "join \"Anna de Vries\"\n")
        let refused = try NoaberProcess.run(["purge", "tafel-1", "--store", store], input: answer)
        #expect(refused.status == 1)
        #expect(refused.outputLines == ["niets verwijderd"])
        #expect(try state(of: "tafel-1").participants.count == 1)
        let confirmed = try NoaberProcess.run(["purge", "tafel-1", "--store", store, "--yes"])
        #expect(confirmed.outputLines == ["ok sessie tafel-1 verwijderd (2 gebeurtenissen)"])
        #expect(confirmed.standardError == "")
    }

    @Test func aDamagedStoreIsNamedAndLeftAlone() throws {
        try Data("geen database".utf8).write(to: URL(fileURLWithPath: store))
        let result = try NoaberProcess.run(["sessions", "--store", store])
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "fout: \(store) is geen Noaber-opslag of is beschadigd; het bestand is niet gewijzigd\n")
        #expect(try String(contentsOfFile: store, encoding: .utf8) == "geen database")
    }
}
