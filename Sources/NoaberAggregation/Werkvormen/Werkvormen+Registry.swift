// Dispatch registry: one case per werkvorm, each forwarding to <Kind>Results; see README "Adding a werkvorm"
public import NoaberCore

extension StepResults {
    /// A step's aggregate, one case per werkvorm that has one.
    public enum Aggregate: Sendable {
        case none
        case likert(LikertResults)
        case rank(RankResults)
        case rate(RateResults)
        case vote(VoteResults)
        case classify(ClassifyResults)
        case actions(ActionsResults)
    }
}

extension StepResults.Aggregate {
    init(step: Step, items: [Item], inputs: [InputRecord], state: SessionState) {
        switch step.activity {
        case .info, .brainstorm, .open, .roleplay:
            self = .none
        case .actions:
            self = .actions(ActionsResults(inputs: inputs, participants: state.participants))
        case .likert(let settings):
            self = .likert(
                LikertResults(settings: settings, inputs: inputs, participants: state.participants.map(\.id)))
        case .rank(let settings):
            self = RankResults(settings: settings, items: items, inputs: inputs).map(Self.rank) ?? .none
        case .rate(let settings):
            self = .rate(RateResults(settings: settings, items: items, inputs: inputs))
        case .vote(let settings):
            self = .vote(VoteResults(settings: settings, items: items, inputs: inputs))
        case .classify(let settings):
            self = .classify(ClassifyResults(settings: settings, items: items, inputs: inputs))
        }
    }
}

extension StepResults {
    /// The aggregate as its werkvorm's `<Kind>Results`; `nil` when the step is of another werkvorm (and for a
    /// ranking without items).
    public var likert: LikertResults? { if case .likert(let results) = aggregate { results } else { nil } }
    public var rank: RankResults? { if case .rank(let results) = aggregate { results } else { nil } }
    public var rate: RateResults? { if case .rate(let results) = aggregate { results } else { nil } }
    public var vote: VoteResults? { if case .vote(let results) = aggregate { results } else { nil } }
    public var classify: ClassifyResults? { if case .classify(let results) = aggregate { results } else { nil } }
    public var actions: ActionsResults? { if case .actions(let results) = aggregate { results } else { nil } }
}
