import Foundation
import NoaberCore
import NoaberSession
import NoaberStore
import NoaberTestSupport
import Testing

/// The hub holds one runner per open session; subscribers follow a session's committed events in order.
@Suite struct SessionHubTests {
    let directory: TemporaryDirectory
    let store: SessionStore
    let clock = SimulatedClock(start: Timestamp(millisecondsSince1970: 1_780_000_000_000))

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-hub")
        store = try SessionStore(path: directory.path("noaber.sqlite"))
    }

    /// Takes events from a stream until `count` have come (or the stream ends).
    func take(_ count: Int, from stream: AsyncStream<SessionEvent>) async -> [SessionEvent] {
        var events: [SessionEvent] = []
        for await event in stream {
            events.append(event)
            if events.count == count { break }
        }
        return events
    }

    func joinEveryone(_ runner: SessionRunner, count: Int) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 1...count {
                group.addTask {
                    _ = try await runner.perform(.join(name: "Deelnemer \(index)", group: nil, pseudonym: nil))
                }
            }
            try await group.waitForAll()
        }
    }

    @Test func aSubscriberGetsEveryCommittedEventInJournalOrder() async throws {
        let hub = SessionHub(store: store, clock: clock)
        let runner = try await hub.open(StoreTestScenario.settings())
        let stream = try await hub.events(of: "test-1")
        // Concurrent submitters, grouped into few transactions: the stream still has every event once, in order.
        try await joinEveryone(runner, count: 30)
        _ = try await runner.perform(.open("waarden"))
        let events = await take(32, from: stream)
        #expect(events.map(\.sequence) == Array(1...32))
        #expect(events == (try store.events(of: "test-1")))
        #expect(await runner.commits < 32)
    }

    @Test func twoSubscribersSeeTheSameEvents() async throws {
        let hub = SessionHub(store: store, clock: clock)
        let runner = try await hub.open(StoreTestScenario.settings())
        let first = try await hub.events(of: "test-1")
        let second = try await hub.events(of: "test-1")
        try await joinEveryone(runner, count: 10)
        let (one, two) = await (take(11, from: first), take(11, from: second))
        #expect(one.count == 11)
        #expect(one == two)
    }

    @Test func aSubscriberAfterNStartsAtNPlusOneWithEarlierAndLaterEvents() async throws {
        let hub = SessionHub(store: store, clock: clock)
        let runner = try await hub.open(StoreTestScenario.settings())
        try await joinEveryone(runner, count: 5)
        let stream = try await hub.events(of: "test-1", after: 3)
        _ = try await runner.perform(.note(step: nil, text: "later"))
        let events = await take(4, from: stream)
        #expect(events.map(\.sequence) == [4, 5, 6, 7])
        #expect(events.last?.payload == .noteAdded(step: nil, text: "later"))
    }

    @Test func aSubscriberFarBehindReadsTheOlderEventsFromTheJournal() async throws {
        // A runner that keeps only 4 events in memory: a subscriber from 0 gets the rest from the journal.
        let runner = try await SessionRunner.start(
            StoreTestScenario.settings(), store: store, clock: clock, keptEvents: 4)
        for index in 1...20 { _ = try await runner.perform(.note(step: nil, text: "notitie \(index)")) }
        let events = await take(21, from: runner.events(after: 0))
        #expect(events.map(\.sequence) == Array(1...21))
        #expect(events == (try store.events(of: "test-1")))
        // And after a resume, whose memory starts with the journal's tail.
        await runner.close()
        let resumed = try await SessionRunner.resume("test-1", store: store, clock: clock, keptEvents: 4)
        _ = try await resumed.perform(.note(step: nil, text: "na het hervatten"))
        #expect(await take(4, from: resumed.events(after: 18)).map(\.sequence) == [19, 20, 21, 22])
    }

    @Test func eventsReachSubscribersOnlyAfterTheirCommit() async throws {
        let hub = SessionHub(store: store, clock: clock)
        let runner = try await hub.open(StoreTestScenario.settings())
        let reader = try SessionStore(path: store.path, readOnly: true)
        let stream = try await hub.events(of: "test-1")
        let watcher = Task {
            var seen: [(SessionEvent, Bool)] = []
            for await event in stream {
                // Another connection already sees every event a subscriber is given.
                seen.append((event, (try? reader.events(of: "test-1").contains(event)) ?? false))
                if seen.count == 12 { break }
            }
            return seen
        }
        try await joinEveryone(runner, count: 11)
        let seen = await watcher.value
        #expect(seen.count == 12)
        #expect(seen.allSatisfy { $0.1 })
    }

    @Test func aFailedCommitReachesNoSubscriber() async throws {
        let runner = try await SessionRunner.start(StoreTestScenario.settings(), store: store, clock: clock)
        _ = try await runner.perform(.join(name: "Anna", group: nil, pseudonym: nil))
        await runner.close()
        // A runner whose store cannot be written: its command fails, and its subscriber gets nothing.
        let readOnly = try SessionStore(path: store.path, readOnly: true)
        let failing = try await SessionRunner.resume("test-1", store: readOnly, clock: clock)
        let stream = failing.events(after: 2)
        await #expect(throws: CommandError.storage(.readOnly(path: store.path))) {
            try await failing.perform(.note(step: nil, text: "gaat verloren"))
        }
        await failing.close()
        #expect(await take(1, from: stream).isEmpty)
    }

    @Test func aSubscriberThatNeverReadsHoldsNothingUp() async throws {
        let hub = SessionHub(store: store, clock: clock)
        let runner = try await hub.open(StoreTestScenario.settings())
        let idle = try await hub.events(of: "test-1")
        for index in 1...200 { _ = try await runner.perform(.note(step: nil, text: "notitie \(index)")) }
        #expect(await runner.state.lastSequence == 201)
        // It can still start reading later, from the beginning.
        #expect(await take(201, from: idle).map(\.sequence) == Array(1...201))
    }

    @Test func closingEndsSubscriptionsAfterTheLastCommittedEventAndRefusesCommands() async throws {
        let hub = SessionHub(store: store, clock: clock)
        let runner = try await hub.open(StoreTestScenario.settings())
        let stream = try await hub.events(of: "test-1")
        _ = try await runner.perform(.note(step: nil, text: "laatste"))
        await hub.close("test-1")
        #expect(await take(10, from: stream).map(\.sequence) == [1, 2])
        await #expect(throws: CommandError.closed("test-1")) {
            try await runner.perform(.note(step: nil, text: "te laat"))
        }
        #expect(await hub.openSessions.isEmpty)
    }

    @Test func oneRunnerPerSessionAndACancelledSubscriberStops() async throws {
        let hub = SessionHub(store: store, clock: clock)
        let started = try await hub.open(StoreTestScenario.settings())
        async let first = hub.resume("test-1")
        async let second = hub.resume("test-1")
        let (one, two) = try await (first, second)
        #expect(one === started && two === started)
        await #expect(throws: StoreError.sessionExists("test-1")) {
            try await hub.open(StoreTestScenario.settings())
        }
        let stream = try await hub.events(of: "test-1", after: 1)
        let waiting = Task { await take(1, from: stream) }
        try await Task.sleep(for: .milliseconds(20))
        waiting.cancel()
        #expect(await waiting.value.isEmpty)
        // A second hub in the same process is a second writer: refused, naming this process.
        let other = SessionHub(store: store, clock: clock)
        await #expect(throws: SessionLockError.held(session: "test-1", pid: getpid())) {
            try await other.resume("test-1")
        }
        await hub.closeAll()
        #expect(try await other.resume("test-1").state.lastSequence == 1)
        await other.closeAll()
    }
}
