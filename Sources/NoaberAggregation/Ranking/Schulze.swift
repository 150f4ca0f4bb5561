/// Schulze method, winning-votes variant, with its full ranking.
///
/// The direct link from `a` to `b` is the number of ballots preferring `a` to `b` when that beats the reverse
/// count, else 0. Strongest paths follow by Floyd–Warshall (a path is as strong as its weakest link). `a` beats `b`
/// when the strongest path from `a` to `b` is stronger than the one back. That relation is transitive, so the
/// order peels off, again and again, the remaining candidates beaten by no remaining candidate.
public enum Schulze {
    public struct Result: Sendable, Equatable {
        public var order: ConsensusOrder
        /// Candidates beaten by nobody: the first group of `order`.
        public var winners: [Int]
        /// How many candidates each candidate beats, in candidate order.
        public var beats: [Int]
        /// Row-major strongest path strengths, `strengths[a * n + b]`.
        public var strengths: [Int]
    }

    public static func result(for profile: RankingProfile) -> Result {
        result(for: PairwiseMatrix(profile))
    }

    public static func result(for matrix: PairwiseMatrix) -> Result {
        let n = matrix.count
        var p = [Int](repeating: 0, count: n * n)
        for a in 0..<n {
            for b in 0..<n where a != b && matrix[a, b] > matrix[b, a] { p[a * n + b] = matrix[a, b] }
        }
        // Floyd–Warshall is the one cubic step (10⁹ at the 1,000 candidates `noaber rank` reads at most); the
        // buffer skips the bounds checks of the innermost loop.
        p.withUnsafeMutableBufferPointer { p in
            for i in 0..<n {
                for j in 0..<n where j != i {
                    let ji = p[j * n + i]
                    if ji == 0 { continue }
                    let rowI = i * n
                    let rowJ = j * n
                    for k in 0..<n where k != i && k != j {
                        let through = min(ji, p[rowI + k])
                        if through > p[rowJ + k] { p[rowJ + k] = through }
                    }
                }
            }
        }
        func beats(_ a: Int, _ b: Int) -> Bool { p[a * n + b] > p[b * n + a] }

        var beatCounts = [Int](repeating: 0, count: n)
        for a in 0..<n {
            for b in 0..<n where a != b && beats(a, b) { beatCounts[a] += 1 }
        }
        // Peeling layer by layer with in-degrees (how many remaining candidates beat each one): n² in all,
        // where filtering the remaining candidates against each other every round cost n³.
        var beatenBy = [Int](repeating: 0, count: n)
        for a in 0..<n {
            for b in 0..<n where a != b && beats(a, b) { beatenBy[b] += 1 }
        }
        var remaining = Array(0..<n)
        var order: ConsensusOrder = []
        while !remaining.isEmpty {
            let unbeaten = remaining.filter { beatenBy[$0] == 0 }
            // Transitivity guarantees a maximal element; the guard only keeps a broken invariant from looping.
            precondition(!unbeaten.isEmpty, "Schulze relation must be acyclic")
            order.append(unbeaten)
            remaining.removeAll { beatenBy[$0] == 0 }
            for a in unbeaten {
                beatenBy[a] = -1
                for b in remaining where beats(a, b) { beatenBy[b] -= 1 }
            }
        }
        return Result(order: order, winners: order.first ?? [], beats: beatCounts, strengths: p)
    }
}
