public import NoaberCore

/// A clock that moves only when told, so that tests pin every event's time.
public struct FixedClock: Sendable, Equatable {
    public var now: Timestamp

    public init(_ now: Timestamp = SessionSamples.start) { self.now = now }

    /// Moves on and returns the new time.
    @discardableResult
    public mutating func advance(seconds: Int64 = 0, minutes: Int64 = 0) -> Timestamp {
        now.millisecondsSince1970 += seconds * 1_000 + minutes * 60_000
        return now
    }
}
