public import NoaberCore

/// Exact Kemeny–Young for up to 16 candidates: the full rankings with the smallest total Kendall-tau distance to
/// the ballots, all of them counted.
///
/// The distance of a ballot to a ranking counts the pairs the ballot orders strictly (listed above listed, listed
/// above unlisted) that the ranking orders the other way; two unlisted candidates count nothing. Summed over
/// ballots this is, for every pair the ranking puts `a` above `b`, the ballots preferring `b` to `a`.
///
/// Dynamic programming over subsets, O(2ⁿ·n): `best(R)` is the least cost of ordering the set `R` of candidates
/// below everything else, choosing its top `c` at cost `Σ_{x ∈ R∖c} prefer(x, c)`. Optimal rankings are the paths
/// of optimal choices; walking them with the smallest index first gives them in lexicographic order of candidate
/// indices, the first being the canonical ranking.
public enum KemenyYoung {
    /// Largest candidate count computed exactly (2¹⁶ subsets).
    public static let maximumCandidates = 16
    /// Most optimal rankings listed in a result (all are counted).
    public static let listedRankingsLimit = 100

    public struct Result: Sendable, Equatable {
        /// The canonical ranking as singleton groups.
        public var order: ConsensusOrder
        /// Every candidate that heads some optimal ranking, in candidate order.
        public var winners: [Int]
        /// The optimal total Kendall-tau distance.
        public var distance: Int
        /// How many full rankings reach `distance`.
        public var optimalCount: Int
        /// Up to `listedRankingsLimit` optimal rankings in lexicographic order of candidate indices.
        public var rankings: [[Int]]

        /// The lexicographically first optimal ranking.
        public var canonical: [Int] { rankings.first ?? [] }
    }

    /// Kemeny–Young refused for more than `maximumCandidates` candidates (the other methods still run).
    public struct TooManyCandidates: UserFacingError, Equatable {
        public var count: Int

        public init(count: Int) { self.count = count }

        public func message(in language: Language) -> String {
            switch language {
            case .nl:
                "Kemeny-Young wordt exact berekend voor hoogstens \(KemenyYoung.maximumCandidates) kandidaten; "
                    + "hier zijn het er \(count)"
            case .en:
                "Kemeny-Young is computed exactly for at most \(KemenyYoung.maximumCandidates) candidates; "
                    + "there are \(count) here"
            }
        }
    }

    public static func result(for profile: RankingProfile) throws(TooManyCandidates) -> Result {
        try result(for: PairwiseMatrix(profile))
    }

    public static func result(for matrix: PairwiseMatrix) throws(TooManyCandidates) -> Result {
        let n = matrix.count
        guard n <= maximumCandidates else { throw TooManyCandidates(count: n) }
        let size = 1 << n
        // above[c << n | set]: ballots preferring some member of `set` to `c`, the cost of putting c above the set.
        var above = [Int](repeating: 0, count: n << n)
        for c in 0..<n {
            let base = c << n
            for set in 1..<size {
                let lowest = set.trailingZeroBitCount
                above[base | set] = above[base | (set & (set - 1))] + matrix[lowest, c]
            }
        }
        var best = [Int](repeating: 0, count: size)
        var ways = [Int](repeating: 0, count: size)
        ways[0] = 1
        for set in 1..<size {
            var least = Int.max
            var count = 0
            var bits = set
            while bits != 0 {
                let c = bits.trailingZeroBitCount
                bits &= bits - 1
                let rest = set & ~(1 << c)
                let cost = above[(c << n) | rest] + best[rest]
                if cost < least {
                    least = cost
                    count = ways[rest]
                } else if cost == least {
                    count += ways[rest]
                }
            }
            best[set] = least
            ways[set] = count
        }

        let all = size - 1
        func isOptimalTop(_ c: Int, of set: Int) -> Bool {
            let rest = set & ~(1 << c)
            return above[(c << n) | rest] + best[rest] == best[set]
        }
        var rankings: [[Int]] = []
        var prefix: [Int] = []
        func walk(_ set: Int) {
            if set == 0 {
                rankings.append(prefix)
                return
            }
            for c in 0..<n where set & (1 << c) != 0 && isOptimalTop(c, of: set) {
                prefix.append(c)
                walk(set & ~(1 << c))
                prefix.removeLast()
                if rankings.count == listedRankingsLimit { return }
            }
        }
        walk(all)
        let winners = (0..<n).filter { isOptimalTop($0, of: all) }
        let canonical = rankings.first ?? []
        return Result(
            order: canonical.map { [$0] }, winners: winners, distance: best[all], optimalCount: ways[all],
            rankings: rankings)
    }
}

/// Kendall-tau distance between a possibly truncated ballot and a full ranking.
public enum KendallTau {
    /// Pairs the ballot orders strictly (listed above listed, listed above unlisted) that `ranking` orders the
    /// other way. `ranking` lists every candidate once.
    public static func distance(ballot: [Int], to ranking: [Int]) -> Int {
        var place = [Int](repeating: 0, count: ranking.count)
        for (position, candidate) in ranking.enumerated() { place[candidate] = position }
        var listed = [Bool](repeating: false, count: ranking.count)
        for candidate in ballot { listed[candidate] = true }
        var disagreements = 0
        for (position, a) in ballot.enumerated() {
            for b in ballot[(position + 1)...] where place[b] < place[a] { disagreements += 1 }
            for b in 0..<ranking.count where !listed[b] && place[b] < place[a] { disagreements += 1 }
        }
        return disagreements
    }
}
