import Foundation
import GRDB
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberStore

/// `Fixtures/store-v1.sqlite` was written by the Noaber before the journal encoding had a version (JSON of
/// Swift's synthesized Codable): it must open, read and replay to the state its script describes, both read-only
/// (as it is) and after a writer migrated it to encoding 2.
@Suite struct StoreV1FixtureTests {
    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-store-v1")
        path = directory.path("store-v1.sqlite")
        let fixture = try #require(Bundle.module.url(forResource: "Fixtures/store-v1.sqlite", withExtension: nil))
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
    }

    @Test func theOldStoreReadsAsItIsAndReplaysToWhatItsScriptDid() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = try SessionStore.reading(path)
        let events = try store.events(of: "store-v1")
        try Self.expectScriptedState(try SessionState.replay(events))
        #expect(try store.sessionSummaries().map(\.events) == [61])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aWriterMigratesItToEncoding2WithTheSameEvents() throws {
        let old = try SessionStore.reading(path).events(of: "store-v1")
        let store = try SessionStore(path: path)
        let (migrations, kinds) = try store.database.read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
                try String.fetchAll(db, sql: "SELECT DISTINCT typeof(payload) FROM events")
            )
        }
        #expect(migrations == ["v1", "v2"])
        #expect(kinds == ["blob"])
        let migrated = try store.events(of: "store-v1")
        #expect(migrated == old)
        try Self.expectScriptedState(try SessionState.replay(migrated))
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func theFixtureHoldsEveryEventKindAndEveryInputKind() throws {
        let events = try SessionStore.reading(path).events(of: "store-v1")
        // Every kind but those added after version 1 (outcomes, the definitief mark and shown results came later).
        let later: Set<String> = ["outcomeRecorded", "reportFinalised", "resultsShown"]
        #expect(
            Set(events.map(\.payload.journalKind))
                == Set(JournalSamples.payloads.map(\.journalKind)).subtracting(later))
        let inputs = events.compactMap { event -> String? in
            switch event.payload {
            case .inputSubmitted(let submitted): JournalSamples.name(submitted.input)
            case .inputRevised(_, let input): JournalSamples.name(input)
            default: nil
            }
        }
        #expect(Set(inputs) == Set(JournalSamples.inputs.map(JournalSamples.name)))
    }

    /// What `Fixtures/store-v1.script` did, written out by hand from the script.
    static func expectScriptedState(_ state: SessionState) throws {
        #expect(state.settings?.sessionID == "store-v1")
        #expect(state.settings?.scenario.id == "alle-werkvormen")
        #expect(state.isEnded)
        #expect(state.lastSequence == 61)
        #expect(state.startedAt == Timestamp(millisecondsSince1970: 1_795_631_400_000))
        #expect(
            state.participants.map(\.participant) == [
                Participant(id: "p1", name: "Anna de Vries", group: "links", pseudonym: "Deelnemer 1"),
                Participant(id: "p2", name: "Bram Bos", group: "rechts"),
                Participant(id: "p3", name: "Carla Jansen-Smit"),
            ])
        #expect(state.participants.map(\.isPresent) == [true, true, false])
        #expect(state.steps.allSatisfy { $0.status == .closed })
        #expect(state.items(for: "brainstorm").map(\.text) == ["verbinder en bruggenbouwer", "hoeder en waakhond"])
        // Written before inputs and items were numbered per session and step: the ids the script used stay.
        #expect(state.items(for: "brainstorm").map(\.id) == ["b10", "b12"])
        #expect(state.input("i23") != nil)
        #expect(state.notes.map(\.step) == [nil, "roleplay"])
        #expect(state.notes.first?.text == "Welkom, met ë en \"aanhalingstekens\".")
        #expect(!state.isTimerPaused)
        let inputs = Dictionary(uniqueKeysWithValues: state.inputs.map { ($0.id, $0.input) })
        #expect(inputs.count == 18)
        #expect(inputs["i23"] == .open(item: "b12", text: "Een beter antwoord."))
        #expect(inputs["i28"] == .open(item: nil, text: "Een antwoord op de vraag."))
        #expect(inputs["i32"] == .roleplay(role: "a", round: 2, text: "Een tweede ronde."))
        #expect(inputs["i36"] == .likert([LikertAnswer(statement: "s1", value: 3)]))
        #expect(inputs["i40"] == .rank(["y"]))
        #expect(inputs["i44"] == .rate([ItemScore(item: "x", value: 2), ItemScore(item: "y", value: 0)]))
        #expect(inputs["i47"] == nil)
        #expect(inputs["i49"] == .dots([ItemScore(item: "x", value: 1)]))
        #expect(inputs["i52"] == .classify([Placement(item: "a", category: "hoog")]))
        #expect(inputs["i55"] == .action(Action(what: "Wijkavond organiseren", owner: "Anna", when: "voor de zomer")))
        #expect(inputs["i58"] == .vote(["x", "y"]))
    }
}
