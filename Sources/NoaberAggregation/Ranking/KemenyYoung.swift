public import NoaberCore

/// Exact Kemeny–Young for up to `maximumCandidates` (20) candidates: the full rankings with the smallest total
/// Kendall-tau distance to the ballots, all of them counted.
///
/// The distance of a ballot to a ranking counts the pairs the ballot orders strictly (listed above listed, listed
/// above unlisted) that the ranking orders the other way; two unlisted candidates count nothing. Summed over
/// ballots this is, for every pair the ranking puts `a` above `b`, the ballots preferring `b` to `a`.
///
/// Dynamic programming over subsets, O(2ⁿ·n) time and 12 bytes per subset (12 MiB at 20 candidates): `best(R)`
/// is the least cost of ordering the set `R` of candidates below everything else, choosing its top `c` at cost
/// `Σ_{x ∈ R∖c} prefer(x, c)`. Optimal rankings are the paths of optimal choices; walking them with the smallest
/// index first gives them in lexicographic order of candidate indices, the first being the canonical ranking.
public enum KemenyYoung {
    /// Largest candidate count computed exactly (2²⁰ subsets, about 0.1 s and 12 MiB). Every caller that says
    /// or decides where exact Kemeny–Young stops uses this constant; above it the other methods still run.
    public static let maximumCandidates = 20
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
        /// The sizes `k` (0…n) for which every optimal ranking has the same set of `k` candidates on top: between
        /// two such cuts more than one place apart, the candidates share those places. Exact, also when not every
        /// optimal ranking is listed.
        public var cuts: [Int]

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
        // Every partial cost is at most the sum over pairs of the larger count; when that fits in 32 bits the
        // table of subset costs takes half the memory (4 MiB at 20 candidates) and stays warmer in cache.
        var bound = 0
        for a in 0..<n {
            for b in (a + 1)..<n { bound += max(matrix[a, b], matrix[b, a]) }
        }
        return bound <= Int(Int32.max) ? solve(matrix, cost: Int32.self) : solve(matrix, cost: Int.self)
    }

    /// The subset DP with costs stored as `Cost`, which must hold every partial cost.
    private static func solve<Cost: FixedWidthInteger>(_ matrix: PairwiseMatrix, cost _: Cost.Type) -> Result {
        let n = matrix.count
        let size = 1 << n
        let above = AboveCost(matrix)
        var best = [Cost](repeating: 0, count: size)
        // How many optimal orders each subset has; at most 20! < 2⁶³.
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
                let cost = above.cost(of: c, over: rest) + Int(best[rest])
                if cost < least {
                    least = cost
                    count = ways[rest]
                } else if cost == least {
                    count += ways[rest]
                }
            }
            best[set] = Cost(least)
            ways[set] = count
        }

        let all = size - 1
        func isOptimalTop(_ c: Int, of set: Int) -> Bool {
            let rest = set & ~(1 << c)
            return above.cost(of: c, over: rest) + Int(best[rest]) == Int(best[set])
        }
        // Every optimal choice of a top leads to at least one full optimal ranking, so this walk reaches a new
        // ranking every n steps and stops after `listedRankingsLimit` of them.
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
        // The sets of candidates still to place that some optimal ranking reaches, counted by size: a size reached
        // by one set only is a cut. A set's remainders are smaller numbers, so one pass downwards visits each
        // reachable set after everything that reaches it.
        var reachable = [Bool](repeating: false, count: size)
        reachable[all] = true
        var setsOfSize = [Int](repeating: 0, count: n + 1)
        for set in stride(from: all, through: 0, by: -1) where reachable[set] {
            setsOfSize[set.nonzeroBitCount] += 1
            var bits = set
            while bits != 0 {
                let c = bits.trailingZeroBitCount
                bits &= bits - 1
                if isOptimalTop(c, of: set) { reachable[set & ~(1 << c)] = true }
            }
        }
        let cuts = (0...n).filter { setsOfSize[n - $0] == 1 }
        return Result(
            order: canonical.map { [$0] }, winners: winners, distance: Int(best[all]), optimalCount: ways[all],
            rankings: rankings, cuts: cuts)
    }

    /// The cost of putting candidate `c` above a set `R` of others: the ballots preferring some member of `R` to
    /// `c`, `Σ_{x ∈ R} prefer(x, c)`. Kept as two tables per candidate, one for the low half of the set's bits and
    /// one for the high half (2 × 2¹⁰ entries each at 20 candidates), instead of one entry per candidate and
    /// subset (20 × 2²⁰).
    private struct AboveCost {
        let lowBits: Int
        let highBits: Int
        let low: [Int]
        let high: [Int]

        init(_ matrix: PairwiseMatrix) {
            let n = matrix.count
            lowBits = n / 2
            highBits = n - lowBits
            low = Self.sums(matrix, from: 0, bits: lowBits)
            high = Self.sums(matrix, from: lowBits, bits: highBits)
        }

        /// `table[c << bits | s]`: the sum of `prefer(first + i, c)` over the bits `i` set in `s`.
        private static func sums(_ matrix: PairwiseMatrix, from first: Int, bits: Int) -> [Int] {
            let n = matrix.count
            var table = [Int](repeating: 0, count: n << bits)
            for c in 0..<n {
                let base = c << bits
                for s in 1..<(1 << bits) {
                    table[base | s] = table[base | (s & (s - 1))] + matrix[first + s.trailingZeroBitCount, c]
                }
            }
            return table
        }

        @inline(__always)
        func cost(of c: Int, over set: Int) -> Int {
            low[(c << lowBits) | (set & ((1 << lowBits) - 1))] + high[(c << highBits) | (set >> lowBits)]
        }
    }
}

/// Kendall-tau distance between a possibly truncated ballot and a full ranking.
public enum KendallTau {
    /// `distance(ballot:to:)` for every ballot, with the ranking's places found once. A ballot listing `a₁…a_k`
    /// disagrees with the ranking on the pairs it orders the other way, `inversions`, plus, for each `aᵢ`, the
    /// unlisted candidates the ranking puts above it: `place(aᵢ)` minus the listed ones above it, and each of
    /// the k(k−1)/2 listed pairs has exactly one member above the other. So the distance is
    /// `Σ place(aᵢ) − k(k−1)/2 + inversions`, in k²/2 steps without allocating.
    public static func distances(ballots: [[Int]], to ranking: [Int]) -> [Int] {
        var place = [Int](repeating: 0, count: ranking.count)
        for (position, candidate) in ranking.enumerated() { place[candidate] = position }
        var result = [Int](repeating: 0, count: ballots.count)
        if ranking.count <= UInt64.bitWidth {
            // The inversions in one pass from the back: the places already seen form a bit set, and the ones below
            // `place(aᵢ)` are the later listed candidates the ranking puts above aᵢ.
            for (number, ballot) in ballots.enumerated() {
                let k = ballot.count
                var total = -k * (k - 1) / 2
                var seen: UInt64 = 0
                for candidate in ballot.reversed() {
                    let above = place[candidate]
                    let bit: UInt64 = 1 << UInt64(above)
                    total += above + (seen & (bit &- 1)).nonzeroBitCount
                    seen |= bit
                }
                result[number] = total
            }
            return result
        }
        for (number, ballot) in ballots.enumerated() {
            let k = ballot.count
            var total = -k * (k - 1) / 2
            for i in 0..<k {
                let above = place[ballot[i]]
                total += above
                for j in (i + 1)..<k where place[ballot[j]] < above { total += 1 }
            }
            result[number] = total
        }
        return result
    }

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
