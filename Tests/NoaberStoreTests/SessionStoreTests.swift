import Foundation
import GRDB
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberStore

@Suite struct SessionStoreTests {
    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-store")
        path = directory.path("data/noaber.sqlite")
    }

    @Test func appendedEventsReadBackEqualAcrossReopen() throws {
        let events = StoreTestScenario.events()
        do {
            let store = try SessionStore(path: path)
            try store.append(Array(events.prefix(4)), to: "test-1")
            try store.append(Array(events.dropFirst(4)), to: "test-1")
        }
        let reopened = try SessionStore(path: path)
        #expect(try reopened.events(of: "test-1") == events)
    }

    @Test func journalIsWALWithFullSynchronous() throws {
        let store = try SessionStore(path: path)
        let (mode, synchronous) = try store.database.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Int.fetchOne(db, sql: "PRAGMA synchronous")
            )
        }
        #expect(mode == "wal")
        #expect(synchronous == 2)  // FULL
    }

    @Test func asyncAppendCommitsLikeSyncAppend() async throws {
        let store = try SessionStore(path: path)
        let events = StoreTestScenario.events()
        try await store.append(events, to: "test-1")
        #expect(try store.events(of: "test-1") == events)
    }

    @Test(arguments: [
        (skip: 2, expected: 6, got: 7),  // gap
        (skip: 0, expected: 6, got: 5),  // duplicate of the last stored event
    ])
    func appendRefusesGapsAndDuplicatesAndKeepsEarlierEvents(skip: Int, expected: Int, got: Int) throws {
        let events = StoreTestScenario.events()
        let store = try SessionStore(path: path)
        try store.append(Array(events.prefix(5)), to: "test-1")
        let next = skip == 0 ? events[4] : events[4 + skip]
        #expect(throws: StoreError.sequenceMismatch(session: "test-1", expected: expected, got: got)) {
            try store.append([next], to: "test-1")
        }
        #expect(try store.events(of: "test-1") == Array(events.prefix(5)))
    }

    @Test func aBatchWithAGapInTheMiddleIsRefusedWhole() throws {
        let events = StoreTestScenario.events()
        let store = try SessionStore(path: path)
        try store.append(Array(events.prefix(3)), to: "test-1")
        #expect(throws: StoreError.sequenceMismatch(session: "test-1", expected: 5, got: 6)) {
            try store.append([events[3], events[5]], to: "test-1")
        }
        #expect(try store.events(of: "test-1").count == 3)
    }

    @Test func aNewSessionMustStartWithItsOwnStartEvent() throws {
        let store = try SessionStore(path: path)
        let events = StoreTestScenario.events()
        #expect(throws: StoreError.notASessionStart(session: "ander")) {
            try store.append([events[0]], to: "ander")
        }
        #expect(throws: StoreError.sequenceMismatch(session: "test-1", expected: 1, got: 2)) {
            try store.append([events[1]], to: "test-1")
        }
        #expect(try store.sessionSummaries().isEmpty)
    }

    @Test func unknownSessionIsNamed() throws {
        let store = try SessionStore(path: path)
        #expect(throws: StoreError.unknownSession("weg")) { try store.events(of: "weg") }
        #expect(throws: StoreError.unknownSession("weg")) { try store.purge("weg") }
        #expect(StoreError.unknownSession("weg").rendered() == "fout: onbekende sessie 'weg'")
        #expect(StoreError.unknownSession("weg").rendered(in: .en) == "error: unknown session 'weg'")
    }

    @Test func summariesCountParticipantsInputsAndState() throws {
        let store = try SessionStore(path: path)
        try store.append(StoreTestScenario.events(), to: "test-1")
        var second = StoreTestScenario.events(id: "test-2", start: 1_790_000_000_000)
        second.append(
            SessionEvent(
                sequence: second.count + 1, time: Timestamp(millisecondsSince1970: 1_790_001_000_000),
                payload: .sessionEnded))
        try store.append(second, to: "test-2")
        let summaries = try store.sessionSummaries()
        #expect(summaries.map(\.id) == ["test-1", "test-2"])
        #expect(
            summaries[0]
                == SessionSummary(
                    id: "test-1", scenarioID: "test-waarden", scenarioVersion: "1",
                    startedAt: Timestamp(millisecondsSince1970: 1_780_000_000_000), place: "Raadzaal",
                    facilitator: "Griffier Jansen", participants: 2, inputs: 1, events: 9,
                    lastEventAt: Timestamp(millisecondsSince1970: 1_780_000_000_000 + 8 * 60_000), state: .open))
        #expect(summaries[1].state == .ended)
    }

    @Test func purgeDeletesTheSessionAndOnlyThatSession() throws {
        let store = try SessionStore(path: path)
        try store.append(StoreTestScenario.events(), to: "test-1")
        try store.append(StoreTestScenario.events(id: "test-2"), to: "test-2")
        try store.purge("test-1")
        #expect(try store.sessionSummaries().map(\.id) == ["test-2"])
        #expect(throws: StoreError.unknownSession("test-1")) { try store.events(of: "test-1") }
        let left = try store.database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE session_id = 'test-1'")
        }
        #expect(left == 0)
        // The deleted text must not linger in the file (secure_delete + WAL truncated).
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()
        let needle = Data("test-1".utf8)
        #expect(bytes.range(of: needle) == nil)
        #expect(wal.range(of: needle) == nil)
    }

    @Test func importRefusesATakenID() throws {
        let store = try SessionStore(path: path)
        #expect(try store.importSession(events: StoreTestScenario.events()) == "test-1")
        #expect(throws: StoreError.sessionExists("test-1")) {
            try store.importSession(events: StoreTestScenario.events())
        }
    }

    @Test func defaultPathFollowsXDGThenHome() {
        #expect(
            SessionStore.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"])
                == "/data/noaber/noaber.sqlite")
        #expect(
            SessionStore.defaultPath(environment: ["XDG_DATA_HOME": "relatief", "HOME": "/home/a"])
                == "/home/a/.local/share/noaber/noaber.sqlite")
        #expect(
            SessionStore.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/noaber/noaber.sqlite")
    }
}
