public import NoaberCore

/// A voting step's results (votes, or dots in `dots` mode): `VoteTally` per item, in the step's item order.
public struct VoteResults: Sendable {
    public var items: [Item]
    public var tally: VoteTally
    /// Whether participants spread dots rather than choose items.
    public var isDots: Bool

    public init(settings: VoteSettings, items: [Item], inputs: [InputRecord]) {
        self.items = items
        if case .dots = settings.mode {
            isDots = true
            tally = VoteTally(
                items: items,
                dots: inputs.compactMap { if case .dots(let d) = $0.input { ($0.participant, d) } else { nil } })
        } else {
            isDots = false
            tally = VoteTally(
                items: items,
                choices: inputs.compactMap { if case .vote(let c) = $0.input { ($0.participant, c) } else { nil } })
        }
    }

    /// Votes or dots per item, in item order.
    public var counts: [Int] { tally.items.map(\.votes) }
}

extension StepResults {
    /// The tally, when the step is a vote.
    public var vote: VoteResults? {
        if case .vote(let results) = aggregate { results } else { nil }
    }
}
