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

    public struct Tally: Sendable, Equatable {
        public var candidate: Int
        public var votes: Int

        public init(candidate: Int, votes: Int) {
            self.candidate = candidate
            self.votes = votes
        }
    }

    public struct Result: Sendable, Equatable {
        public var order: ConsensusOrder
        public var winners: [Int]
        public var rounds: [Round]
    }

    public static func result(for profile: RankingProfile) -> Result {
        let n = profile.candidateCount
        var isIn = [Bool](repeating: true, count: n)
        var remainingCount = n
        var rounds: [Round] = []
        var winners: [Int] = []
        while true {
            if remainingCount == 1 {
                winners = (0..<n).filter { isIn[$0] }
                break
            }
            var votes = [Int](repeating: 0, count: n)
            var exhausted = 0
            for ballot in profile.ballots {
                if let top = ballot.first(where: { isIn[$0] }) { votes[top] += 1 } else { exhausted += 1 }
            }
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
            remainingCount -= out.count
        }
        let order = [winners] + rounds.reversed().map(\.eliminated).filter { !$0.isEmpty }
        return Result(order: order, winners: winners, rounds: rounds)
    }
}
