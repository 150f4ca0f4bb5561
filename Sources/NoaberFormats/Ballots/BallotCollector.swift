import NoaberAggregation
import NoaberCore

/// A list of candidates read one name at a time (from `--candidates` or the JSON `candidates` list), refused at
/// the first name that is invalid, repeated or over the limit.
struct CandidateList {
    private(set) var table: BallotNames
    private let limit: Int

    init(limit: Int) {
        table = BallotNames(capacity: limit)
        self.limit = limit
    }

    /// Adds the candidate at `position` (1-based); `location` is where it stands, for the error.
    mutating func add(_ name: [UInt8], position: Int, at location: SourceLocation) throws(RankingInputError) {
        switch NameCheck.check(name) {
        case .valid: break
        case .notUTF8: throw RankingInputError(.notUTF8, at: location)
        case .controlCharacter(let code):
            throw RankingInputError(.controlCharacterInCandidate(position: position, code: code), at: location)
        }
        guard table.index(of: name) == nil else {
            throw RankingInputError(.names(.duplicateCandidate(String(decoding: name, as: UTF8.self))), at: location)
        }
        guard table.count < limit else { throw RankingInputError(.tooManyCandidates(limit: limit), at: location) }
        _ = table.add(name)
    }
}

/// Ballots as they are read: each name is checked and turned into a candidate index at once, and the limits on
/// ballots, names and candidates are checked at the first ballot or name that passes them.
///
/// Until a candidate list is fixed, names become candidates in order of first appearance (a CSV file without
/// `--candidates`, or a JSON file whose `ballots` come before its `candidates`).
struct BallotCollector {
    let limits: RankingInput.Limits
    let file: String
    private var table: BallotNames
    private var fixed = false
    private var ballots: [[Int]] = []
    private var current: [Int] = []
    /// Per candidate, the last ballot number it was listed on, to find a name listed twice without a set per
    /// ballot.
    private var listedOn: [Int] = []
    /// Per name met before the candidates were fixed: the first ballot it is on, and where.
    private var firstSeen: [(ballot: Int, location: SourceLocation)] = []
    private var nameCount = 0

    init(limits: RankingInput.Limits, file: String) {
        self.limits = limits
        self.file = file
        table = BallotNames(capacity: limits.candidates)
    }

    /// The 1-based number of the ballot being read (or about to be).
    var ballotNumber: Int { ballots.count + 1 }

    var hasCandidates: Bool { fixed }

    /// Starts the next ballot; `line` and `column` say where it starts.
    mutating func beginBallot(line: Int, column: Int = 0) throws(RankingInputError) {
        guard ballots.count < limits.ballots else {
            throw RankingInputError(.tooManyBallots(limit: limits.ballots), at: at(line, column))
        }
        // One allocation per ballot instead of one per doubling while it grows.
        current = []
        current.reserveCapacity(min(table.count, 64))
    }

    /// Adds the name in `column` (1-based) of the current ballot.
    @inline(__always)
    mutating func add(_ name: [UInt8], column: Int, line: Int, at position: Int = 0) throws(RankingInputError) {
        nameCount += 1
        guard nameCount <= limits.names else {
            throw RankingInputError(.tooManyNames(limit: limits.names), at: at(line, position))
        }
        switch NameCheck.check(name) {
        case .valid: break
        case .notUTF8: throw RankingInputError(.notUTF8, at: at(line, position))
        case .controlCharacter(let code):
            throw RankingInputError(
                .controlCharacter(ballot: ballotNumber, column: column, code: code), at: at(line, position))
        }
        let candidate: Int
        if let known = table.index(of: name) {
            candidate = known
        } else {
            guard !fixed else {
                throw RankingInputError(
                    .names(.unknownName(ballot: ballotNumber, name: String(decoding: name, as: UTF8.self))),
                    at: at(line, position))
            }
            guard table.count < limits.candidates else {
                throw RankingInputError(.tooManyCandidates(limit: limits.candidates), at: at(line, position))
            }
            candidate = table.add(name)
            listedOn.append(0)
            firstSeen.append((ballotNumber, at(line, position)))
        }
        try list(candidate, name, line: line, at: position)
    }

    /// `add` for a name already known to be printable ASCII (a JSON string read in one go without escapes), given
    /// as the bytes in the text being read: a known candidate is listed without copying the name; anything else
    /// goes through `add`, with the same checks in the same order.
    @inline(__always)
    mutating func add(
        printable name: ArraySlice<UInt8>, column: Int, line: Int, at position: Int
    ) throws(RankingInputError) {
        guard let candidate = table.index(of: name) else {
            return try add(Array(name), column: column, line: line, at: position)
        }
        nameCount += 1
        guard nameCount <= limits.names else {
            throw RankingInputError(.tooManyNames(limit: limits.names), at: at(line, position))
        }
        try list(candidate, name, line: line, at: position)
    }

    /// Puts a candidate on the current ballot, unless it is listed there already.
    @inline(__always)
    private mutating func list<Name: Collection<UInt8>>(
        _ candidate: Int, _ name: Name, line: Int, at position: Int
    ) throws(RankingInputError) {
        guard listedOn[candidate] != ballotNumber else {
            throw RankingInputError(
                .names(.repeatedName(ballot: ballotNumber, name: String(decoding: name, as: UTF8.self))),
                at: at(line, position))
        }
        listedOn[candidate] = ballotNumber
        current.append(candidate)
    }

    mutating func endBallot() {
        ballots.append(current)
        current = []
    }

    /// Fixes the candidates. Names already met on ballots are renumbered to the list; a name not on it is refused
    /// at the first ballot it is on. An empty list is refused at `location`.
    mutating func fix(_ list: CandidateList, at location: SourceLocation) throws(RankingInputError) {
        guard list.table.count > 0 else { throw RankingInputError(.names(.emptyCandidates), at: location) }
        var renumbered = [Int](repeating: 0, count: table.count)
        var unknown: Int?
        for (index, name) in table.names.enumerated() {
            if let position = list.table.index(of: name) {
                renumbered[index] = position
            } else if unknown.map({ firstSeen[index].ballot < firstSeen[$0].ballot }) ?? true {
                unknown = index
            }
        }
        if let unknown {
            let name = String(decoding: table.names[unknown], as: UTF8.self)
            throw RankingInputError(
                .names(.unknownName(ballot: firstSeen[unknown].ballot, name: name)), at: firstSeen[unknown].location)
        }
        if !renumbered.isEmpty { ballots = ballots.map { $0.map { renumbered[$0] } } }
        table = list.table
        listedOn = [Int](repeating: 0, count: table.count)
        firstSeen = []
        fixed = true
    }

    /// The profile read; without a fixed list the candidates are the names met, in order of first appearance.
    func profile() throws(RankingInputError) -> RankingProfile {
        guard table.count > 0 else { throw RankingInputError(.names(.emptyCandidates), at: at(0, 0)) }
        let candidates = table.names.map { String(decoding: $0, as: UTF8.self) }
        return RankingProfile(candidates: candidates, ballots: ballots)
    }

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
