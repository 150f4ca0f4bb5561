public import NoaberCore
public import NoaberStore

/// Runs one session: decides commands against the replayed state, makes them durable, and only then applies and
/// acknowledges them.
///
/// Group commit: commands that arrive while a write is in flight queue up; the next write decides them one by
/// one against a scratch copy of the state and commits them in ONE transaction (one fsync), then resumes every
/// caller. A refused command gets its `SessionError` at once and does not hold back the others. Nothing is
/// acknowledged before the commit that contains it. (A command is decided against the commands queued before it
/// in the same batch; if that batch's commit then fails, they all fail with the `StoreError`, and a command that was
/// refused because of one of them may be refused for a reason that did not happen. The facilitator retries it.)
///
/// One writer per session: a runner on a writable store holds the session's `SessionWriterLock` from `start` or
/// `resume` until `close` (or until the process ends), so a second runner, here or in another process, is refused.
/// A runner on a read-only store takes no lock (it can only answer queries).
///
/// Subscribers follow the committed events through `events(after:)`; see there for how they are buffered.
public actor SessionRunner {
    public nonisolated let store: SessionStore
    public nonisolated let sessionID: SessionID
    public nonisolated let clock: any SessionClock
    /// The committed state: the replay of every event in the journal, and nothing else.
    public private(set) var state: SessionState

    private struct Pending {
        var command: SessionCommand
        var continuation: CheckedContinuation<Result<SessionEvent, CommandError>, Never>
    }

    /// Commits to the store so far by this runner: with group commit, fewer than the events acknowledged.
    public private(set) var commits = 0
    private var pending: [Pending] = []
    private var isWriting = false
    /// After `close`: commands are refused, subscriptions end.
    public private(set) var isClosed = false
    private var lock: SessionWriterLock?
    /// Callers of `close` waiting for the write in flight.
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []

    /// How many of the latest committed events a runner keeps in memory for subscribers that are close behind.
    public static let defaultKeptEvents = 1024
    /// The latest committed events, oldest first, at most `keptEvents` (up to twice that between trims).
    var recent: [SessionEvent] = []
    let keptEvents: Int
    /// Subscribers waiting for the next commit, by ticket.
    var commitWaiters: [Int: CheckedContinuation<Void, Never>] = [:]
    var nextTicket = 0

    private init(
        store: SessionStore, sessionID: SessionID, state: SessionState, clock: any SessionClock,
        lock: SessionWriterLock?, keptEvents: Int
    ) {
        self.store = store
        self.sessionID = sessionID
        self.state = state
        self.clock = clock
        self.lock = lock
        self.keptEvents = max(1, keptEvents)
    }

    /// Starts a new session in `store`; its `sessionStarted` event is committed before this returns.
    ///
    /// Throws `SessionLockError.held` when another writer holds the session id, `StoreError.sessionExists` when the
    /// journal has it already, and the `CommandError` of the start.
    public static func start(
        _ settings: SessionSettings, store: SessionStore, clock: any SessionClock,
        keptEvents: Int = defaultKeptEvents
    ) async throws -> SessionRunner {
        // Refused as the engine would refuse the start, before the id names a lock file.
        guard SessionState.isSafeSessionID(settings.sessionID) else {
            throw CommandError.refused(.invalidSessionID(settings.sessionID))
        }
        let lock = try writerLock(settings.sessionID, store: store)
        if try store.contains(settings.sessionID) {
            lock?.release()
            throw StoreError.sessionExists(settings.sessionID)
        }
        let runner = SessionRunner(
            store: store, sessionID: settings.sessionID, state: .empty, clock: clock, lock: lock,
            keptEvents: keptEvents)
        do {
            _ = try await runner.perform(.start(settings))
        } catch {
            await runner.close()
            throw error
        }
        return runner
    }

    /// Continues a session from its journal (after a crash, a break, or in another process).
    ///
    /// Throws `SessionLockError.held` when another writer holds the session, else the journal's `StoreError` or the
    /// replay's `SessionError`.
    public static func resume(
        _ sessionID: SessionID, store: SessionStore, clock: any SessionClock, keptEvents: Int = defaultKeptEvents
    ) async throws -> SessionRunner {
        let lock = try writerLock(sessionID, store: store)
        do {
            let (state, recent) = try store.replay(sessionID, keeping: keptEvents)
            let runner = SessionRunner(
                store: store, sessionID: sessionID, state: state, clock: clock, lock: lock, keptEvents: keptEvents)
            await runner.keep(recent)
            return runner
        } catch {
            lock?.release()
            throw error
        }
    }

    /// The session's writer lock, unless the store is read-only (then nothing can be written anyway).
    private static func writerLock(_ sessionID: SessionID, store: SessionStore) throws -> SessionWriterLock? {
        store.isReadOnly ? nil : try SessionWriterLock.acquire(sessionID, store: store)
    }

    /// Refuses further commands, waits for the write in flight, ends every subscription and releases the writer
    /// lock. Closing twice does nothing more.
    public func close() async {
        isClosed = true
        while isWriting || !pending.isEmpty {
            await withCheckedContinuation { idleWaiters.append($0) }
        }
        lock?.release()
        lock = nil
        wakeSubscribers()
    }

    /// Decides, commits and applies one command; returns its event once it is on disk.
    ///
    /// Throws `.refused` when the engine refuses the command (the session is unchanged) and `.storage` when the
    /// journal cannot be written (the session is unchanged too: state follows the journal, not the intent).
    public func perform(_ command: SessionCommand) async throws(CommandError) -> SessionEvent {
        guard !isClosed else { throw .closed(sessionID) }
        let result = await withCheckedContinuation { continuation in
            pending.append(Pending(command: command, continuation: continuation))
            if !isWriting {
                isWriting = true
                Task { await self.writePending() }
            }
        }
        return try result.get()
    }

    /// The time the runner's clock says now (the simulated clock in scripts and the demo).
    public nonisolated func now() -> Timestamp { clock.now }

    private func writePending() async {
        while !pending.isEmpty {
            let batch = pending
            pending = []
            var scratch = state
            var events: [SessionEvent] = []
            var accepted: [(CheckedContinuation<Result<SessionEvent, CommandError>, Never>, SessionEvent)] = []
            // The engine refuses time going backwards; a wall clock stepped back by NTP must not refuse input.
            // The first event keeps the clock's own time, so that a clock before 1970 is refused, not stored as 1970.
            let now = scratch.lastTime.map { max(clock.now, $0) } ?? clock.now
            for item in batch {
                do throws(SessionError) {
                    let payload = try scratch.decide(item.command)
                    let event = SessionEvent(sequence: scratch.lastSequence + 1, time: now, payload: payload)
                    try scratch.apply(event)
                    events.append(event)
                    accepted.append((item.continuation, event))
                } catch {
                    item.continuation.resume(returning: .failure(.refused(error)))
                }
            }
            guard !events.isEmpty else { continue }
            do throws(StoreError) {
                try await store.append(events, to: sessionID)
                commits += 1
                state = scratch
                keep(events)
                for (continuation, event) in accepted { continuation.resume(returning: .success(event)) }
                wakeSubscribers()
            } catch {
                for (continuation, _) in accepted { continuation.resume(returning: .failure(.storage(error))) }
            }
        }
        isWriting = false
        let waiters = idleWaiters
        idleWaiters = []
        for waiter in waiters { waiter.resume() }
    }

    /// Remembers committed events for subscribers, trimming the memory to `keptEvents` now and then.
    func keep(_ events: some Sequence<SessionEvent>) {
        recent.append(contentsOf: events)
        if recent.count > 2 * keptEvents { recent.removeFirst(recent.count - keptEvents) }
    }
}
