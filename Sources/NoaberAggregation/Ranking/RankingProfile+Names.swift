public import NoaberCore

extension RankingProfile {
    /// Why ballots by name do not fit their candidates. Reading ballots from a file has its own, wider error
    /// (`RankingInputError` in NoaberFormats), which carries these reasons as they are.
    public struct NameError: UserFacingError, Equatable {
        public enum Reason: Sendable, Equatable {
            case emptyCandidates
            case duplicateCandidate(String)
            /// `ballot` is 1-based.
            case unknownName(ballot: Int, name: String)
            case repeatedName(ballot: Int, name: String)
        }

        public var reason: Reason
        public var location: SourceLocation?

        public init(_ reason: Reason, at location: SourceLocation? = nil) {
            self.reason = reason
            self.location = location
        }

        public func message(in language: Language) -> String {
            switch (reason, language) {
            case (.emptyCandidates, .nl): "de lijst van kandidaten is leeg"
            case (.emptyCandidates, .en): "the list of candidates is empty"
            case (.duplicateCandidate(let name), .nl):
                "kandidaat \"\(name)\" staat twee keer in de lijst van kandidaten"
            case (.duplicateCandidate(let name), .en):
                "candidate \"\(name)\" appears twice in the list of candidates"
            case (.unknownName(let ballot, let name), .nl): "stembiljet \(ballot): onbekende naam \"\(name)\""
            case (.unknownName(let ballot, let name), .en): "ballot \(ballot): unknown name \"\(name)\""
            case (.repeatedName(let ballot, let name), .nl): "stembiljet \(ballot): \"\(name)\" staat er twee keer op"
            case (.repeatedName(let ballot, let name), .en): "ballot \(ballot): \"\(name)\" is listed twice"
            }
        }
    }

    /// A profile from names, compared exactly. Refuses an empty or duplicated candidate list, unknown names and a
    /// name listed twice on one ballot; the error names the ballot (1-based).
    public init(candidates: [String], namedBallots: [[String]]) throws(NameError) {
        try self.init(candidates: candidates, namedBallots: namedBallots, locations: nil)
    }

    /// As `init(candidates:namedBallots:)`, with the place in a file of every ballot (one per ballot) so that an
    /// error points at its line.
    public init(
        candidates: [String], namedBallots: [[String]], locations: [SourceLocation]?
    ) throws(NameError) {
        guard !candidates.isEmpty else { throw NameError(.emptyCandidates) }
        // Keyed by UTF-8 bytes: Swift's `String ==` treats canonically equivalent texts (é precomposed or not)
        // as equal, but names must compare exactly, as other tools compare them.
        var index: [[UInt8]: Int] = [:]
        for (position, name) in candidates.enumerated() {
            guard index[Array(name.utf8)] == nil else { throw NameError(.duplicateCandidate(name)) }
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
                    throw NameError(.unknownName(ballot: number + 1, name: name), at: location)
                }
                guard seen.insert(candidate).inserted else {
                    throw NameError(.repeatedName(ballot: number + 1, name: name), at: location)
                }
                ballot.append(candidate)
            }
            ballots.append(ballot)
        }
        self.candidates = candidates
        self.ballots = ballots
    }
}
