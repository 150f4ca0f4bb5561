/// `vote`: single choice, multiple choice or dot-voting.
public struct VoteSettings: Sendable, Equatable, Hashable, Codable {
    public enum Mode: Sendable, Equatable, Hashable, Codable {
        case single
        /// Choose up to `max` items (`nil`: any number).
        case multi(max: Int?)
        /// Spend at most `dots` dots, several on one item allowed.
        case dots(Int)
    }

    public var items: ItemSource
    public var mode: Mode

    public init(items: ItemSource, mode: Mode) {
        self.items = items
        self.mode = mode
    }

    /// The input a step of this mode takes.
    var inputKind: Input.Kind {
        if case .dots = mode { .dots } else { .vote }
    }
}

extension SessionState {
    /// Choices: distinct known items, one for `single`, up to `max` for `multi`.
    func validateVote(_ choices: [Item.ID], settings: VoteSettings, own: StepParticipant) throws(SessionError) {
        if case .dots = settings.mode { throw .wrongInputKind(step: own.step, expected: .dots, got: .vote) }
        let known = try knownItems(own)
        guard !choices.isEmpty else { throw .emptyInput(own.step) }
        switch settings.mode {
        case .single:
            guard choices.count == 1 else { throw .singleVoteNeedsOne(step: own.step, count: choices.count) }
        case .multi(let max):
            if let max, choices.count > max { throw .tooManyItems(step: own.step, count: choices.count, limit: max) }
        case .dots:
            break
        }
        try requireDistinct(choices, known: known, step: own.step)
    }

    /// Dots: distinct known items, at least one dot each, no more dots than the step hands out.
    func validateDots(_ scores: [ItemScore], settings: VoteSettings, own: StepParticipant) throws(SessionError) {
        guard case .dots(let limit) = settings.mode else {
            throw .wrongInputKind(step: own.step, expected: .vote, got: .dots)
        }
        try requireDistinctKnown(scores.map(\.item), own)
        for score in scores where score.value < 1 { throw .nonPositiveDots(item: score.item, value: score.value) }
        // Sum saturates so that forged huge counts cannot overflow.
        let total = scores.reduce(0) { $0.addingReportingOverflow($1.value).overflow ? Int.max : $0 + $1.value }
        guard total <= limit else { throw .tooManyDots(total: total, limit: limit) }
    }
}

extension SessionError {
    /// The catalogue entries (`MessageCatalogue`) of the refusals only a vote (or dots) step gives.
    static let voteMessages = #"""
        singleVoteNeedsOne(step, count)
        nl: stap ‘{step}’ vraagt precies één keuze, niet {count}
        en: step ‘{step}’ takes exactly one choice, not {count}

        nonPositiveDots(item, value)
        nl: item ‘{item}’ krijgt {value} stippen; dat moet minstens 1 zijn
        en: item ‘{item}’ gets {value} dots; it must be at least 1

        tooManyDots(total, limit)
        nl: {total} stippen verdeeld, hoogstens {limit}
        en: {total} dots spent, at most {limit}
        """#
}
