public import NoaberCore
import NoaberStore

extension SessionRunner {
    /// The session's committed events after `sequence`, in order and without gaps: first those committed already,
    /// then each new one once its transaction is on disk (never before: a subscriber never sees an event that a
    /// crash could still take back).
    ///
    /// Buffering: none in the runner. A subscriber pulls at its own pace, so a slow one never holds up a commit and
    /// costs the runner no memory. The runner keeps its latest `defaultKeptEvents` committed events in memory;
    /// a subscriber further behind (or one that starts at 0 on a long session) reads the rest from the journal,
    /// in one read, into its own stream.
    ///
    /// The stream ends after the last committed event once the runner is closed, when the subscribing task is
    /// cancelled, or when the journal cannot be read; to go on, subscribe again after the last sequence seen.
    public nonisolated func events(after sequence: Int = 0) -> AsyncStream<SessionEvent> {
        let cursor = EventCursor(runner: self, after: sequence)
        return AsyncStream(unfolding: { await cursor.next() })
    }

    /// The committed events after `sequence`, waiting for the next commit when there are none yet; empty once the
    /// runner is closed (and everything committed was returned) or the waiting task is cancelled.
    func committed(after sequence: Int) async throws(StoreError) -> [SessionEvent] {
        while true {
            if sequence < state.lastSequence {
                if let first = recent.first, first.sequence <= sequence + 1 {
                    return Array(recent[(max(sequence + 1, first.sequence) - first.sequence)...])
                }
                // Only what is committed: a write in flight may be on disk before `state` has it.
                let last = state.lastSequence
                return try store.events(of: sessionID).filter { $0.sequence > sequence && $0.sequence <= last }
            }
            if isClosed || Task.isCancelled { return [] }
            await waitForCommit()
        }
    }

    /// Suspends until the next commit, `close`, or cancellation of the waiting task.
    private func waitForCommit() async {
        let ticket = nextTicket
        nextTicket += 1
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume()
                } else {
                    commitWaiters[ticket] = continuation
                }
            }
        } onCancel: {
            Task { await self.stopWaiting(ticket) }
        }
    }

    private func stopWaiting(_ ticket: Int) {
        commitWaiters.removeValue(forKey: ticket)?.resume()
    }

    /// Wakes every subscriber waiting for a commit (after a commit, and at `close`).
    func wakeSubscribers() {
        let waiters = commitWaiters
        commitWaiters = [:]
        for waiter in waiters.values { waiter.resume() }
    }
}

/// One subscriber's place in the session: the last sequence it was given and the events fetched but not yet taken.
private actor EventCursor {
    let runner: SessionRunner
    private var last: Int
    private var buffer: [SessionEvent] = []
    private var index = 0

    init(runner: SessionRunner, after sequence: Int) {
        self.runner = runner
        last = max(0, sequence)
    }

    func next() async -> SessionEvent? {
        if index == buffer.count {
            buffer = (try? await runner.committed(after: last)) ?? []
            index = 0
            guard !buffer.isEmpty else { return nil }
        }
        let event = buffer[index]
        index += 1
        last = event.sequence
        return event
    }
}
