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
        var events = StoreTestScenario.events()
        while events.count < JournalDecoder.parallelThreshold + 1_000 {
            let sequence = events.count + 1
            events.append(
                SessionEvent(
                    sequence: sequence, time: Timestamp(millisecondsSince1970: 1_780_000_000_000 + Int64(sequence)),
                    payload: .noteAdded(step: sequence % 2 == 0 ? "waarden" : nil, text: "notitie \(sequence)")))
        }
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
}
