import NoaberAggregation
import Testing

/// Properties checked on many random profiles with fixed seeds.
struct RankingPropertyTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7] as [UInt64])
    func kemenyIsOptimalAndCountsEveryOptimalRankingByBruteForce(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        for round in 0..<8 {
            let n = 1 + (round + Int(seed)) % 7
            let profile = RandomProfiles.make(
                candidates: n, voters: Int.random(in: 1...9, using: &generator), truncate: round % 2 == 1,
                using: &generator)
            let kemeny = try KemenyYoung.result(for: profile)
            let totals = Permutations.all(n).map { ranking in
                (ranking, profile.ballots.reduce(0) { $0 + KendallTau.distance(ballot: $1, to: ranking) })
            }
            let least = try #require(totals.map(\.1).min())
            let optimal = totals.filter { $0.1 == least }.map(\.0)
            #expect(kemeny.distance == least)
            #expect(kemeny.optimalCount == optimal.count)
            #expect(kemeny.rankings == Array(optimal.prefix(KemenyYoung.listedRankingsLimit)))
            #expect(kemeny.winners == Array(Set(optimal.map { $0[0] })).sorted())
        }
    }

    @Test func kemenyListsOnlyTheFirstHundredOfManyOptimalRankings() throws {
        // Six candidates, no ballots: all 720 orders are optimal.
        let kemeny = try KemenyYoung.result(
            for: RankingProfile(candidates: ["a", "b", "c", "d", "e", "f"], ballots: []))
        #expect(kemeny.optimalCount == 720)
        #expect(kemeny.rankings == Array(Permutations.all(6).prefix(100)))
    }

    @Test func sixteenItemsAreExactAndCountedWithoutOverflow() throws {
        let names = (1...16).map { "Waarde \($0)" }
        let empty = try KemenyYoung.result(for: RankingProfile(candidates: names, ballots: []))
        // 16! full orders, all optimal at distance 0.
        #expect(empty.optimalCount == 20_922_789_888_000)
        #expect(empty.rankings.count == 100)
        #expect(empty.rankings.first == Array(0..<16))
        #expect(empty.rankings.last == Array(0..<11) + [15, 11, 13, 14, 12])
        var generator = SplitMix64(seed: 16)
        let profile = RandomProfiles.make(candidates: 16, voters: 9, truncate: true, using: &generator)
        let kemeny = try KemenyYoung.result(for: profile)
        let total = profile.ballots.reduce(0) { $0 + KendallTau.distance(ballot: $1, to: kemeny.canonical) }
        #expect(total == kemeny.distance)
        // No single swap of neighbours improves an optimal ranking.
        for position in 0..<15 {
            var swapped = kemeny.canonical
            swapped.swapAt(position, position + 1)
            let cost = profile.ballots.reduce(0) { $0 + KendallTau.distance(ballot: $1, to: swapped) }
            #expect(cost >= kemeny.distance)
        }
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func reversingEveryBallotReversesTheBordaOrder(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<40 {
            let profile = RandomProfiles.make(
                candidates: Int.random(in: 2...9, using: &generator), voters: Int.random(in: 1...15, using: &generator),
                truncate: false, using: &generator)
            let reversed = RankingProfile(
                candidates: profile.candidates, ballots: profile.ballots.map { $0.reversed() })
            #expect(Borda.result(for: reversed).order == Borda.result(for: profile).order.reversed())
        }
    }

    @Test(arguments: [21, 22, 23, 24] as [UInt64])
    func aCondorcetWinnerHeadsSchulzeCopelandAndKemeny(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        var found = 0
        for _ in 0..<60 {
            let profile = RandomProfiles.make(
                candidates: Int.random(in: 2...8, using: &generator), voters: Int.random(in: 1...11, using: &generator),
                truncate: Bool.random(using: &generator), using: &generator)
            let matrix = PairwiseMatrix(profile)
            let n = profile.candidateCount
            func beatsEveryone(_ c: Int) -> Bool { (0..<n).allSatisfy { $0 == c || matrix[c, $0] > matrix[$0, c] } }
            guard let winner = (0..<n).first(where: beatsEveryone) else { continue }
            found += 1
            #expect(Schulze.result(for: matrix).order.first == [winner])
            #expect(Copeland.result(for: matrix).order.first == [winner])
            let kemeny = try KemenyYoung.result(for: matrix)
            #expect(kemeny.winners == [winner])
            #expect(kemeny.rankings.allSatisfy { $0.first == winner })
        }
        // The check must not pass vacuously.
        #expect(found >= 10)
    }

    @Test(arguments: [31, 32, 33] as [UInt64])
    func resultsDoNotDependOnTheOrderOfTheBallots(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<25 {
            let profile = RandomProfiles.make(
                candidates: Int.random(in: 1...8, using: &generator), voters: Int.random(in: 0...14, using: &generator),
                truncate: Bool.random(using: &generator), using: &generator)
            let permutation = Array(profile.ballots.indices).shuffled(using: &generator)
            let shuffled = RankingProfile(
                candidates: profile.candidates, ballots: permutation.map { profile.ballots[$0] })
            var original = RankingReport(profile)
            var moved = RankingReport(shuffled)
            // Distances follow their ballots; everything else must be identical.
            #expect(
                moved.distancesToKemeny
                    == original.distancesToKemeny.map { distances in permutation.map { distances[$0] } })
            #expect(abs((moved.kendallW ?? -1) - (original.kendallW ?? -1)) < 1e-12)
            (original.profile, original.distancesToKemeny, original.kendallW) = (shuffled, nil, nil)
            (moved.distancesToKemeny, moved.kendallW) = (nil, nil)
            #expect(moved == original)
        }
    }

    @Test(arguments: [41, 42] as [UInt64])
    func concordanceStaysBetweenZeroAndOneAndDistancesAddUp(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<40 {
            let profile = RandomProfiles.make(
                candidates: Int.random(in: 2...10, using: &generator),
                voters: Int.random(in: 1...20, using: &generator),
                truncate: Bool.random(using: &generator), using: &generator)
            let report = RankingReport(profile)
            if let w = report.kendallW { #expect(w >= -1e-12 && w <= 1 + 1e-12) }
            let kemeny = try #require(report.kemenyYoung)
            #expect(report.distancesToKemeny?.reduce(0, +) == kemeny.distance)
            // Mean rank and Borda agree on the order: points are n·m minus the rank sum.
            #expect(report.meanRank.order == report.borda.order)
        }
    }
}
