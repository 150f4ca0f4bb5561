import NoaberCore

/// Ballots from JSON, `{"candidates": [names…], "ballots": [[names best first…], …]}`, read byte by byte into
/// candidate indices: no tree of values is built, and other keys are checked and skipped.
struct BallotJSONReader {
    /// How deep lists and objects under other keys may nest.
    static let maximumDepth = 256

    var input: ByteReader
    var ballots: BallotCollector
    var line = 1
    var column = 0
    var text: [UInt8] = []

    init(input: ByteReader, ballots: BallotCollector) {
        self.input = input
        self.ballots = ballots
        text.reserveCapacity(64)
    }

    /// Reads the object; returns the collector with all ballots and the candidates fixed.
    mutating func read() throws(RankingInputError) -> BallotCollector {
        try skipWhitespace()
        guard try peek() == UInt8(ascii: "{") else {
            // Anything else that is valid JSON is the wrong shape; invalid JSON says what is wrong with it.
            try skipValue(depth: 0)
            try expectEnd()
            throw RankingInputError(.jsonNotAnObject, at: SourceLocation(file: ballots.file, line: 0))
        }
        _ = try next()
        var keys = Set<[UInt8]>()
        var sawCandidates = false
        var sawBallots = false
        try skipWhitespace()
        if try peek() == UInt8(ascii: "}") {
            _ = try next()
        } else {
            while true {
                try skipWhitespace()
                let keyPlace = place
                try expect(UInt8(ascii: "\""))
                try readString()
                let key = text
                guard keys.insert(key).inserted else {
                    throw problem(.duplicateKey(String(decoding: key, as: UTF8.self)), at: keyPlace)
                }
                try skipWhitespace()
                try expect(UInt8(ascii: ":"))
                try skipWhitespace()
                switch key {
                case Array("candidates".utf8) where !ballots.hasCandidates:
                    try readCandidates()
                    sawCandidates = true
                case Array("ballots".utf8):
                    try readBallots()
                    sawBallots = true
                default:
                    try skipValue(depth: 1)
                }
                try skipWhitespace()
                let separator = try next()
                if separator == UInt8(ascii: "}") { break }
                guard separator == UInt8(ascii: ",") else { throw unexpected(separator) }
            }
        }
        try expectEnd()
        let file = SourceLocation(file: ballots.file, line: 0)
        guard sawCandidates || ballots.hasCandidates else { throw RankingInputError(.jsonMissingCandidates, at: file) }
        guard sawBallots else { throw RankingInputError(.jsonMissingBallots, at: file) }
        return ballots
    }

    private mutating func readCandidates() throws(RankingInputError) {
        let start = place
        guard try peek() == UInt8(ascii: "[") else {
            throw RankingInputError(.jsonMissingCandidates, at: location(start))
        }
        var list = CandidateList(limit: ballots.limits.candidates)
        try readList { reader, position throws(RankingInputError) in
            let at = reader.place
            guard try reader.peek() == UInt8(ascii: "\"") else {
                throw RankingInputError(.jsonCandidateNotAName(position: position), at: reader.location(at))
            }
            _ = try reader.next()
            try reader.readString()
            try list.add(reader.text, position: position, at: reader.location(at))
        }
        try ballots.fix(list, at: location(start))
    }

    private mutating func readBallots() throws(RankingInputError) {
        guard try peek() == UInt8(ascii: "[") else {
            throw RankingInputError(.jsonMissingBallots, at: location(place))
        }
        try readList { reader, _ throws(RankingInputError) in
            let at = reader.place
            let number = reader.ballots.ballotNumber
            try reader.ballots.beginBallot(line: at.line, column: at.column)
            guard try reader.peek() == UInt8(ascii: "[") else {
                throw RankingInputError(.jsonBallotNotNames(ballot: number), at: reader.location(at))
            }
            try reader.readList { reader, position throws(RankingInputError) in
                let at = reader.place
                guard try reader.peek() == UInt8(ascii: "\"") else {
                    throw RankingInputError(.jsonBallotNotNames(ballot: number), at: reader.location(at))
                }
                _ = try reader.next()
                if let name = reader.input.takePrintableString() {
                    // One character per byte, no line break: the name and its closing quote.
                    reader.column += name.count + 1
                    try reader.ballots.add(printable: name, column: position, line: at.line, at: at.column)
                } else {
                    try reader.readString()
                    try reader.ballots.add(reader.text, column: position, line: at.line, at: at.column)
                }
            }
            reader.ballots.endBallot()
        }
    }

    /// Reads `[element, …]`, calling `element` with the 1-based position of each, at its first byte.
    private mutating func readList(
        _ element: (inout BallotJSONReader, Int) throws(RankingInputError) -> Void
    ) throws(RankingInputError) {
        try expect(UInt8(ascii: "["))
        try skipWhitespace()
        if try peek() == UInt8(ascii: "]") {
            _ = try next()
            return
        }
        var position = 1
        while true {
            try skipWhitespace()
            try element(&self, position)
            try skipWhitespace()
            let separator = try next()
            if separator == UInt8(ascii: "]") { return }
            guard separator == UInt8(ascii: ",") else { throw unexpected(separator) }
            position += 1
        }
    }
}
