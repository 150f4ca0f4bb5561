public import NoaberAggregation
public import NoaberCore

/// Why ballots collected elsewhere (a paper round, a spreadsheet) are refused.
public struct RankingInputError: UserFacingError, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The names do not fit the candidates, as ballots by name in code are refused too. `ballot` is 1-based
        /// (the row of a CSV file, the position in the JSON `ballots` list).
        case names(RankingProfile.NameError.Reason)
        /// A blank cell between two names of a CSV row.
        case blankCell(ballot: Int, column: Int)
        /// A quoted CSV field that is not closed before the end of the file.
        case unterminatedQuote(ballot: Int)
        /// Bytes that are not UTF-8; the location says where.
        case notUTF8
        /// A control character (U+0000–U+001F, U+007F–U+009F) in the name in `column` of a ballot (the cell of a
        /// CSV row, the place in a JSON list); `code` is the character's number.
        case controlCharacter(ballot: Int, column: Int, code: UInt32)
        /// A control character in the name of the candidate at `position` (1-based) of the candidate list.
        case controlCharacterInCandidate(position: Int, code: UInt32)
        /// The JSON could not be read; the location gives line and column.
        case invalidJSON(JSONProblem)
        /// The JSON is readable but not an object.
        case jsonNotAnObject
        /// No `ballots` list of lists.
        case jsonMissingBallots
        /// No `candidates` list, and none given on the command line.
        case jsonMissingCandidates
        /// A candidate that is not a string.
        case jsonCandidateNotAName(position: Int)
        /// A ballot that is not a list of strings.
        case jsonBallotNotNames(ballot: Int)
        case unreadableFile(FileProblem)
        /// A device, pipe or socket given as a path: it may never end, so only `-` (standard input) reads a stream.
        case notARegularFile
        /// More than `RankingInput.Limits.bytes` bytes.
        case tooLarge(limit: Int)
        /// More than `RankingInput.Limits.candidates` candidates.
        case tooManyCandidates(limit: Int)
        /// More than `RankingInput.Limits.ballots` ballots; the location is the first ballot over the limit.
        case tooManyBallots(limit: Int)
        /// More than `RankingInput.Limits.names` names on all ballots together; the location is the ballot that
        /// passes the limit.
        case tooManyNames(limit: Int)
    }

    /// What is wrong with the JSON text itself.
    public enum JSONProblem: Sendable, Equatable {
        case unexpectedEnd
        /// A character that cannot stand here (printed as `U+XXXX` when it is not visible ASCII).
        case unexpectedCharacter(UInt32)
        /// A backslash escape that JSON does not know, or a `\u` escape of a lone surrogate.
        case invalidEscape
        /// A raw control character inside a string (JSON requires it escaped).
        case controlCharacterInString(UInt32)
        /// Text after the closing brace of the object.
        case textAfterObject
        /// Lists and objects nested deeper than the reader follows.
        case nestedTooDeep(limit: Int)
        /// A key given twice in the object.
        case duplicateKey(String)
    }

    public var reason: Reason
    public var location: SourceLocation?

    public init(_ reason: Reason, at location: SourceLocation? = nil) {
        self.reason = reason
        self.location = location
    }
}
