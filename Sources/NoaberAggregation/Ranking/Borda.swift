/// Borda count: a ballot gives each candidate `n − midrank` points; most points is best.
///
/// With midranks an unlisted candidate on a ballot listing `k` of `n` gets `n − (k + 1 + n) / 2` points, so a
/// truncated ballot shares the points of the unlisted places equally.
public enum Borda {
    public static func result(for profile: RankingProfile) -> ScoredConsensus {
        let n = profile.candidateCount
        let m = profile.voterCount
        // Twice the points: 2n − 2·midrank per ballot, exact integers.
        let doubled = Midranks.doubledSums(profile).map { 2 * n * m - $0 }
        let order = TieGroups.order(keys: doubled, higherIsBetter: true)
        return ScoredConsensus(order: order, scores: doubled.map { Double($0) / 2 })
    }
}
