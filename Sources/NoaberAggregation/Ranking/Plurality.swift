/// Plurality: the number of first places; most is best. An empty ballot counts for nobody.
public enum Plurality {
    public static func result(for profile: RankingProfile) -> ScoredConsensus {
        var votes = [Int](repeating: 0, count: profile.candidateCount)
        for ballot in profile.ballots {
            if let first = ballot.first { votes[first] += 1 }
        }
        return ScoredConsensus(
            order: TieGroups.order(keys: votes, higherIsBetter: true), scores: votes.map(Double.init))
    }
}
