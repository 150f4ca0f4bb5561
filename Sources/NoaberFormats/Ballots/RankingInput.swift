public import Foundation
public import NoaberAggregation
import NoaberCore

/// Ballots collected elsewhere (a paper round, a spreadsheet), read from JSON or CSV for `noaber rank`.
///
/// JSON: `{"candidates": [names…], "ballots": [[names best first…], …]}`, names compared exactly. CSV: one ballot
/// per row, names best first, no header row (see `BallotCSVReader` for the rules). Candidates are all names met,
/// in order of first appearance, unless given.
///
/// The text is read in chunks and never held whole: ballots become candidate indices as they are read, and every
/// limit in `Limits` is checked while reading, so the first byte, ballot, name or candidate over a limit stops it.
public enum RankingInput {
    /// What `noaber rank` reads at most; the README's limits table lists them.
    public struct Limits: Sendable, Equatable {
        /// Bytes of a file or of standard input.
        public var bytes: Int
        /// Candidates named. Schulze's strongest paths cost candidates³ (10⁹ steps at 1,000, about a second in a
        /// release build); a room ranks tens of items, not thousands.
        public var candidates: Int
        /// Ballots; with the candidate limit this bounds the work per file.
        public var ballots: Int
        /// Names on all ballots together. Pairwise counts cost k²/2 per ballot of k names; 2,000,000 keeps the
        /// worst case (full ballots of 1,000 names) near 10⁹ steps while 100,000 ballots of 20 names still pass.
        public var names: Int

        public init(bytes: Int, candidates: Int, ballots: Int, names: Int) {
            self.bytes = bytes
            self.candidates = candidates
            self.ballots = ballots
            self.names = names
        }

        /// 64 MiB, 1,000 candidates, 100,000 ballots, 2,000,000 names. A 100,000-ballot file of 20 names each is
        /// about 20 MiB.
        public static let standard = Limits(bytes: 64 << 20, candidates: 1_000, ballots: 100_000, names: 2_000_000)
    }

    public enum Format: Sendable, Equatable {
        case json, csv

        /// By extension (`.json`, `.csv`), else JSON when the first character that is not blank is `{`.
        static func detect(fileName: String, firstNonBlank: UInt8?) -> Format {
            let lowered = fileName.lowercased()
            if lowered.hasSuffix(".json") { return .json }
            if lowered.hasSuffix(".csv") { return .csv }
            return firstNonBlank == UInt8(ascii: "{") ? .json : .csv
        }
    }

    /// Reads a profile from bytes in memory (`fileName` is for messages and the format).
    public static func profile(
        from data: Data, fileName: String, format: Format? = nil, candidates: [String]? = nil,
        limits: Limits = .standard
    ) throws(RankingInputError) -> RankingProfile {
        let input = try ByteReader(bytes: [UInt8](data), limit: limits.bytes, file: fileName)
        return try profile(input, fileName: fileName, format: format, candidates: candidates, limits: limits)
    }

    /// Reads a profile from a regular file, or from standard input when `path` is `-` (named `<stdin>` in
    /// messages). `candidates`, when given, replaces the file's own list (CSV) or its `candidates` (JSON).
    public static func profile(
        path: String, candidates: [String]? = nil, limits: Limits = .standard
    ) throws(RankingInputError) -> RankingProfile {
        if path == "-" {
            let input = ByteReader(handle: FileHandle.standardInput, limit: limits.bytes, file: "<stdin>")
            return try profile(input, fileName: "<stdin>", format: nil, candidates: candidates, limits: limits)
        }
        let file = SourceLocation(file: path, line: 0)
        // A link is judged by what it points at.
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let handle: FileHandle
        do {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey, .fileSizeKey])
            if values.isDirectory == true { throw RankingInputError(.unreadableFile(.isDirectory), at: file) }
            guard values.isRegularFile == true else { throw RankingInputError(.notARegularFile, at: file) }
            guard (values.fileSize ?? 0) <= limits.bytes else {
                throw RankingInputError(.tooLarge(limit: limits.bytes), at: file)
            }
            handle = try FileHandle(forReadingFrom: url)
        } catch let error as RankingInputError {
            throw error
        } catch {
            throw RankingInputError(.unreadableFile(FileProblem(foundationError: error)), at: file)
        }
        defer { try? handle.close() }
        let input = ByteReader(handle: handle, limit: limits.bytes, file: path)
        return try profile(input, fileName: path, format: nil, candidates: candidates, limits: limits, scan: url)
    }

    /// `scan`: a regular file that can be read a second time to find its CSV separator, instead of holding its
    /// text while looking for a comma.
    private static func profile(
        _ input: ByteReader, fileName: String, format: Format?, candidates given: [String]?, limits: Limits,
        scan: URL? = nil
    ) throws(RankingInputError) -> RankingProfile {
        var input = input
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if try input.upcoming(3) == byteOrderMark {
            for _ in byteOrderMark { _ = try input.next() }
        }
        var ballots = BallotCollector(limits: limits, file: fileName)
        if let given {
            let file = SourceLocation(file: fileName, line: 0)
            var list = CandidateList(limit: limits.candidates)
            for (position, name) in given.enumerated() {
                try list.add(Array(name.utf8), position: position + 1, at: file)
            }
            try ballots.fix(list, at: file)
        }
        let blank: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        var detected = format
        if detected == nil {
            let first = try input.firstByte { !blank.contains($0) }
            detected = Format.detect(fileName: fileName, firstNonBlank: first)
        }
        switch detected ?? .csv {
        case .json:
            var reader = BallotJSONReader(input: input, ballots: ballots)
            ballots = try reader.read()
        case .csv:
            let separator =
                if let scan {
                    try separator(ofFileAt: scan, file: fileName, limit: limits.bytes)
                } else {
                    try separator(ahead: &input)
                }
            var reader = BallotCSVReader(input: input, ballots: ballots, separator: separator)
            ballots = try reader.read()
        }
        return try ballots.profile()
    }
}
