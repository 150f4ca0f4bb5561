import NoaberCore

/// Ballots over a fixed list of candidates, by candidate index: the input of every ranking method.
///
/// A ballot orders candidate indices best first. It may list fewer than all candidates (a top-k step, or a
/// participant who stopped): the unlisted candidates tie below every listed one. An empty ballot ties everything.
/// Ties inside any result are broken by the order of `candidates` (the item order of the step).
public struct RankingProfile: Sendable, Equatable {
    public var candidates: [String]
    /// Candidate indices best first; no index twice, every index below `candidates.count`.
    public var ballots: [[Int]]

    /// A profile from indices. Ballots must already be valid (programmer error otherwise); user input goes through
    /// `init(candidates:namedBallots:)`.
    public init(candidates: [String], ballots: [[Int]]) {
        precondition(!candidates.isEmpty, "a ranking needs at least one candidate")
        // The ballot each candidate was last seen on: one pass over all names, no set per ballot.
        var seenOn = [Int](repeating: -1, count: candidates.count)
        for (number, ballot) in ballots.enumerated() {
            for candidate in ballot {
                precondition(candidate >= 0 && candidate < candidates.count, "ballot index out of range")
                precondition(seenOn[candidate] != number, "candidate listed twice on a ballot")
                seenOn[candidate] = number
            }
        }
        self.candidates = candidates
        self.ballots = ballots
    }

    public var candidateCount: Int { candidates.count }
    public var voterCount: Int { ballots.count }

    /// The candidates of a tie group or winner list, by name.
    public func names(_ indices: [Int]) -> [String] { indices.map { candidates[$0] } }
}

/// Best first: groups of tied candidate indices, each group in candidate order.
public typealias ConsensusOrder = [[Int]]

/// Helpers shared by the methods that order by a score.
enum TieGroups {
    /// Groups candidates by equal keys, best key first; inside a group, candidate order. Keys are exact integers
    /// (scores are kept doubled where they can be halves) so that ties are never lost to rounding.
    static func order(keys: [Int], higherIsBetter: Bool) -> ConsensusOrder {
        let sorted = keys.indices.sorted { lhs, rhs in
            if keys[lhs] != keys[rhs] { return higherIsBetter ? keys[lhs] > keys[rhs] : keys[lhs] < keys[rhs] }
            return lhs < rhs
        }
        var groups: ConsensusOrder = []
        var previous: Int?
        for candidate in sorted {
            if let previous, keys[previous] == keys[candidate] {
                groups[groups.count - 1].append(candidate)
            } else {
                groups.append([candidate])
            }
            previous = candidate
        }
        return groups
    }
}

/// A consensus order with one number per candidate (points, wins, votes or mean rank).
public struct ScoredConsensus: Sendable, Equatable {
    public var order: ConsensusOrder
    /// The first group of `order`.
    public var winners: [Int]
    /// One score per candidate, in candidate order.
    public var scores: [Double]

    public init(order: ConsensusOrder, scores: [Double]) {
        self.order = order
        self.winners = order.first ?? []
        self.scores = scores
    }
}
