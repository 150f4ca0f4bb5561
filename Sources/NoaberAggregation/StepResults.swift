public import NoaberCore

/// What one step gave, computed once from the session state: the one value that the console summary, the reports,
/// the session file and the room read.
///
/// Choices about a result (which method gives a consensus order when the step's own cannot be computed, which
/// inputs count) are made here, in the werkvorm's `<Kind>Results`, and nowhere else; a reader only formats.
public struct StepResults: Sendable {
    public let step: Step
    /// The step's items as they stand now (after merges and renames).
    public let items: [Item]
    /// The step's live inputs, in order of submission (revisions replace their input).
    public let inputs: [InputRecord]
    /// Participants with at least one input.
    public let contributors: Int
    /// The werkvorm's own aggregate; `.none` for a werkvorm without one.
    public let aggregate: Aggregate

    /// The results of `step` in `state`.
    public init(step: Step, in state: SessionState) {
        self.step = step
        items = state.items(for: step.id)
        inputs = state.inputs(for: step.id)
        contributors = Set(inputs.map(\.participant)).count
        aggregate = Aggregate(step: step, items: items, inputs: inputs, state: state)
    }

    /// The results of every step of the session's scenario, in agenda order.
    public static func all(in state: SessionState) -> [StepResults] {
        (state.scenario?.steps ?? []).map { StepResults(step: $0, in: state) }
    }

    /// The results of every step, by step id.
    public static func byStep(in state: SessionState) -> [Step.ID: StepResults] {
        Dictionary(all(in: state).map { ($0.step.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
