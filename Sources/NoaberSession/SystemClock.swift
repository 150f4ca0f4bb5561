import Foundation
public import NoaberCore

/// The wall clock, in whole milliseconds.
public struct SystemClock: SessionClock {
    public init() {}

    public var now: Timestamp {
        Timestamp(millisecondsSince1970: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)))
    }

    /// Sleeps in steps of at most a minute, re-reading the wall clock after each, so that a clock stepped by NTP
    /// (or a machine that slept) still wakes the timer near the deadline.
    public func sleep(until deadline: Timestamp) async throws {
        while true {
            let remaining = deadline.millisecondsSince1970 - now.millisecondsSince1970
            guard remaining > 0 else { return }
            try await Task.sleep(for: .milliseconds(min(remaining, 60_000)))
        }
    }
}
