public import NoaberCore

/// A ranking step's results: every method's order, agreement and spread (`RankingReport`) over the participants'
/// ballots, and the one order that counts as the group's.
public struct RankResults: Sendable {
    public var items: [Item]
    /// Ballot owners, in the order of `report.profile.ballots` (order of first input).
    public var participants: [ParticipantID]
    public var report: RankingReport
    /// The method the step names.
    public var requestedMethod: RankMethod
    /// The method that gives the group's order: the step's own, or Schulze when the step asks for Kemeny–Young and
    /// there are more items than it computes exactly. Decided here and nowhere else.
    public var method: RankMethod
    /// The group's order by `method`, as tiers of tied items (indices into `items`).
    public var order: ConsensusOrder
    /// Whether the items are common to every participant. A step whose items are each participant's own top of an
    /// earlier ranking has none, and its consensus is not a group result.
    public var hasCommonItems: Bool
    private var ballotIndex: [ParticipantID: Int]

    /// `nil` when the step has no items. A participant's ballot keeps the known items in their order, once each.
    public init?(settings: RankSettings, items: [Item], inputs: [InputRecord]) {
        guard !items.isEmpty else { return nil }
        let position = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var participants: [ParticipantID] = []
        var ballots: [[Int]] = []
        var ballotIndex: [ParticipantID: Int] = [:]
        for record in inputs {
            guard case .rank(let order) = record.input else { continue }
            var seen = Set<Int>()
            let ballot = order.compactMap { position[$0] }.filter { seen.insert($0).inserted }
            if let existing = ballotIndex[record.participant] {
                ballots[existing] = ballot
            } else {
                ballotIndex[record.participant] = participants.count
                participants.append(record.participant)
                ballots.append(ballot)
            }
        }
        self.items = items
        self.participants = participants
        self.ballotIndex = ballotIndex
        requestedMethod = settings.method
        report = RankingReport(RankingProfile(candidates: items.map(\.text), ballots: ballots))
        let exact = items.count <= KemenyYoung.maximumCandidates
        method = settings.method == .kemenyYoung && !exact ? .schulze : settings.method
        order = report.order(by: method)
        if case .topOfRanking = settings.items { hasCommonItems = false } else { hasCommonItems = true }
    }

    /// Whether the step's own method could not give the order (see `method`).
    public var fellBack: Bool { method != requestedMethod }

    /// Where the group's order is not the only one: Kemeny–Young's optimal rankings that differ, or the tiers of
    /// the method that gave the order.
    public var ties: RankTies {
        if method == .kemenyYoung, let kemeny = report.kemenyYoung { return RankTies(kemeny: kemeny) }
        return RankTies(tiers: order)
    }

    /// The group's order flattened (ties in item order), for Kendall-tau distances.
    public var consensus: [Int] { order.flatMap { $0 } }

    /// The participant's ballot (indices into `items`), or `nil` when they did not rank.
    public func ballot(of participant: ParticipantID) -> [Int]? {
        ballotIndex[participant].map { report.profile.ballots[$0] }
    }

    /// A tie group as text: "Vrijheid = Gelijkheid".
    public func names(_ group: [Int]) -> String { group.map { items[$0].text }.joined(separator: " = ") }
}

/// Where the group's order is not one order: items that share places. With Kemeny–Young these are the places
/// where the optimal rankings differ (several rankings fit the ballots equally well); with the other methods the
/// tiers of tied items.
public struct RankTies: Sendable, Equatable {
    /// A run of places `from`…`to` (1-based, inclusive) whose items can stand in more than one order.
    public struct SharedPlaces: Sendable, Equatable {
        public var from: Int
        public var to: Int
        /// The items sharing these places, in the order of the group's (canonical) order.
        public var items: [Int]
    }

    /// How many full rankings are optimal (Kemeny–Young); 1 for the other methods.
    public var optimalRankings: Int
    /// Every item that heads some optimal ranking (or shares the first tier), in item order.
    public var coWinners: [Int]
    /// The runs of shared places, best first; empty when the order is unique.
    public var shared: [SharedPlaces]

    public var isEmpty: Bool { shared.isEmpty }

    /// From tiers: each tier of more than one item shares its places.
    init(tiers: [[Int]]) {
        var shared: [SharedPlaces] = []
        var place = 1
        for tier in tiers {
            if tier.count > 1 { shared.append(SharedPlaces(from: place, to: place + tier.count - 1, items: tier)) }
            place += tier.count
        }
        optimalRankings = 1
        coWinners = (tiers.first ?? []).sorted()
        self.shared = shared
    }

    /// From Kemeny–Young's cuts: the places between two cuts more than one apart are shared.
    init(kemeny: KemenyYoung.Result) {
        let canonical = kemeny.canonical
        shared = zip(kemeny.cuts, kemeny.cuts.dropFirst()).compactMap { from, to in
            to - from > 1 ? SharedPlaces(from: from + 1, to: to, items: Array(canonical[from..<to])) : nil
        }
        optimalRankings = kemeny.optimalCount
        coWinners = kemeny.winners
    }

    /// The places an item can have: `(4, 6)` when it shares places 4 to 6, `(p, p)` otherwise.
    public func places(of item: Int, at position: Int) -> (from: Int, to: Int) {
        for run in shared where run.items.contains(item) { return (run.from, run.to) }
        return (position + 1, position + 1)
    }
}
