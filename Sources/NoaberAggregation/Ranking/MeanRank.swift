/// Mean rank with midranks: lower is better.
///
/// Each candidate's rank on a ballot is its midrank (see `Midranks`); the score is the mean over all ballots.
/// Without ballots every candidate gets `(n + 1) / 2`, the rank an empty ballot gives, so that all tie.
public enum MeanRank {
    public static func result(for profile: RankingProfile) -> ScoredConsensus {
        let n = profile.candidateCount
        let m = profile.voterCount
        let sums = Midranks.doubledSums(profile)
        let order = TieGroups.order(keys: sums, higherIsBetter: false)
        let scores = sums.map { m == 0 ? Double(n + 1) / 2 : Double($0) / Double(2 * m) }
        return ScoredConsensus(order: order, scores: scores)
    }
}
