import NoaberCore

/// Events written straight through the engine (decide, then apply), ten milliseconds apart: the long sessions the
/// store and replay benchmarks read back.
struct BenchmarkJournal {
    var state = SessionState.empty
    var events: [SessionEvent] = []
    private var time: Int64 = 1_780_000_000_000

    mutating func record(_ command: SessionCommand) throws {
        time += 10
        let event = SessionEvent(
            sequence: state.lastSequence + 1, time: Timestamp(millisecondsSince1970: time),
            payload: try state.decide(command))
        try state.apply(event)
        events.append(event)
    }

    /// The id the engine gave the input of the last event, when it submitted one (inputs are numbered per session,
    /// not by sequence).
    var lastInputID: InputID? {
        guard case .inputSubmitted(let submitted)? = events.last?.payload else { return nil }
        return submitted.id
    }
}
