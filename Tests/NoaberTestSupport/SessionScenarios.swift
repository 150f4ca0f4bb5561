public import NoaberCore
import NoaberDemo
import NoaberFormats

/// The scenarios shipped with Noaber, for tests that run a whole session through the engine.
public enum SessionScenarios {
    /// Every embedded scenario, loaded; a load failure is a test failure of the caller.
    public static func embedded() throws -> [Scenario] {
        try ScenarioCatalog.embedded().map(\.scenario)
    }

    /// A sensible, valid input of `participant` for `step`: the first of NoaberDemo's samples for the werkvorm
    /// (round 1, everyone answering), varied by `seed`; `nil` when the step takes no input or the participant has
    /// no items there (for example no own top yet).
    public static func sensibleInput(
        for step: Step, participant: ParticipantID, in state: SessionState, seed: UInt64
    ) -> Input? {
        var random = SessionRandom(seed: seed)
        let context = SampleContext(step: step, state: state, participant: participant, everyoneAnswers: true)
        return step.activity.sampleInputs(context, using: &random).first
    }
}
