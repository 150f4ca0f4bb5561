import NoaberAggregation
import Testing

/// Exact Kemeny–Young against brute force on small profiles, and against optima that can be proved by hand at
/// 17–20 items, where brute force (up to 20! orders) is out of reach.
///
/// The proofs rest on one bound: a ranking pays, for each pair, the ballots preferring the pair the other way, so
/// every ranking costs at least `Σ_{pairs} min(prefer(a, b), prefer(b, a))`; a ranking meeting the bound is
/// optimal, and when no pair is tied it is the only one.
struct KemenyYoungReferenceTests {
    /// The total Kendall-tau distance of `ranking` to the ballots behind `matrix`.
    private static func cost(_ ranking: [Int], _ matrix: PairwiseMatrix) -> Int {
        var total = 0
        for (position, above) in ranking.enumerated() {
            for below in ranking[(position + 1)...] { total += matrix[below, above] }
        }
        return total
    }

    private static func lowerBound(_ matrix: PairwiseMatrix) -> Int {
        var total = 0
        for a in 0..<matrix.count {
            for b in (a + 1)..<matrix.count { total += min(matrix[a, b], matrix[b, a]) }
        }
        return total
    }

    private static func names(_ n: Int) -> [String] { (0..<n).map { "K\($0)" } }

    @Test(arguments: [101, 102, 103] as [UInt64])
    func eightItemsMatchBruteForce(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let all = Permutations.all(8)
        for round in 0..<4 {
            // Few voters make many ties (many optimal orders); more voters make few.
            let voters = [2, 3, 7, 25][round]
            let profile = RandomProfiles.make(
                candidates: 8, voters: voters, truncate: round % 2 == 0, using: &generator)
            let matrix = PairwiseMatrix(profile)
            let kemeny = try KemenyYoung.result(for: matrix)
            let costs = all.map { Self.cost($0, matrix) }
            let least = try #require(costs.min())
            let optimal = all.indices.filter { costs[$0] == least }.map { all[$0] }
            #expect(kemeny.distance == least)
            #expect(kemeny.optimalCount == optimal.count)
            #expect(kemeny.rankings == Array(optimal.prefix(KemenyYoung.listedRankingsLimit)))
            #expect(kemeny.winners == Set(optimal.map { $0[0] }).sorted())
            // A cut k: every optimal order has the same k candidates on top.
            let cuts = (0...8).filter { k in Set(optimal.map { Set($0.prefix(k)) }).count == 1 }
            #expect(kemeny.cuts == cuts)
        }
    }

    /// Identical full ballots: their order costs 0 and every other order reverses a unanimous pair.
    @Test(arguments: [17, 18, 19, 20])
    func identicalBallotsAreTheOnlyOptimum(items: Int) throws {
        var generator = SplitMix64(seed: UInt64(items))
        let order = Array(0..<items).shuffled(using: &generator)
        let kemeny = try KemenyYoung.result(
            for: RankingProfile(candidates: Self.names(items), ballots: [order, order]))
        #expect(kemeny.distance == 0)
        #expect(kemeny.optimalCount == 1)
        #expect(kemeny.rankings == [order])
        #expect(kemeny.winners == [order[0]])
    }

    /// A shared order on more ballots than the noise: every pair's majority follows it, so it meets the lower
    /// bound, and with no pair tied it is the only optimum.
    @Test(arguments: [(17, 201), (18, 202), (19, 203), (20, 204)] as [(Int, UInt64)])
    func aSharedOrderOutvotingNoiseIsTheOnlyOptimum(items: Int, seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let order = Array(0..<items).shuffled(using: &generator)
        let noise = RandomProfiles.make(candidates: items, voters: 6, truncate: true, using: &generator).ballots
        let profile = RankingProfile(
            candidates: Self.names(items), ballots: noise + Array(repeating: order, count: 7))
        let matrix = PairwiseMatrix(profile)
        let kemeny = try KemenyYoung.result(for: matrix)
        #expect(kemeny.distance == Self.lowerBound(matrix))
        #expect(kemeny.distance == Self.cost(order, matrix))
        #expect(kemeny.optimalCount == 1)
        #expect(kemeny.rankings == [order])
        #expect(kemeny.winners == [order[0]])
    }

    /// Ten pairs of twins in a fixed order: every ballot keeps the pairs' order, and half the ballots put each
    /// twin first. Cross pairs are unanimous and twin pairs tied, so the optimal orders are exactly the pair order
    /// with each pair either way round: 2¹⁰ of them, listed from the one with every pair in index order.
    @Test func twentyItemsOfTiedTwinsHave1024OptimalOrders() throws {
        let pairs = 10
        let inOrder: [Int] = (0..<pairs).flatMap { (pair: Int) -> [Int] in [2 * pair, 2 * pair + 1] }
        let swappedOrder: [Int] = (0..<pairs).flatMap { (pair: Int) -> [Int] in [2 * pair + 1, 2 * pair] }
        let ballots = [inOrder, swappedOrder]
        let matrix = PairwiseMatrix(RankingProfile(candidates: Self.names(2 * pairs), ballots: ballots))
        let kemeny = try KemenyYoung.result(for: matrix)
        #expect(kemeny.distance == pairs)
        #expect(kemeny.optimalCount == 1024)
        #expect(kemeny.rankings.count == KemenyYoung.listedRankingsLimit)
        #expect(kemeny.canonical == Array(0..<20))
        #expect(kemeny.winners == [0, 1])
        // Every pair shares its two places, although only the first 100 orders (which differ in the last pairs
        // only) are listed.
        #expect(kemeny.cuts == Array(stride(from: 0, through: 20, by: 2)))
        // The listed orders are distinct, in lexicographic order, optimal, and keep every pair together.
        #expect(zip(kemeny.rankings, kemeny.rankings.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
        for ranking in kemeny.rankings {
            #expect(Self.cost(ranking, matrix) == pairs)
            #expect(ranking.enumerated().allSatisfy { $0.element / 2 == $0.offset / 2 })
        }
        // The hundredth in lexicographic order is number 99 = 0b00_0110_0011 written over the ten pairs, the
        // first pair the highest bit, a 1 swapping its pair.
        let swapped: Set<Int> = [3, 4, 8, 9]
        let hundredth: [Int] = (0..<pairs).flatMap { (pair: Int) -> [Int] in
            swapped.contains(pair) ? [2 * pair + 1, 2 * pair] : [2 * pair, 2 * pair + 1]
        }
        #expect(kemeny.rankings.last == hundredth)
    }

    /// The distances of many ballots at once match the pair-by-pair definition, one ballot at a time.
    @Test(arguments: [401, 402] as [UInt64])
    func distancesOfManyBallotsMatchTheDefinition(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<20 {
            let n = Int.random(in: 1...20, using: &generator)
            let profile = RandomProfiles.make(candidates: n, voters: 15, truncate: true, using: &generator)
            let ranking = Array(0..<n).shuffled(using: &generator)
            #expect(
                KendallTau.distances(ballots: profile.ballots, to: ranking)
                    == profile.ballots.map { KendallTau.distance(ballot: $0, to: ranking) })
        }
    }

    /// No ballots at twenty items: all 20! orders are optimal, counted without overflow.
    @Test func twentyItemsWithoutBallotsCountEveryOrder() throws {
        let kemeny = try KemenyYoung.result(for: RankingProfile(candidates: Self.names(20), ballots: []))
        #expect(kemeny.distance == 0)
        #expect(kemeny.optimalCount == 2_432_902_008_176_640_000)
        #expect(kemeny.rankings.first == Array(0..<20))
        #expect(kemeny.winners == Array(0..<20))
    }

    /// Random noisy profiles at 17–20 items: the canonical ranking's cost is the reported distance, no ranking
    /// found by local search from many random starts does better, and every listed ranking costs the same.
    @Test(arguments: [(17, 301), (19, 302), (20, 303)] as [(Int, UInt64)])
    func noLocalSearchBeatsTheExactOptimum(items: Int, seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let profile = RandomProfiles.make(candidates: items, voters: 11, truncate: true, using: &generator)
        let matrix = PairwiseMatrix(profile)
        let kemeny = try KemenyYoung.result(for: matrix)
        #expect(kemeny.rankings.allSatisfy { Self.cost($0, matrix) == kemeny.distance })
        let canonicalCost = profile.ballots.reduce(0) { $0 + KendallTau.distance(ballot: $1, to: kemeny.canonical) }
        #expect(canonicalCost == kemeny.distance)
        #expect(kemeny.distance >= Self.lowerBound(matrix))
        var bestFound = Int.max
        for _ in 0..<12 {
            var ranking = Array(0..<items).shuffled(using: &generator)
            var cost = Self.cost(ranking, matrix)
            // Move one item to another place while that lowers the cost.
            var improved = true
            while improved {
                improved = false
                for from in 0..<items {
                    for to in 0..<items where to != from {
                        var moved = ranking
                        moved.insert(moved.remove(at: from), at: to)
                        let movedCost = Self.cost(moved, matrix)
                        if movedCost < cost { (ranking, cost, improved) = (moved, movedCost, true) }
                    }
                }
            }
            bestFound = min(bestFound, cost)
        }
        #expect(bestFound >= kemeny.distance)
    }
}
