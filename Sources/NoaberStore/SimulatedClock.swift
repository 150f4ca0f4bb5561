import Foundation
public import NoaberCore

/// A clock that stands still until told to move: scripted sessions and the demo are deterministic with it.
public final class SimulatedClock: @unchecked Sendable {
    // @unchecked: `current` is only touched under `lock`.
    private let lock = NSLock()
    private var current: Timestamp

    public init(start: Timestamp) { current = start }

    public func now() -> Timestamp {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    public func advance(minutes: Double) {
        lock.lock()
        defer { lock.unlock() }
        current.millisecondsSince1970 += Int64((minutes * 60_000).rounded())
    }

    /// Moves the clock forward to `time` if it is behind it (resuming a session whose journal is later).
    public func catchUp(to time: Timestamp) {
        lock.lock()
        defer { lock.unlock() }
        current = max(current, time)
    }

    /// The clock as a `SessionClock`.
    public var sessionClock: SessionClock { { [self] in self.now() } }
}

/// The wall clock, in whole milliseconds.
public enum SystemClock {
    public static let sessionClock: SessionClock = {
        Timestamp(millisecondsSince1970: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)))
    }
}
