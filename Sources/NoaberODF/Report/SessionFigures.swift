import NoaberCore

/// The group figures of every step, computed once per export: a thousand personal reports share one Kemeny-Young
/// ranking and one set of theme means instead of computing them a thousand times.
struct SessionFigures {
    var likert: [Step.ID: LikertFigures] = [:]
    var rank: [Step.ID: RankFigures] = [:]
    var tally: [Step.ID: TallyFigures] = [:]

    init(_ state: SessionState, steps: [Step]) {
        let participants = state.participants.map(\.id)
        for step in steps {
            let inputs = state.inputs(for: step.id)
            switch step.activity {
            case .likert(let settings):
                likert[step.id] = LikertFigures(settings: settings, inputs: inputs, participants: participants)
            case .rank(let settings):
                rank[step.id] = RankFigures(settings: settings, items: state.items(for: step.id), inputs: inputs)
            case .rate, .vote:
                tally[step.id] = TallyFigures(step: step, items: state.items(for: step.id), inputs: inputs)
            default:
                continue
            }
        }
    }
}
