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
        // A listed candidate beats everyone except itself and the candidates listed before it. Counting "beats
        // everyone" once per row and taking off the few it does not beat costs k²/2 per ballot of k names
        // instead of k·n, so short ballots among many candidates stay cheap.
        var beatsAll = [Int](repeating: 0, count: n)
        // Indices rather than slices of the ballot: a slice per name cost a retain and a release each.
        for ballot in profile.ballots {
            for position in ballot.indices {
                let a = ballot[position]
                beatsAll[a] += 1
                let row = a * n
                for earlier in 0...position { counts[row + ballot[earlier]] -= 1 }
            }
        }
        for a in 0..<n where beatsAll[a] > 0 {
            let row = a * n
            for b in 0..<n { counts[row + b] += beatsAll[a] }
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
    /// Twice the sum over all ballots of each candidate's rank.
    static func doubledSums(_ profile: RankingProfile) -> [Int] {
        let n = profile.candidateCount
        var sums = [Int](repeating: 0, count: n)
        // Everyone gets the unlisted rank first (summed once for all candidates, so a ballot costs its length, not
        // n); listed candidates are then corrected to their position.
        var unlistedTotal = 0
        for ballot in profile.ballots {
            let unlisted = ballot.count + 1 + n
            unlistedTotal += unlisted
            for (position, candidate) in ballot.enumerated() { sums[candidate] += 2 * (position + 1) - unlisted }
        }
        return sums.map { $0 + unlistedTotal }
    }
}
