import NoaberAggregation
import Testing

/// Top-k ballots (a `rank` step with `top`, a paper evening where everyone writes down only their top two): the
/// unlisted items tie below the listed ones on that ballot, as README "Ranking conventions" says. Worked by hand.
struct RankingTopKTests {
    /// Five candidates, three ballots of two: A>B, B>A, A>C.
    private func report() throws -> RankingReport {
        RankingReport(
            try RankingProfile(
                candidates: ["A", "B", "C", "D", "E"], namedBallots: [["A", "B"], ["B", "A"], ["A", "C"]]))
    }

    @Test func positionalMethodsGiveUnlistedItemsTheMidrankOfTheRest() throws {
        let report = try report()
        // k = 2 of n = 5: unlisted items get (k + 1 + n) / 2 = 4. A: 1, 2, 1; B: 2, 1, 4; C: 4, 4, 2; D, E: 4.
        let third: Double = 1.0 / 3
        let means: [Double] = [4 * third, 7 * third, 10 * third, 4, 4]
        #expect(zip(report.meanRank.scores, means).allSatisfy { abs($0 - $1) < 1e-9 })
        // Borda: n − midrank per ballot.
        #expect(report.borda.scores == [11, 8, 5, 3, 3])
        #expect(report.borda.order == [[0], [1], [2], [3, 4]])
        #expect(report.plurality.scores == [2, 1, 0, 0, 0])
    }

    @Test func pairwiseMethodsCountOnlyWhatABallotOrders() throws {
        let report = try report()
        // A beats everyone (2:1 over B); B beats C 2:1, D and E 2:0; C beats D and E 1:0 (only ballot 3 orders
        // them); D and E are never ordered against each other.
        #expect(report.copeland.scores == [4, 2, 0, -3, -3])
        #expect(report.copeland.order == [[0], [1], [2], [3, 4]])
        #expect(report.schulze.order == [[0], [1], [2], [3, 4]])
        // A B C D E reverses B>A on ballot 2 and C>B on ballot 3: distance 2, and so does A B C E D; any other order
        // reverses more.
        let kemeny = try #require(report.kemenyYoung)
        #expect(kemeny.distance == 2)
        #expect(kemeny.optimalCount == 2)
        #expect(kemeny.rankings == [[0, 1, 2, 3, 4], [0, 1, 2, 4, 3]])
        #expect(kemeny.winners == [0])
    }
}
