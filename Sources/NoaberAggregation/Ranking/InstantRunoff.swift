/// Instant runoff (alternative vote), run until one candidate remains.
///
/// Each round counts every ballot for its highest listed candidate still in; a ballot with none left is exhausted.
/// All candidates with the fewest votes go out together. No round is recorded once one candidate remains. When
/// all remaining candidates tie, that round is recorded with nobody eliminated and they are joint winners. There is
/// no early stop at a majority, so that the eliminations give a full order: the winners, then the rounds'
/// eliminations in reverse.
public enum InstantRunoff {
    public struct Round: Sendable, Equatable {
        /// Votes per candidate still in at the start of the round, in candidate order.
        public var tally: [Tally]
        /// Ballots with no remaining listed candidate.
        public var exhausted: Int
        /// Who goes out after this round, in candidate order; empty in a final round where all tie.
        public var eliminated: [Int]

        public init(tally: [Tally], exhausted: Int, eliminated: [Int]) {
            self.tally = tally
            self.exhausted = exhausted
            self.eliminated = eliminated
        }
    }

    /// Made by the count only (with the memberwise initialiser).
    public struct Tally: Sendable, Equatable {
        public var candidate: Int
        public var votes: Int
    }

    public struct Result: Sendable, Equatable {
        public var order: ConsensusOrder
        public var winners: [Int]
        public var rounds: [Round]
    }

    public static func result(for profile: RankingProfile) -> Result {
        let n = profile.candidateCount
        let ballots = profile.ballots
        var isIn = [Bool](repeating: true, count: n)
        var remainingCount = n
        var rounds: [Round] = []
        var winners: [Int] = []
        // Each ballot sits with its highest candidate still in; only the ballots of eliminated candidates move,
        // and each moves down its own list, so all rounds together read every ballot once (re-reading every
        // ballot from the top each round cost ballots × candidates² with many candidates).
        var holders = [[Int]](repeating: [], count: n)
        // All ballots in one flat array, ballot `b` at `start[b]..<start[b + 1]`, so that a step reads one Int
        // instead of fetching the ballot's own array.
        var flat: [Int] = []
        flat.reserveCapacity(ballots.reduce(0) { $0 + $1.count })
        var start: [Int] = []
        start.reserveCapacity(ballots.count + 1)
        for ballot in ballots {
            start.append(flat.count)
            flat.append(contentsOf: ballot)
        }
        start.append(flat.count)
        var next = start
        var exhausted = 0
        func place(_ ballot: Int) {
            var position = next[ballot]
            let end = start[ballot + 1]
            while position < end && !isIn[flat[position]] { position += 1 }
            next[ballot] = position
            if position < end { holders[flat[position]].append(ballot) } else { exhausted += 1 }
        }
        for ballot in ballots.indices { place(ballot) }
        while true {
            if remainingCount == 1 {
                winners = (0..<n).filter { isIn[$0] }
                break
            }
            let votes = holders.map(\.count)
            let remaining = (0..<n).filter { isIn[$0] }
            let fewest = remaining.map { votes[$0] }.min() ?? 0
            let out = remaining.filter { votes[$0] == fewest }
            let tally = remaining.map { Tally(candidate: $0, votes: votes[$0]) }
            if out.count == remaining.count {
                rounds.append(Round(tally: tally, exhausted: exhausted, eliminated: []))
                winners = remaining
                break
            }
            rounds.append(Round(tally: tally, exhausted: exhausted, eliminated: out))
            for candidate in out { isIn[candidate] = false }
            for candidate in out {
                let moving = holders[candidate]
                holders[candidate] = []
                for ballot in moving { place(ballot) }
            }
            remainingCount -= out.count
        }
        let order = [winners] + rounds.reversed().map(\.eliminated).filter { !$0.isEmpty }
        return Result(order: order, winners: winners, rounds: rounds)
    }
}
