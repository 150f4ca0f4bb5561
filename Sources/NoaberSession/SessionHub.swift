public import NoaberCore
public import NoaberStore

/// The open sessions of one process (a console, later a server for several rooms): one runner per session, so that
/// every front end of a session shares its state, its group commit and its writer lock, and subscribers can follow
/// each session's committed events.
public actor SessionHub {
    public nonisolated let store: SessionStore
    public nonisolated let clock: any SessionClock
    private var runners: [SessionID: SessionRunner] = [:]
    /// Sessions being started or resumed, so that two callers at once share one runner instead of racing.
    private var opening: [SessionID: Task<SessionRunner, any Error>] = [:]

    public init(store: SessionStore, clock: any SessionClock = SystemClock()) {
        self.store = store
        self.clock = clock
    }

    /// The ids of the open sessions, sorted.
    public var openSessions: [SessionID] { runners.keys.sorted() }

    /// The runner of an open session.
    public func runner(_ sessionID: SessionID) -> SessionRunner? { runners[sessionID] }

    /// Starts a new session and keeps its runner open (see `SessionRunner.start` for the errors).
    public func open(_ settings: SessionSettings) async throws -> SessionRunner {
        let id = settings.sessionID
        if runners[id] != nil || opening[id] != nil { throw StoreError.sessionExists(id) }
        let (store, clock) = (store, clock)
        return try await track(id, Task { try await SessionRunner.start(settings, store: store, clock: clock) })
    }

    /// The open runner of a session, or a new one resumed from the journal (see `SessionRunner.resume`).
    public func resume(_ sessionID: SessionID) async throws -> SessionRunner {
        if let runner = runners[sessionID] { return runner }
        if let task = opening[sessionID] { return try await task.value }
        let (store, clock) = (store, clock)
        return try await track(
            sessionID, Task { try await SessionRunner.resume(sessionID, store: store, clock: clock) })
    }

    /// Closes a session's runner: it takes no more commands, its subscriptions end after the last committed event,
    /// and its writer lock is released. Closing a session that is not open does nothing.
    public func close(_ sessionID: SessionID) async {
        guard let runner = runners.removeValue(forKey: sessionID) else { return }
        await runner.close()
    }

    /// Closes every open session.
    public func closeAll() async {
        for id in openSessions { await close(id) }
    }

    /// The committed events of a session after `sequence` (see `SessionRunner.events(after:)`); a session that is
    /// not open is resumed first.
    public func events(of sessionID: SessionID, after sequence: Int = 0) async throws -> AsyncStream<SessionEvent> {
        try await resume(sessionID).events(after: sequence)
    }

    private func track(_ id: SessionID, _ task: Task<SessionRunner, any Error>) async throws -> SessionRunner {
        opening[id] = task
        defer { opening[id] = nil }
        let runner = try await task.value
        runners[id] = runner
        return runner
    }
}
