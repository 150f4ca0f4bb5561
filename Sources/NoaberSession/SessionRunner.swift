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

    /// Transactions written so far by this runner: with group commit, fewer than the events acknowledged.
    public private(set) var transactions = 0
    private var pending: [Pending] = []
    private var isWriting = false

    private init(store: SessionStore, sessionID: SessionID, state: SessionState, clock: any SessionClock) {
        self.store = store
        self.sessionID = sessionID
        self.state = state
        self.clock = clock
    }

    /// Starts a new session in `store`; its `sessionStarted` event is committed before this returns.
    public static func start(
        _ settings: SessionSettings, store: SessionStore, clock: any SessionClock
    ) async throws -> SessionRunner {
        if try store.contains(settings.sessionID) {
            throw StoreError.sessionExists(settings.sessionID)
        }
        let runner = SessionRunner(store: store, sessionID: settings.sessionID, state: .empty, clock: clock)
        _ = try await runner.perform(.start(settings))
        return runner
    }

    /// Continues a session from its journal (after a crash, a break, or in another process).
    public static func resume(
        _ sessionID: SessionID, store: SessionStore, clock: any SessionClock
    ) async throws -> SessionRunner {
        let events = try store.events(of: sessionID)
        let state = try SessionState.replay(events)
        return SessionRunner(store: store, sessionID: sessionID, state: state, clock: clock)
    }

    /// Decides, commits and applies one command; returns its event once it is on disk.
    ///
    /// Throws `.refused` when the engine refuses the command (the session is unchanged) and `.storage` when the
    /// journal cannot be written (the session is unchanged too: state follows the journal, not the intent).
    public func perform(_ command: SessionCommand) async throws(CommandError) -> SessionEvent {
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
            let now = max(clock.now, scratch.lastTime ?? Timestamp(millisecondsSince1970: 0))
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
                transactions += 1
                state = scratch
                for (continuation, event) in accepted { continuation.resume(returning: .success(event)) }
            } catch {
                for (continuation, _) in accepted { continuation.resume(returning: .failure(.storage(error))) }
            }
        }
        isWriting = false
    }
}
