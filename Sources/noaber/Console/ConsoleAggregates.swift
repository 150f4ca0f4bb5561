import NoaberCore

/// The aggregate lines of a closed step's summary (rankings, likert). Counts only until the aggregation module
/// offers the consensus methods; then this is the one place that calls it.
enum ConsoleAggregates {
    static func lines(for step: Step, inputs: [InputRecord], state: SessionState, language: Language) -> [String] {
        []
    }
}
