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

    /// Up to this many candidates every round recounts all ballots in one pass in memory order; above it only
    /// the ballots of eliminated candidates are read again (`Count`).
    static let recountLimit = 64

    public static func result(for profile: RankingProfile) -> Result {
        let n = profile.candidateCount
        var count = Count(profile, recount: n <= recountLimit)
        var rounds: [Round] = []
        var winners: [Int] = []
        var remainingCount = n
        while true {
            if remainingCount == 1 {
                winners = (0..<n).filter { count.isIn[$0] }
                break
            }
            let votes = count.votes()
            let remaining = (0..<n).filter { count.isIn[$0] }
            let fewest = remaining.map { votes[$0] }.min() ?? 0
            let out = remaining.filter { votes[$0] == fewest }
            let tally = remaining.map { Tally(candidate: $0, votes: votes[$0]) }
            if out.count == remaining.count {
                rounds.append(Round(tally: tally, exhausted: count.exhausted, eliminated: []))
                winners = remaining
                break
            }
            rounds.append(Round(tally: tally, exhausted: count.exhausted, eliminated: out))
            count.eliminate(out)
            remainingCount -= out.count
        }
        let order = [winners] + rounds.reversed().map(\.eliminated).filter { !$0.isEmpty }
        return Result(order: order, winners: winners, rounds: rounds)
    }

    /// The ballots as the rounds go: each ballot's place moves down its own list past eliminated candidates.
    ///
    /// All ballots lie in one flat array of 32-bit indices, ballot `b` at `start[b]..<start[b + 1]`, so that a
    /// step reads one small number rather than the ballot's own array. With few candidates (few rounds) every
    /// round counts all ballots in one pass in memory order. With many, each ballot waits in its candidate's
    /// list and only the ballots of eliminated candidates move, so all rounds together read every ballot once
    /// (re-reading every ballot each round would cost ballots × candidates).
    private struct Count {
        private(set) var isIn: [Bool]
        private(set) var exhausted = 0
        private let flat: [Int32]
        private let start: [Int32]
        private var next: [Int32]
        /// Per candidate, the ballots it holds; `nil` when every round recounts.
        private var holders: [[Int32]]?

        init(_ profile: RankingProfile, recount: Bool) {
            var flat: [Int32] = []
            flat.reserveCapacity(profile.ballots.reduce(0) { $0 + $1.count })
            var start: [Int32] = []
            start.reserveCapacity(profile.ballots.count + 1)
            for ballot in profile.ballots {
                start.append(Int32(flat.count))
                for candidate in ballot { flat.append(Int32(candidate)) }
            }
            start.append(Int32(flat.count))
            self.flat = flat
            self.start = start
            next = start
            isIn = [Bool](repeating: true, count: profile.candidateCount)
            guard !recount else { return }
            holders = [[Int32]](repeating: [], count: profile.candidateCount)
            for ballot in profile.ballots.indices { place(Int32(ballot)) }
        }

        /// Votes per candidate this round (0 for the eliminated); `exhausted` counts the ballots left with none.
        mutating func votes() -> [Int] {
            if let holders { return holders.map(\.count) }
            var votes = [Int](repeating: 0, count: isIn.count)
            exhausted = 0
            for ballot in 0..<(start.count - 1) {
                if let top = top(of: ballot) { votes[top] += 1 } else { exhausted += 1 }
            }
            return votes
        }

        mutating func eliminate(_ out: [Int]) {
            for candidate in out { isIn[candidate] = false }
            guard holders != nil else { return }
            for candidate in out {
                let moving = holders?[candidate] ?? []
                holders?[candidate] = []
                for ballot in moving { place(ballot) }
            }
        }

        /// The ballot's highest candidate still in, its place moved down to it; `nil` when none is left.
        private mutating func top(of ballot: Int) -> Int? {
            var position = Int(next[ballot])
            let end = Int(start[ballot + 1])
            while position < end && !isIn[Int(flat[position])] { position += 1 }
            next[ballot] = Int32(position)
            return position < end ? Int(flat[position]) : nil
        }

        private mutating func place(_ ballot: Int32) {
            if let top = top(of: Int(ballot)) { holders?[top].append(ballot) } else { exhausted += 1 }
        }
    }
}
