/// Copeland: pairwise wins minus pairwise losses; highest is best.
///
/// `a` beats `b` when more ballots put `a` strictly above `b` than `b` above `a` (see `PairwiseMatrix`); an equal
/// count is neither a win nor a loss.
public enum Copeland {
    public static func result(for profile: RankingProfile) -> ScoredConsensus {
        result(for: PairwiseMatrix(profile))
    }

    public static func result(for matrix: PairwiseMatrix) -> ScoredConsensus {
        let n = matrix.count
        var scores = [Int](repeating: 0, count: n)
        for a in 0..<n {
            for b in 0..<n where a != b {
                if matrix[a, b] > matrix[b, a] { scores[a] += 1 } else if matrix[a, b] < matrix[b, a] { scores[a] -= 1 }
            }
        }
        return ScoredConsensus(
            order: TieGroups.order(keys: scores, higherIsBetter: true), scores: scores.map(Double.init))
    }
}
