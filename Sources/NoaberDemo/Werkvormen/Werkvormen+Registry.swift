// Dispatch registry: one case per werkvorm, each forwarding to <Kind>+Sample; see README "Adding a werkvorm"
public import NoaberCore

/// What the simulator asks of a werkvorm that takes input; each `<Kind>+Sample.swift` conforms its settings.
protocol SampledWerkvorm {
    /// How often a participant is asked within the step (rounds).
    var sampleRounds: Int { get }
    /// Minutes of the simulated clock one input takes.
    var sampleMinutesPerInput: Double { get }
    /// What one simulated participant submits in this step and round (often one input, sometimes none or several).
    func sampleInputs(_ context: SampleContext, _ random: inout SeededRandom) -> [Input]
    /// An input of the werkvorm's kind that the engine must refuse (blank, off the scale, unknown item …).
    func spoiledSample(_ context: SampleContext, _ random: inout SeededRandom) -> Input
    /// What the facilitator does after everyone's input, before closing the step.
    func sampleFollowUp(_ step: Step.ID, in state: SessionState) -> [SessionCommand]
}

extension SampledWerkvorm {
    var sampleRounds: Int { 1 }
    var sampleMinutesPerInput: Double { SampleContext.minutesPerInput }
    func sampleFollowUp(_ step: Step.ID, in state: SessionState) -> [SessionCommand] { [] }
}

extension Activity {
    /// The step's settings as the simulator uses them; `nil` for a step that takes no input.
    private var sampled: (any SampledWerkvorm)? {
        switch self {
        case .info: nil
        case .brainstorm(let settings): settings
        case .open(let settings): settings
        case .roleplay(let settings): settings
        case .likert(let settings): settings
        case .rank(let settings): settings
        case .rate(let settings): settings
        case .vote(let settings): settings
        case .classify(let settings): settings
        case .actions(let settings): settings
        }
    }

    /// How often a participant is asked within the step (rounds); 1 for most werkvormen.
    public var sampleRounds: Int { sampled?.sampleRounds ?? 1 }

    /// Minutes of the simulated clock one input takes.
    public var sampleMinutesPerInput: Double { sampled?.sampleMinutesPerInput ?? SampleContext.minutesPerInput }

    /// What one simulated participant submits in this step and round (often one input, sometimes none or several).
    public func sampleInputs(_ context: SampleContext, using random: inout SeededRandom) -> [Input] {
        sampled?.sampleInputs(context, &random) ?? []
    }

    /// An input of the werkvorm's kind that the engine must refuse (blank, off the scale, unknown item …), for
    /// tests of validation; `nil` for a step that takes no input.
    public func sampleSpoiled(_ context: SampleContext, using random: inout SeededRandom) -> Input? {
        sampled?.spoiledSample(context, &random)
    }

    /// What the facilitator does after everyone's input, before closing the step.
    public func sampleFollowUp(_ step: Step.ID, in state: SessionState) -> [SessionCommand] {
        sampled?.sampleFollowUp(step, in: state) ?? []
    }
}
