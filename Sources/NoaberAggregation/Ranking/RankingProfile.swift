public import NoaberCore

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
        for ballot in ballots {
            precondition(ballot.allSatisfy { $0 >= 0 && $0 < candidates.count }, "ballot index out of range")
            precondition(Set(ballot).count == ballot.count, "candidate listed twice on a ballot")
        }
        self.candidates = candidates
        self.ballots = ballots
    }

    /// A profile from names, compared exactly. Refuses an empty or duplicated candidate list, unknown names and a
    /// name listed twice on one ballot; the error names the ballot (1-based).
    public init(candidates: [String], namedBallots: [[String]]) throws(RankingInputError) {
        try self.init(candidates: candidates, namedBallots: namedBallots, locations: nil)
    }

    /// As `init(candidates:namedBallots:)`, with the place in a file of every ballot (one per ballot) so that an
    /// error points at its line.
    public init(
        candidates: [String], namedBallots: [[String]], locations: [SourceLocation]?
    ) throws(RankingInputError) {
        guard !candidates.isEmpty else { throw RankingInputError(.emptyCandidates) }
        // Keyed by UTF-8 bytes: Swift's `String ==` treats canonically equivalent texts (é precomposed or not)
        // as equal, but names must compare exactly, as other tools compare them.
        var index: [[UInt8]: Int] = [:]
        for (position, name) in candidates.enumerated() {
            guard index[Array(name.utf8)] == nil else { throw RankingInputError(.duplicateCandidate(name)) }
            index[Array(name.utf8)] = position
        }
        var ballots: [[Int]] = []
        ballots.reserveCapacity(namedBallots.count)
        for (number, names) in namedBallots.enumerated() {
            let location = locations?[number]
            var seen = Set<Int>()
            var ballot: [Int] = []
            ballot.reserveCapacity(names.count)
            for name in names {
                guard let candidate = index[Array(name.utf8)] else {
                    throw RankingInputError(.unknownName(ballot: number + 1, name: name), at: location)
                }
                guard seen.insert(candidate).inserted else {
                    throw RankingInputError(.repeatedName(ballot: number + 1, name: name), at: location)
                }
                ballot.append(candidate)
            }
            ballots.append(ballot)
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
