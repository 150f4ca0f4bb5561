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
