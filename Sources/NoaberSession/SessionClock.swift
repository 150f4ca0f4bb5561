public import NoaberCore

/// Where a runner reads the time, and how a step timer waits for it.
///
/// Injected so that tests, scripts and the demo run on a `SimulatedClock` (time moves only when told) and a live
/// session on the `SystemClock`. `sleep(until:)` lets a server tick a step timer on either clock.
public protocol SessionClock: Sendable {
    /// The time now, in whole milliseconds.
    var now: Timestamp { get }

    /// Returns once `now` has reached `deadline` (at once when it has already); throws `CancellationError` when the
    /// waiting task is cancelled first.
    func sleep(until deadline: Timestamp) async throws
}
