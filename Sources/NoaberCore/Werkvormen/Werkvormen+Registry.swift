// Dispatch registry: one case per werkvorm, each forwarding to <Kind>.swift; see README "Adding a werkvorm".

extension SessionState {
    /// The werkvorm's checks for one input; `replacing` is the input being revised, which does not count against
    /// itself in the one-answer-per-participant and per-participant limits.
    func validateInput(
        _ input: Input, step: Step, participant: ParticipantID, replacing: InputID?
    ) throws(SessionError) {
        let id = step.id
        let own = StepParticipant(step: id, participant: participant)
        switch (step.activity, input) {
        case (.info, _):
            throw .stepTakesNoInput(id)
        case (.brainstorm(let settings), .brainstorm(let text)):
            try validateBrainstorm(text, settings: settings, own: own, replacing: replacing)
        case (.actions(let settings), .action(let action)):
            try validateActions(action, settings: settings, own: own, replacing: replacing)
        case (.open(let settings), .open(let item, let text)):
            let perItem = try validateOpen(item: item, text: text, settings: settings, own: own, replacing: replacing)
            if perItem { return }
        case (.roleplay(let settings), .roleplay(let role, let round, let text)):
            try validateRoleplay(
                role: role, round: round, text: text, settings: settings, own: own, replacing: replacing)
        case (.likert(let settings), .likert(let answers)):
            try validateLikert(answers, settings: settings, own: own, replacing: replacing)
        case (.rank(let settings), .rank(let order)):
            try validateRank(order, settings: settings, own: own)
        case (.rate(let settings), .rate(let scores)):
            try validateRate(scores, settings: settings, own: own)
        case (.vote(let settings), .vote(let choices)):
            try validateVote(choices, settings: settings, own: own)
        case (.vote(let settings), .dots(let scores)):
            try validateDots(scores, settings: settings, own: own)
        case (.classify(let settings), .classify(let placements)):
            try validateClassify(placements, settings: settings, own: own)
        default:
            guard let expected = step.activity.inputKind else { throw .stepTakesNoInput(id) }
            throw .wrongInputKind(step: id, expected: expected, got: input.kind)
        }
        try checkOneAnswer(input, step: id, participant: participant, replacing: replacing)
    }

    /// The engine's checks of a step's settings when a session starts; `seen` holds the earlier steps.
    static func validateWerkvorm(of step: Step, seen: [Step.ID: Step]) throws(SessionError) {
        if let referenced = step.activity.itemSource?.referencedStep, let earlier = seen[referenced] {
            try checkTopSource(of: step, earlier: earlier)
        }
        switch step.activity {
        case .brainstorm(let settings): try settings.check(step: step.id)
        case .info, .open, .roleplay, .likert, .rank, .rate, .vote, .classify, .actions: break
        }
    }
}

extension SessionError {
    /// The catalogue entries of the refusals that only one werkvorm gives.
    static let werkvormMessages = [brainstormMessages, rankMessages, voteMessages].joined(separator: "\n\n")

    /// The message of a refusal that only one werkvorm gives, where its text needs more than the case's values.
    var werkvormMessage: Wording? { rankMessage }
}
