import GRDB
import NoaberCore
import NoaberSession
import NoaberTestSupport
import Testing

@testable import NoaberStore

@Suite struct SessionRunnerTests {
    let directory: TemporaryDirectory
    let store: SessionStore
    let clock = SimulatedClock(start: Timestamp(millisecondsSince1970: 1_780_000_000_000))

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-runner")
        store = try SessionStore(path: directory.path("noaber.sqlite"))
    }

    @Test func everyAcknowledgedEventIsInTheJournalAndReplaysToTheLiveState() async throws {
        let runner = try await SessionRunner.start(
            StoreTestScenario.settings(), store: store, clock: clock)
        let anna = try await runner.perform(.join(name: "Anna de Vries", group: "Fractie A", pseudonym: nil))
        _ = try await runner.perform(.join(name: "Bram Bos", group: nil, pseudonym: nil))
        clock.advance(minutes: 3)
        _ = try await runner.perform(.open("waarden"))
        let ranking = StoreTestScenario.values.map(\.id)
        let submitted = try await runner.perform(.submit(participant: "p1", step: "waarden", input: .rank(ranking)))
        clock.advance(minutes: 12)
        _ = try await runner.perform(.close("waarden"))
        let note = try await runner.perform(.note(step: nil, text: "Slot"))
        #expect(try store.events(of: "test-1").last == note)
        let live = await runner.state
        #expect(try SessionState.replay(try store.events(of: "test-1")) == live)
        #expect(live.lastSequence == 7)
        #expect(anna.payload == .participantJoined(Participant(id: "p1", name: "Anna de Vries", group: "Fractie A")))
        #expect(submitted.sequence == 5)
        // One writer per session: the first runner lets go before another takes the session up.
        await runner.close()
        let resumed = try await SessionRunner.resume("test-1", store: store, clock: clock)
        #expect(await resumed.state == live)
    }

    @Test func aRefusedCommandLeavesStateAndJournalUnchanged() async throws {
        let runner = try await SessionRunner.start(
            StoreTestScenario.settings(), store: store, clock: clock)
        _ = try await runner.perform(.join(name: "Anna de Vries", group: nil, pseudonym: nil))
        let before = await runner.state
        // A refusal, not a storage failure: the two stay apart for a front end.
        let refusal = await #expect(throws: CommandError.self) {
            try await runner.perform(.submit(participant: "p1", step: "waarden", input: .rank(["vrijheid"])))
        }
        guard case .refused = refusal else {
            Issue.record("expected a refusal, got \(String(describing: refusal))")
            return
        }
        #expect(await runner.state == before)
        #expect(try store.events(of: "test-1").count == before.lastSequence)
    }

    @Test func concurrentSubmittersAreGroupedAndAllAcknowledgedAfterCommit() async throws {
        let runner = try await SessionRunner.start(
            StoreTestScenario.settings(), store: store, clock: clock)
        let count = 40
        for index in 1...count {
            _ = try await runner.perform(.join(name: "Deelnemer \(index)", group: nil, pseudonym: nil))
        }
        _ = try await runner.perform(.open("waarden"))
        let items = StoreTestScenario.values.map(\.id)
        let results = await withTaskGroup(of: Result<SessionEvent, any Error>.self) { group in
            for index in 1...count {
                group.addTask {
                    // Participant 7 sends a ranking with an unknown item: refused, without blocking the others.
                    let order = index == 7 ? ["vrijheid", "onbekend"] : items.rotated(by: index)
                    do {
                        let event = try await runner.perform(
                            .submit(participant: "p\(index)", step: "waarden", input: .rank(order)))
                        // Acknowledged means committed: another connection already sees it.
                        let committed = try SessionStore(path: store.path, readOnly: true).events(of: "test-1")
                        #expect(committed.contains(event))
                        return .success(event)
                    } catch {
                        return .failure(error)
                    }
                }
            }
            var all: [Result<SessionEvent, any Error>] = []
            for await result in group { all.append(result) }
            return all
        }
        let acknowledged = results.compactMap { try? $0.get() }
        #expect(acknowledged.count == count - 1)
        let journal = try store.events(of: "test-1")
        for event in acknowledged { #expect(journal.contains(event)) }
        #expect(Set(acknowledged.map(\.sequence)).count == count - 1)
        #expect(try SessionState.replay(journal) == (await runner.state))
    }

    @Test func aStoreFailureAcknowledgesNothingAndKeepsTheState() async throws {
        let path = directory.path("klein.sqlite")
        let settings = StoreTestScenario.settings()
        let runner = try await SessionRunner.start(
            settings, store: try SessionStore(path: path), clock: clock)
        _ = try await runner.perform(.join(name: "Anna", group: nil, pseudonym: nil))
        let pages =
            try await SessionStore(path: path).database.read { db in
                try Int.fetchOne(db, sql: "PRAGMA page_count")
            } ?? 0
        await runner.close()
        let limited = try SessionStore(path: path, readOnly: false, maximumPageCount: pages)
        let resumed = try await SessionRunner.resume("test-1", store: limited, clock: clock)
        let before = await resumed.state
        await #expect(throws: CommandError.storage(.full(path: path))) {
            try await resumed.perform(.note(step: nil, text: String(repeating: "x", count: 9_000)))
        }
        #expect(await resumed.state == before)
    }
}

extension Array {
    func rotated(by offset: Int) -> [Element] {
        guard !isEmpty else { return self }
        let shift = offset % count
        return Array(self[shift...] + self[..<shift])
    }
}
