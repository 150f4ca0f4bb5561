import Testing

@testable import NoaberAggregation

/// Small profiles whose results are worked out by hand in the comments.
struct RankingHandCheckedTests {
    private func profile(_ candidates: [String], _ ballots: [[String]]) throws -> RankingProfile {
        try RankingProfile(candidates: candidates, namedBallots: ballots)
    }

    @Test func unanimousBallotsGiveThatOrderAndFullAgreement() throws {
        let report = RankingReport(
            try profile(["A", "B", "C", "D"], Array(repeating: ["A", "B", "C", "D"], count: 3)))
        let full: ConsensusOrder = [[0], [1], [2], [3]]
        #expect(report.borda.order == full)
        #expect(report.copeland.order == full)
        #expect(report.schulze.order == full)
        #expect(report.meanRank.order == full)
        #expect(report.kemenyYoung?.order == full)
        #expect(report.kemenyYoung?.distance == 0)
        #expect(report.kemenyYoung?.optimalCount == 1)
        // Plurality and instant runoff only see first places: B, C and D all have none and go out together.
        #expect(report.plurality.order == [[0], [1, 2, 3]])
        #expect(report.instantRunoff.order == [[0], [1, 2, 3]])
        #expect(report.kendallW == 1)
        #expect(report.distancesToKemeny == [0, 0, 0])
        #expect(report.borda.scores == [9, 6, 3, 0])
    }

    @Test func condorcetCycleTiesWhereTheMethodsSayItTies() throws {
        // A>B, B>C and C>A each 2:1. Every cyclic rotation costs 4, every other order 5.
        let report = RankingReport(
            try profile(["A", "B", "C"], [["A", "B", "C"], ["B", "C", "A"], ["C", "A", "B"]]))
        #expect(report.copeland.order == [[0, 1, 2]])
        #expect(report.copeland.scores == [0, 0, 0])
        #expect(report.schulze.order == [[0, 1, 2]])
        #expect(report.schulze.beats == [0, 0, 0])
        let kemeny = try #require(report.kemenyYoung)
        #expect(kemeny.distance == 4)
        #expect(kemeny.optimalCount == 3)
        #expect(kemeny.rankings == [[0, 1, 2], [1, 2, 0], [2, 0, 1]])
        #expect(kemeny.winners == [0, 1, 2])
        #expect(kemeny.order == [[0], [1], [2]])
        #expect(report.borda.order == [[0, 1, 2]])
        #expect(report.kendallW == 0)
        #expect(report.instantRunoff.rounds.count == 1)
        #expect(report.instantRunoff.rounds.first?.eliminated == [])
        #expect(report.instantRunoff.winners == [0, 1, 2])
    }

    @Test func allBallotsEmptyTiesEverything() throws {
        let report = RankingReport(try profile(["A", "B", "C"], [[], []]))
        #expect(report.borda.order == [[0, 1, 2]])
        #expect(report.borda.scores == [2, 2, 2])
        #expect(report.meanRank.scores == [2, 2, 2])
        #expect(report.copeland.order == [[0, 1, 2]])
        #expect(report.schulze.order == [[0, 1, 2]])
        #expect(report.plurality.scores == [0, 0, 0])
        #expect(report.kemenyYoung?.optimalCount == 6)
        #expect(report.kemenyYoung?.distance == 0)
        #expect(report.kemenyYoung?.rankings.count == 6)
        #expect(report.kendallW == nil)
        #expect(
            report.instantRunoff.rounds == [
                InstantRunoff.Round(
                    tally: [
                        .init(candidate: 0, votes: 0), .init(candidate: 1, votes: 0), .init(candidate: 2, votes: 0),
                    ],
                    exhausted: 2, eliminated: [])
            ])
    }

    @Test func oneVoterDecides() throws {
        let report = RankingReport(try profile(["A", "B", "C"], [["B", "A", "C"]]))
        for order in [report.borda.order, report.copeland.order, report.schulze.order, report.meanRank.order] {
            #expect(order == [[1], [0], [2]])
        }
        #expect(report.kemenyYoung?.rankings == [[1, 0, 2]])
        #expect(report.plurality.order == [[1], [0, 2]])
        #expect(report.instantRunoff.order == [[1], [0, 2]])
        // R = (2, 1, 3) around a mean of 2: S = 2; W = 12·2 / (1·24) = 1.
        #expect(report.kendallW == 1)
    }

    @Test func twoItems() throws {
        // Rank sums A = 4, B = 5 around 4.5: S = 0.5; W = 12·0.5 / (9·6) = 1/9.
        let report = RankingReport(try profile(["A", "B"], [["A", "B"], ["B", "A"], ["A", "B"]]))
        #expect(report.kemenyYoung?.order == [[0], [1]])
        #expect(report.kemenyYoung?.distance == 1)
        #expect(report.instantRunoff.rounds.map(\.eliminated) == [[1]])
        #expect(abs((report.kendallW ?? -1) - 1.0 / 9.0) < 1e-12)
        #expect(report.distancesToKemeny == [0, 1, 0])
    }

    @Test func truncatedBallotsShareTheUnlistedPlaces() throws {
        // [A]: A 1, B 2.5, C 2.5 · [B, A]: B 1, A 2, C 3 · [C]: C 1, A 2.5, B 2.5.
        let report = RankingReport(try profile(["A", "B", "C"], [["A"], ["B", "A"], ["C"]]))
        #expect(report.meanRank.scores == [5.5 / 3, 2, 6.5 / 3])
        #expect(report.borda.scores == [3.5, 3, 2.5])
        // Pairwise A:B 1:1, A:C 2:1, B:C 1:1.
        #expect(report.copeland.scores == [1, 0, -1])
        #expect(report.copeland.order == [[0], [1], [2]])
        #expect(report.schulze.order == [[0, 1], [2]])
        let kemeny = try #require(report.kemenyYoung)
        #expect(kemeny.distance == 3)
        #expect(kemeny.rankings == [[0, 1, 2], [0, 2, 1], [1, 0, 2]])
        #expect(kemeny.winners == [0, 1])
        #expect(report.distancesToKemeny == [0, 1, 2])
        // S = 0.25 + 0 + 0.25; ΣT = 6 + 0 + 6; W = 6 / (9·24 − 3·12) = 1/30.
        #expect(abs((report.kendallW ?? -1) - 1.0 / 30.0) < 1e-12)
        let spreadA = try #require(report.spreads.first)
        #expect(
            spreadA
                == RankSpread(
                    candidate: 0, minimum: 1, lowerQuartile: 1.5, median: 2, upperQuartile: 2.25, maximum: 2.5))
    }

    @Test func instantRunoffEliminatesTheFewestTogetherAndCountsExhaustedBallots() throws {
        let report = RankingReport(
            try profile(["A", "B", "C", "D"], [["A"], ["A"], ["B", "C"], ["C"], ["C"], ["D", "B"]]))
        let result = report.instantRunoff
        // Round 1: A 2, B 1, C 2, D 1 → B and D out. Round 2: A 2, C 3, [D, B] exhausted → A out. C alone: no round.
        #expect(result.rounds.map(\.eliminated) == [[1, 3], [0]])
        #expect(result.rounds.map(\.exhausted) == [0, 1])
        #expect(result.rounds.last?.tally == [.init(candidate: 0, votes: 2), .init(candidate: 2, votes: 3)])
        #expect(result.order == [[2], [0], [1, 3]])
        #expect(result.winners == [2])
        #expect(report.plurality.order == [[0, 2], [1, 3]])
    }

    @Test(arguments: [
        (0.05, "Er is nauwelijks overeenstemming in de groep over de volgorde (W = 0,05)."),
        (0.1, "Er is zwakke overeenstemming in de groep over de volgorde (W = 0,10)."),
        (0.42, "Er is matige overeenstemming in de groep over de volgorde (W = 0,42)."),
        (0.5, "Er is behoorlijke overeenstemming in de groep over de volgorde (W = 0,50)."),
        (0.875, "Er is sterke overeenstemming in de groep over de volgorde (W = 0,88)."),
    ])
    func agreementSentence(w: Double, sentence: String) {
        #expect(KendallW.sentence(for: w) == sentence)
    }

    @Test func agreementSentenceInEnglishAndUndefined() {
        #expect(KendallW.sentence(for: 0.71, in: .en) == "The group agrees strongly on the order (W = 0.71).")
        #expect(
            KendallW.sentence(for: nil)
                == "De mate van overeenstemming is niet te bepalen: er is maar één item of niemand heeft gerangschikt.")
    }

    @Test func kemenyRefusesMoreThanTwentyCandidatesButTheReportGoesOn() {
        let names = (1...21).map { "W\($0)" }
        let report = RankingReport(RankingProfile(candidates: names, ballots: [Array(0..<21)]))
        #expect(report.kemenyYoung == nil)
        #expect(report.distancesToKemeny == nil)
        #expect(
            report.kemenyRefusal?.rendered()
                == "fout: Kemeny-Young wordt exact berekend voor hoogstens 20 kandidaten; hier zijn het er 21")
        #expect(report.schulze.order == (0..<21).map { [$0] })
        #expect(report.order(by: .kemenyYoung) == report.schulze.order)
    }
}
