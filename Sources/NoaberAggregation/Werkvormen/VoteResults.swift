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

/// Counts of a `vote` step: single or multiple choice (one vote per chosen item) or dot-voting (dots summed).
///
/// Conventions: a participant who submits more than once is counted by their last submission (a revision).
/// Choices of items the step does not have, a choice repeated within one submission, and negative dots are not
/// counted and are reported in `rejected`. Dots of 0 are allowed and count nothing. `blank` counts participants
/// whose last submission chose nothing (or spent no dots).
public struct VoteTally: Sendable, Equatable {
    public struct ItemCount: Sendable, Equatable {
        public var item: Item.ID
        /// Votes (choice) or dots (dot-voting).
        public var votes: Int
        /// Participants who gave this item at least one vote or dot.
        public var voters: Int
        /// `votes` as a fraction of all votes cast; `nil` when none were cast.
        public var share: Double?
    }

    /// In the order of the step's items.
    public var items: [ItemCount]
    /// Most votes first; ties in item order.
    public var order: [[Item.ID]]
    /// The first group of `order`; empty when no votes were cast.
    public var winners: [Item.ID]
    /// Participants counted.
    public var participants: Int
    public var blank: Int
    public var rejected: Int

    /// Single or multiple choice: each participant's chosen items.
    public init(items: [Item], choices: [(participant: String, items: [Item.ID])]) {
        self.init(
            items: items, submissions: choices.map { ($0.participant, $0.items.map { ItemScore(item: $0, value: 1) }) },
            choosing: true)
    }

    /// Dot-voting: each participant's dots per item (an item listed twice adds up).
    public init(items: [Item], dots: [(participant: String, dots: [ItemScore])]) {
        self.init(items: items, submissions: dots.map { ($0.participant, $0.dots) }, choosing: false)
    }

    private init(items: [Item], submissions dots: [(String, [ItemScore])], choosing: Bool) {
        var last: [String: [ItemScore]] = [:]
        var order: [String] = []
        for (participant, given) in dots {
            if last[participant] == nil { order.append(participant) }
            last[participant] = given
        }
        let position = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var votes = [Int](repeating: 0, count: items.count)
        var voters = [Int](repeating: 0, count: items.count)
        var blank = 0
        var rejected = 0
        for participant in order {
            var mine = [Int](repeating: 0, count: items.count)
            for score in last[participant] ?? [] {
                guard let index = position[score.item], score.value >= 0, !(choosing && mine[index] > 0) else {
                    rejected += 1
                    continue
                }
                mine[index] += score.value
            }
            if mine.allSatisfy({ $0 == 0 }) { blank += 1 }
            for index in items.indices where mine[index] > 0 {
                votes[index] += mine[index]
                voters[index] += 1
            }
        }
        let total = votes.reduce(0, +)
        self.items = items.indices.map { index in
            ItemCount(
                item: items[index].id, votes: votes[index], voters: voters[index],
                share: total == 0 ? nil : Double(votes[index]) / Double(total))
        }
        let groups = items.isEmpty ? [] : TieGroups.order(keys: votes, higherIsBetter: true)
        self.order = groups.map { $0.map { items[$0].id } }
        self.winners = total == 0 ? [] : self.order.first ?? []
        self.participants = order.count
        self.blank = blank
        self.rejected = rejected
    }
}
