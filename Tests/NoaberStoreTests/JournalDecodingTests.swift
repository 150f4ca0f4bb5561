import Foundation
import GRDB
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberStore

@Suite struct JournalDecodingTests {
    let directory: TemporaryDirectory
    let store: SessionStore

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-decoding")
        store = try SessionStore(path: directory.path("noaber.sqlite"))
    }

    /// Above the parallel threshold the chunks must come back whole and in order.
    @Test func aLongJournalReadsBackInOrder() throws {
        let events = Self.longJournal(count: JournalDecoder.parallelThreshold + 1_000)
        try store.append(events, to: "test-1")
        #expect(try store.events(of: "test-1") == events)
    }

    @Test func anUndecodableEventIsNamed() throws {
        try store.append(StoreTestScenario.events(), to: "test-1")
        try store.database.write { db in
            try db.execute(sql: "UPDATE events SET payload = '{\"onbekend\":{}}' WHERE sequence = 4")
        }
        let error = StoreError.undecodableEvent(session: "test-1", sequence: 4)
        #expect(throws: error) { try store.events(of: "test-1") }
        #expect(error.rendered() == "fout: sessie 'test-1': gebeurtenis 4 in de opslag is onleesbaar")
    }

    @Test func sessionIDsFollowScenarioAndDutchStartTimeWithASuffixWhenTaken() throws {
        // 2026-11-25T18:30Z is 19:30 in the Netherlands (winter time).
        let start = Timestamp(millisecondsSince1970: 1_795_631_400_000)
        #expect(try store.freeSessionID(scenarioID: "grasveldje", start: start) == "grasveldje-20261125-1930")
        try store.append(StoreTestScenario.events(id: "grasveldje-20261125-1930"), to: "grasveldje-20261125-1930")
        #expect(try store.freeSessionID(scenarioID: "grasveldje", start: start) == "grasveldje-20261125-1930-2")
        // Summer time: 2026-06-10T17:30Z is 19:30 too.
        let summer = Timestamp(millisecondsSince1970: 1_781_112_600_000)
        #expect(try store.freeSessionID(scenarioID: "x", start: summer) == "x-20260610-1930")
    }

    // `SessionStore.replay` (what `resume` uses) reads, decodes and replays in one pass: it must end in the same
    // state as `events(of:)` followed by `SessionState.replay`, keep exactly the latest events, read old stores as
    // they are, and report the same errors.

    /// The scenario's events and then notes, so that the journal is longer than what is kept.
    static func longJournal(count: Int) -> [SessionEvent] {
        var events = StoreTestScenario.events()
        while events.count < count {
            let sequence = events.count + 1
            events.append(
                SessionEvent(
                    sequence: sequence, time: Timestamp(millisecondsSince1970: 1_780_001_000_000 + Int64(sequence)),
                    payload: .noteAdded(step: sequence % 2 == 0 ? "waarden" : nil, text: "notitie \(sequence)")))
        }
        return events
    }

    @Test(arguments: [0, 1, 7, 40, 200])
    func theStateAndTheLatestEventsAreThoseOfAFullReplay(keeping: Int) throws {
        let events = Self.longJournal(count: 60)
        try store.append(events, to: "test-1")
        let (state, recent) = try store.replay("test-1", keeping: keeping)
        #expect(state == (try SessionState.replay(try store.events(of: "test-1"))))
        #expect(recent == Array(events.suffix(keeping)))
    }

    @Test func theOldStoreFixtureReplaysAsItIsToTheSameState() throws {
        let path = directory.path("store-v1.sqlite")
        let fixture = try #require(Bundle.module.url(forResource: "Fixtures/store-v1.sqlite", withExtension: nil))
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        let old = try SessionStore.reading(path)
        let (state, recent) = try old.replay("store-v1", keeping: 5)
        let events = try old.events(of: "store-v1")
        #expect(state == (try SessionState.replay(events)))
        #expect(recent == Array(events.suffix(5)))
    }

    @Test func anUnknownSessionAndAnUndecodableEventAreNamed() throws {
        #expect(throws: StoreError.unknownSession("weg")) { try store.replay("weg", keeping: 10) }
        try store.append(StoreTestScenario.events(), to: "test-1")
        try store.database.write { db in
            try db.execute(sql: "UPDATE events SET payload = '{\"onbekend\":{}}' WHERE sequence = 4")
        }
        #expect(throws: StoreError.undecodableEvent(session: "test-1", sequence: 4)) {
            try store.replay("test-1", keeping: 10)
        }
    }

    /// A journal the engine refuses (here an input by someone who never joined) gives the engine's own error, as
    /// `SessionState.replay` does, not a database error.
    @Test func anEventTheEngineRefusesGivesTheEnginesError() throws {
        let events = StoreTestScenario.events()
        try store.append(events, to: "test-1")
        let index = try #require(
            events.firstIndex { event in
                if case .inputSubmitted = event.payload { return true }
                return false
            })
        guard case .inputSubmitted(var submitted) = events[index].payload else { return }
        submitted.participant = "p99"
        let payload = Data(JournalCodec.encode(.inputSubmitted(submitted)))
        try store.database.write { db in
            try db.execute(
                sql: "UPDATE events SET payload = ? WHERE sequence = ?", arguments: [payload, events[index].sequence])
        }
        let tampered = try store.events(of: "test-1")
        #expect(throws: SessionError.unknownParticipant("p99")) { try SessionState.replay(tampered) }
        #expect(throws: SessionError.unknownParticipant("p99")) { try store.replay("test-1", keeping: 10) }
    }
}
