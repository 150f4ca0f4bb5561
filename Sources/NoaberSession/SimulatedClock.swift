import Foundation
public import NoaberCore

/// A clock that stands still until told to move: scripted sessions and the demo are deterministic with it.
/// Sleepers wake when `advance` or `catchUp` moves the clock to (or past) their deadline.
public final class SimulatedClock: SessionClock, @unchecked Sendable {
    // @unchecked: `current`, `sleepers` and `nextSleeper` are only touched under `lock`.
    private let lock = NSLock()
    private var current: Timestamp
    private var sleepers: [Int: Sleeper] = [:]
    private var nextSleeper = 0

    private struct Sleeper {
        var deadline: Timestamp
        var continuation: CheckedContinuation<Void, any Error>
    }

    public init(start: Timestamp) { current = start }

    public var now: Timestamp {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    public func advance(minutes: Double) {
        move { $0.millisecondsSince1970 += Int64((minutes * 60_000).rounded()) }
    }

    /// Moves the clock forward to `time` if it is behind it (resuming a session whose journal is later).
    public func catchUp(to time: Timestamp) {
        move { $0 = max($0, time) }
    }

    public func sleep(until deadline: Timestamp) async throws {
        let id = lock.withLock {
            nextSleeper += 1
            return nextSleeper
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                lock.lock()
                if Task.isCancelled {
                    lock.unlock()
                    continuation.resume(throwing: CancellationError())
                } else if current >= deadline {
                    lock.unlock()
                    continuation.resume()
                } else {
                    sleepers[id] = Sleeper(deadline: deadline, continuation: continuation)
                    lock.unlock()
                }
            }
        } onCancel: {
            let sleeper = lock.withLock { sleepers.removeValue(forKey: id) }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Changes the time and wakes every sleeper whose deadline has come, outside the lock.
    private func move(_ change: (inout Timestamp) -> Void) {
        let woken: [Sleeper] = lock.withLock {
            change(&current)
            let due = sleepers.filter { $0.value.deadline <= current }
            for key in due.keys { sleepers.removeValue(forKey: key) }
            return due.sorted { $0.key < $1.key }.map(\.value)
        }
        for sleeper in woken { sleeper.continuation.resume() }
    }
}
