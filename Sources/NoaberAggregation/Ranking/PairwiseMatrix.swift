/// How many ballots put one candidate strictly above another.
///
/// A listed candidate is above every candidate listed after it and above every unlisted one; two unlisted
/// candidates count for neither. Copeland, Schulze and Kemeny–Young all start from this matrix.
public struct PairwiseMatrix: Sendable, Equatable {
    public let count: Int
    /// Row-major: `counts[a * count + b]` ballots prefer `a` to `b`.
    public let counts: [Int]

    public init(_ profile: RankingProfile) {
        let n = profile.candidateCount
        var counts = [Int](repeating: 0, count: n * n)
        var listed = [Bool](repeating: false, count: n)
        for ballot in profile.ballots {
            for candidate in ballot { listed[candidate] = true }
            for (position, a) in ballot.enumerated() {
                let row = a * n
                // Below a: the candidates listed after it, then every unlisted one.
                for b in ballot[(position + 1)...] { counts[row + b] += 1 }
                for b in 0..<n where !listed[b] { counts[row + b] += 1 }
            }
            for candidate in ballot { listed[candidate] = false }
        }
        self.count = n
        self.counts = counts
    }

    /// Ballots that put `a` strictly above `b`.
    public subscript(a: Int, b: Int) -> Int { counts[a * count + b] }
}

/// Ranks of candidates on one ballot, midranks for the unlisted tie.
///
/// On a ballot listing `k` of `n` candidates, position `p` (1-based) has rank `p` and every unlisted candidate has
/// rank `(k + 1 + n) / 2`, the mean of the positions `k + 1 … n` they share. Kept doubled, as integers, so that
/// sums and comparisons are exact.
enum Midranks {
    /// Twice the rank of every candidate on `ballot`, in candidate order.
    static func doubled(_ ballot: [Int], candidateCount n: Int) -> [Int] {
        var ranks = [Int](repeating: ballot.count + 1 + n, count: n)
        for (position, candidate) in ballot.enumerated() { ranks[candidate] = 2 * (position + 1) }
        return ranks
    }

    /// Twice the sum over all ballots of each candidate's rank.
    static func doubledSums(_ profile: RankingProfile) -> [Int] {
        let n = profile.candidateCount
        var sums = [Int](repeating: 0, count: n)
        for ballot in profile.ballots {
            // Everyone gets the unlisted rank first; listed candidates are then corrected to their position.
            let unlisted = ballot.count + 1 + n
            for candidate in 0..<n { sums[candidate] += unlisted }
            for (position, candidate) in ballot.enumerated() { sums[candidate] += 2 * (position + 1) - unlisted }
        }
        return sums
    }
}
