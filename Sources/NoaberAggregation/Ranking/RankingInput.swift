public import Foundation
import NoaberCore

/// Ballots collected elsewhere (a paper round, a spreadsheet), read from JSON or CSV for `noaber rank`.
///
/// JSON: `{"candidates": [names…], "ballots": [[names best first…], …]}`, names compared exactly.
/// CSV (RFC 4180: quoted fields may hold commas, line breaks and doubled quotes): one ballot per row, names best
/// first, no header row. Blank cells at the end of a row are ignored (spreadsheets pad rows); a blank cell between
/// two names is refused. An empty row is an empty ballot; the line break after the last row does not start a new
/// one. Candidates are all names met, in order of first appearance, unless given.
public enum RankingInput {
    public enum Format: Sendable, Equatable {
        case json, csv

        /// By extension (`.json`, `.csv`), else JSON when the first non-blank character is `{`.
        public static func detect(fileName: String, data: Data) -> Format {
            let lowered = fileName.lowercased()
            if lowered.hasSuffix(".json") { return .json }
            if lowered.hasSuffix(".csv") { return .csv }
            let first = data.first {
                !(" \t\r\n" as String).utf8.contains($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF
            }
            return first == UInt8(ascii: "{") ? .json : .csv
        }
    }

    /// The most candidates a file may name. Schulze's strongest paths cost candidates³ (10⁹ steps at this
    /// limit, about a second in a release build); a room ranks tens of items, not thousands.
    public static let maximumCandidates = 1_000
    /// The most ballots a file may hold; with the candidate limit this bounds the work per file.
    public static let maximumBallots = 100_000
    /// The most names on all ballots together. Pairwise counts cost k²/2 per ballot of k names; this keeps the
    /// worst case (full ballots of 1,000 names) near 10⁹ steps while 100,000 ballots of 20 names still pass.
    public static let maximumNames = 2_000_000

    /// Reads a profile. `candidates`, when given, replaces the file's own list (CSV) or its `candidates` (JSON).
    /// More than `maximumCandidates` candidates, `maximumBallots` ballots or `maximumNames` names on all ballots
    /// together are refused.
    public static func profile(
        from data: Data, fileName: String, format: Format? = nil, candidates: [String]? = nil
    ) throws(RankingInputError) -> RankingProfile {
        let file = SourceLocation(file: fileName, line: 0)
        guard var text = String(data: data, encoding: .utf8) else { throw RankingInputError(.notUTF8, at: file) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let profile: RankingProfile
        switch format ?? Format.detect(fileName: fileName, data: data) {
        case .json: profile = try fromJSON(data: Data(text.utf8), fileName: fileName, candidates: candidates)
        case .csv: profile = try fromCSV(text, fileName: fileName, candidates: candidates)
        }
        guard profile.candidateCount <= maximumCandidates else {
            throw RankingInputError(.tooManyCandidates(profile.candidateCount, limit: maximumCandidates), at: file)
        }
        guard profile.voterCount <= maximumBallots else {
            throw RankingInputError(.tooManyBallots(profile.voterCount, limit: maximumBallots), at: file)
        }
        let names = profile.ballots.reduce(0) { $0 + $1.count }
        guard names <= maximumNames else {
            throw RankingInputError(.tooManyNames(names, limit: maximumNames), at: file)
        }
        return profile
    }

    static func fromJSON(data: Data, fileName: String, candidates given: [String]?) throws(RankingInputError)
        -> RankingProfile
    {
        let file = SourceLocation(file: fileName, line: 0)
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw RankingInputError(.invalidJSON(jsonErrorDetail(error)), at: file)
        }
        guard let object = root as? [String: Any] else { throw RankingInputError(.jsonNotAnObject, at: file) }
        var candidates: [String]
        if let given {
            candidates = given
        } else {
            guard let list = object["candidates"] as? [Any] else {
                throw RankingInputError(.jsonMissingCandidates, at: file)
            }
            candidates = []
            for (position, element) in list.enumerated() {
                guard let name = element as? String else {
                    throw RankingInputError(.jsonCandidateNotAName(position: position + 1), at: file)
                }
                candidates.append(name)
            }
        }
        guard let list = object["ballots"] as? [Any] else { throw RankingInputError(.jsonMissingBallots, at: file) }
        var ballots: [[String]] = []
        for (number, element) in list.enumerated() {
            guard let names = element as? [Any] else {
                throw RankingInputError(.jsonBallotNotNames(ballot: number + 1), at: file)
            }
            var ballot: [String] = []
            for name in names {
                guard let name = name as? String else {
                    throw RankingInputError(.jsonBallotNotNames(ballot: number + 1), at: file)
                }
                ballot.append(name)
            }
            ballots.append(ballot)
        }
        do {
            return try RankingProfile(candidates: candidates, namedBallots: ballots)
        } catch {
            throw RankingInputError(error.reason, at: error.location ?? file)
        }
    }

    static func fromCSV(_ text: String, fileName: String, candidates given: [String]?) throws(RankingInputError)
        -> RankingProfile
    {
        let rows = try CSVRows.parse(text, fileName: fileName)
        var ballots: [[String]] = []
        var locations: [SourceLocation] = []
        for (number, row) in rows.enumerated() {
            let location = SourceLocation(file: fileName, line: row.line)
            var cells = row.cells
            while let last = cells.last, last.trimmingCharacters(in: .whitespaces).isEmpty { cells.removeLast() }
            if let blank = cells.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw RankingInputError(.blankCell(ballot: number + 1, column: blank + 1), at: location)
            }
            ballots.append(cells)
            locations.append(location)
        }
        var candidates: [String]
        if let given {
            candidates = given
        } else {
            candidates = []
            var seen = Set<[UInt8]>()  // exact bytes, as in `RankingProfile`
            for name in ballots.joined() where seen.insert(Array(name.utf8)).inserted { candidates.append(name) }
        }
        do {
            return try RankingProfile(candidates: candidates, namedBallots: ballots, locations: locations)
        } catch {
            throw RankingInputError(error.reason, at: error.location ?? SourceLocation(file: fileName, line: 0))
        }
    }

    private static func jsonErrorDetail(_ error: any Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}
