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
