// Dispatch registry: one case per werkvorm, each forwarding to <Kind>+Sample; see README "Adding a werkvorm"
public import NoaberCore

extension Activity {
    /// How often a participant is asked within the step (rounds); 1 for most werkvormen.
    public var sampleRounds: Int {
        switch self {
        case .roleplay(let settings): settings.sampleRounds
        case .info, .brainstorm, .open, .likert, .rank, .rate, .vote, .classify, .actions: 1
        }
    }

    /// Minutes of the simulated clock one input takes.
    public var sampleMinutesPerInput: Double {
        switch self {
        case .brainstorm: BrainstormSettings.sampleMinutesPerInput
        case .info, .open, .roleplay, .likert, .rank, .rate, .vote, .classify, .actions: SampleContext.minutesPerInput
        }
    }

    /// What one simulated participant submits in this step and round (often one input, sometimes none or several).
    public func sampleInputs(_ context: SampleContext, using random: inout SeededRandom) -> [Input] {
        switch self {
        case .info: []
        case .brainstorm(let settings): settings.sampleInputs(context, &random)
        case .open(let settings): settings.sampleInputs(context, &random)
        case .roleplay(let settings): settings.sampleInputs(context, &random)
        case .likert(let settings): settings.sampleInputs(context, &random)
        case .rank(let settings): settings.sampleInputs(context, &random)
        case .rate(let settings): settings.sampleInputs(context, &random)
        case .vote(let settings): settings.sampleInputs(context, &random)
        case .classify(let settings): settings.sampleInputs(context, &random)
        case .actions(let settings): settings.sampleInputs(context, &random)
        }
    }

    /// An input of the werkvorm's kind that the engine must refuse (blank, off the scale, unknown item …), for
    /// tests of validation; `nil` for a step that takes no input.
    public func sampleSpoiled(_ context: SampleContext, using random: inout SeededRandom) -> Input? {
        switch self {
        case .info: nil
        case .brainstorm(let settings): settings.spoiledSample(context, &random)
        case .open(let settings): settings.spoiledSample(context, &random)
        case .roleplay(let settings): settings.spoiledSample(context, &random)
        case .likert(let settings): settings.spoiledSample(context, &random)
        case .rank(let settings): settings.spoiledSample(context, &random)
        case .rate(let settings): settings.spoiledSample(context, &random)
        case .vote(let settings): settings.spoiledSample(context, &random)
        case .classify(let settings): settings.spoiledSample(context, &random)
        case .actions(let settings): settings.spoiledSample(context, &random)
        }
    }

    /// What the facilitator does after everyone's input, before closing the step.
    public func sampleFollowUp(_ step: Step.ID, in state: SessionState) -> [SessionCommand] {
        switch self {
        case .brainstorm(let settings): settings.sampleFollowUp(step, in: state)
        case .info, .open, .roleplay, .likert, .rank, .rate, .vote, .classify, .actions: []
        }
    }
}
