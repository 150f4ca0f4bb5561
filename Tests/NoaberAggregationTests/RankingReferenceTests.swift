import Testing

@testable import NoaberAggregation

/// The counting shortcuts that keep `noaber rank` fast with many candidates (pairwise counts, midrank sums,
/// spreads from counts, instant runoff that moves only eliminated ballots, Schulze layers by in-degree) must give
/// exactly what the plain definitions give. The references below are those definitions, written the slow way.
struct RankingReferenceTests {
    private static func midranks(_ ballot: [Int], _ n: Int) -> [Double] {
        var ranks = [Double](repeating: Double(ballot.count + 1 + n) / 2, count: n)
        for (position, candidate) in ballot.enumerated() { ranks[candidate] = Double(position + 1) }
        return ranks
    }

    private static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let position = Double(sorted.count - 1) * q
        let lower = Int(position.rounded(.down))
        let fraction = position - Double(lower)
        guard lower + 1 < sorted.count, fraction > 0 else { return sorted[lower] }
        return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower])
    }

    private static func referenceRunoff(_ profile: RankingProfile) -> (winners: [Int], rounds: [InstantRunoff.Round]) {
        let n = profile.candidateCount
        var isIn = [Bool](repeating: true, count: n)
        var rounds: [InstantRunoff.Round] = []
        while isIn.filter({ $0 }).count > 1 {
            var votes = [Int](repeating: 0, count: n)
            var exhausted = 0
            for ballot in profile.ballots {
                if let top = ballot.first(where: { isIn[$0] }) { votes[top] += 1 } else { exhausted += 1 }
            }
            let remaining = (0..<n).filter { isIn[$0] }
            let fewest = remaining.map { votes[$0] }.min() ?? 0
            let out = remaining.filter { votes[$0] == fewest }
            let tally = remaining.map { InstantRunoff.Tally(candidate: $0, votes: votes[$0]) }
            if out.count == remaining.count {
                rounds.append(InstantRunoff.Round(tally: tally, exhausted: exhausted, eliminated: []))
                return (remaining, rounds)
            }
            rounds.append(InstantRunoff.Round(tally: tally, exhausted: exhausted, eliminated: out))
            for candidate in out { isIn[candidate] = false }
        }
        return ((0..<n).filter { isIn[$0] }, rounds)
    }

    @Test(arguments: [51, 52, 53, 54] as [UInt64])
    func shortcutsMatchTheDefinitions(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<30 {
            let n = Int.random(in: 1...40, using: &generator)
            let profile = RandomProfiles.make(
                candidates: n, voters: Int.random(in: 0...30, using: &generator),
                truncate: Bool.random(using: &generator), using: &generator)
            let report = RankingReport(profile)

            let matrix = PairwiseMatrix(profile)
            let ballotRanks = profile.ballots.map { Self.midranks($0, n) }
            for a in 0..<n {
                for b in 0..<n {
                    let expected = ballotRanks.filter { $0[a] < $0[b] }.count
                    #expect(matrix[a, b] == expected)
                }
            }

            let rankLists = (0..<n).map { candidate in
                ballotRanks.map { $0[candidate] }.sorted()
            }
            if profile.ballots.isEmpty {
                #expect(report.spreads.isEmpty)
            } else {
                #expect(
                    report.spreads
                        == rankLists.enumerated().map { candidate, sorted in
                            RankSpread(
                                candidate: candidate, minimum: sorted[0], lowerQuartile: Self.quantile(sorted, 0.25),
                                median: Self.quantile(sorted, 0.5), upperQuartile: Self.quantile(sorted, 0.75),
                                maximum: sorted[sorted.count - 1])
                        })
                let means = rankLists.map { $0.reduce(0, +) / Double($0.count) }
                for (candidate, mean) in means.enumerated() {
                    #expect(abs(report.meanRank.scores[candidate] - mean) < 1e-9)
                }
            }

            let runoff = Self.referenceRunoff(profile)
            #expect(report.instantRunoff.winners == runoff.winners)
            #expect(report.instantRunoff.rounds == runoff.rounds)

            // Schulze layers: each group is exactly the remaining candidates no remaining candidate beats.
            let strengths = report.schulze.strengths
            func beats(_ a: Int, _ b: Int) -> Bool { strengths[a * n + b] > strengths[b * n + a] }
            var remaining = Array(0..<n)
            var layers: [[Int]] = []
            while !remaining.isEmpty {
                let unbeaten = remaining.filter { a in !remaining.contains { beats($0, a) } }
                layers.append(unbeaten)
                remaining.removeAll { unbeaten.contains($0) }
            }
            #expect(report.schulze.order == layers)
        }
    }

    @Test func kendallWAtTheLimitsDoesNotOverflow() throws {
        // m²(n³−n) is 10¹⁹ here, past 64-bit integers. W of identical ballots does not depend on their number.
        let names = (0..<1000).map { "K\($0)" }
        let one = try #require(KendallW.coefficient(for: RankingProfile(candidates: names, ballots: [[3, 1]])))
        let many = RankingProfile(candidates: names, ballots: Array(repeating: [3, 1], count: 100_000))
        let w = try #require(KendallW.coefficient(for: many))
        #expect(abs(w - one) < 1e-12)
        #expect(
            KendallW.coefficient(for: RankingProfile(candidates: names, ballots: Array(repeating: [], count: 100_000)))
                == nil)
    }
}
