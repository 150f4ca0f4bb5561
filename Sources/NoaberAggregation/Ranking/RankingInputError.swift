public import NoaberCore

/// Why ballots collected elsewhere (a paper round, a spreadsheet) are refused.
public struct RankingInputError: UserFacingError, Equatable {
    public enum Reason: Sendable, Equatable {
        case emptyCandidates
        case duplicateCandidate(String)
        /// `ballot` is 1-based (the row of a CSV file, the position in the JSON `ballots` list).
        case unknownName(ballot: Int, name: String)
        case repeatedName(ballot: Int, name: String)
        /// A blank cell between two names of a CSV row.
        case blankCell(ballot: Int, column: Int)
        /// A quoted CSV field that is not closed before the end of the file.
        case unterminatedQuote(ballot: Int)
        case notUTF8
        /// The JSON could not be read; `detail` is the parser's own words.
        case invalidJSON(String)
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
        /// More candidates than `RankingInput.maximumCandidates`.
        case tooManyCandidates(Int, limit: Int)
        /// More ballots than `RankingInput.maximumBallots`.
        case tooManyBallots(Int, limit: Int)
        /// More names on all ballots together than `RankingInput.maximumNames`.
        case tooManyNames(Int, limit: Int)
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
        case (.duplicateCandidate(let name), .nl): "kandidaat \"\(name)\" staat twee keer in de lijst van kandidaten"
        case (.duplicateCandidate(let name), .en): "candidate \"\(name)\" appears twice in the list of candidates"
        case (.unknownName(let ballot, let name), .nl): "stembiljet \(ballot): onbekende naam \"\(name)\""
        case (.unknownName(let ballot, let name), .en): "ballot \(ballot): unknown name \"\(name)\""
        case (.repeatedName(let ballot, let name), .nl): "stembiljet \(ballot): \"\(name)\" staat er twee keer op"
        case (.repeatedName(let ballot, let name), .en): "ballot \(ballot): \"\(name)\" is listed twice"
        case (.blankCell(let ballot, let column), .nl):
            "stembiljet \(ballot): lege cel \(column) tussen twee namen"
        case (.blankCell(let ballot, let column), .en):
            "ballot \(ballot): blank cell \(column) between two names"
        case (.unterminatedQuote(let ballot), .nl): "stembiljet \(ballot): aanhalingsteken wordt niet gesloten"
        case (.unterminatedQuote(let ballot), .en): "ballot \(ballot): quoted field is not closed"
        case (.notUTF8, .nl): "het bestand is geen UTF-8"
        case (.notUTF8, .en): "the file is not UTF-8"
        case (.invalidJSON(let detail), .nl): "ongeldige JSON: \(detail)"
        case (.invalidJSON(let detail), .en): "invalid JSON: \(detail)"
        case (.jsonNotAnObject, .nl): "verwacht een JSON-object {\"candidates\": [namen], \"ballots\": [[namen], …]}"
        case (.jsonNotAnObject, .en): "expected a JSON object {\"candidates\": [names], \"ballots\": [[names], …]}"
        case (.jsonMissingBallots, .nl): "\"ballots\" ontbreekt of is geen lijst van lijsten"
        case (.jsonMissingBallots, .en): "\"ballots\" is missing or not a list of lists"
        case (.jsonMissingCandidates, .nl): "\"candidates\" ontbreekt of is geen lijst (of geef --candidates)"
        case (.jsonMissingCandidates, .en): "\"candidates\" is missing or not a list (or give --candidates)"
        case (.jsonCandidateNotAName(let position), .nl): "kandidaat \(position) is geen tekst"
        case (.jsonCandidateNotAName(let position), .en): "candidate \(position) is not a string"
        case (.jsonBallotNotNames(let ballot), .nl): "stembiljet \(ballot) is geen lijst van namen"
        case (.jsonBallotNotNames(let ballot), .en): "ballot \(ballot) is not a list of names"
        case (.unreadableFile(let problem), .nl): "het bestand kan niet gelezen worden: \(problem.message(in: .nl))"
        case (.unreadableFile(let problem), .en): "the file cannot be read: \(problem.message(in: .en))"
        case (.tooManyCandidates(let count, let limit), .nl):
            "te veel kandidaten: \(count); noaber rank rangschikt er hoogstens \(limit)"
        case (.tooManyCandidates(let count, let limit), .en):
            "too many candidates: \(count); noaber rank ranks at most \(limit)"
        case (.tooManyBallots(let count, let limit), .nl):
            "te veel stembiljetten: \(count); noaber rank telt er hoogstens \(limit)"
        case (.tooManyBallots(let count, let limit), .en):
            "too many ballots: \(count); noaber rank counts at most \(limit)"
        case (.tooManyNames(let count, let limit), .nl):
            "te veel namen op de stembiljetten samen: \(count); noaber rank leest er hoogstens \(limit)"
        case (.tooManyNames(let count, let limit), .en):
            "too many names on all ballots together: \(count); noaber rank reads at most \(limit)"
        }
    }
}
