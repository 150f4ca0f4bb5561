import NoaberCore

/// Ballots from CSV, one ballot per row, read byte by byte (RFC 4180).
///
/// Fields are separated by commas, or by semicolons in a file without any comma (a spreadsheet with Dutch settings
/// saves CSV with `;`, and every ballot would otherwise become one long name). Quoted fields may hold separators,
/// line breaks and doubled quotes; a quote inside an unquoted field opens a quoted part. CRLF, LF and a lone CR
/// end a row; the line break after the last row does not make an extra row. Unquoted fields are kept as written
/// (no trimming), so names compare exactly. Blank cells at the end of a row are ignored (spreadsheets pad rows);
/// a blank cell between two names is refused. An empty row is an empty ballot.
struct BallotCSVReader {
    private var input: ByteReader
    private var ballots: BallotCollector
    private let separator: UInt8
    private var field: [UInt8] = []
    private var line = 1
    private var rowLine = 1
    private var column = 1
    private var rowStarted = false
    private var rowHasContent = false
    /// Blank cells since the last name, and the first of them, refused only when a name follows.
    private var blanks = 0
    private var firstBlank = 0

    init(input: ByteReader, ballots: BallotCollector, separator: UInt8) {
        self.input = input
        self.ballots = ballots
        self.separator = separator
        field.reserveCapacity(64)
    }

    /// Reads every row; returns the collector with all ballots.
    mutating func read() throws(RankingInputError) -> BallotCollector {
        var inQuotes = false
        while true {
            if !inQuotes, field.isEmpty, let (cell, end) = input.takePrintableCell(separator: separator) {
                try endPrintableCell(cell, endedBy: end)
                continue
            }
            guard let byte = try input.next() else { break }
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if try input.peek() == UInt8(ascii: "\"") {
                        _ = try input.next()
                        field.append(byte)
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    // A line break or tab inside quotes waits for the end of the field (an unclosed quote is the
                    // better message); other control characters are refused at once, so a stream of them ends.
                    if byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 { try refuseControl(byte) }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inQuotes = true
                rowHasContent = true
            case separator:
                try endCell()
                rowHasContent = true
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if byte == UInt8(ascii: "\r"), try input.peek() == UInt8(ascii: "\n") { continue }
                try endRow()
                line += 1
                rowLine = line
            default:
                if (byte < 0x20 && byte != 0x09) || byte == 0x7F { try refuseControl(byte) }
                field.append(byte)
                rowHasContent = true
            }
        }
        if inQuotes {
            throw RankingInputError(
                .unterminatedQuote(ballot: ballots.ballotNumber), at: SourceLocation(file: ballots.file, line: rowLine))
        }
        if rowHasContent || !field.isEmpty { try endRow() }
        return ballots
    }

    private mutating func startRow() throws(RankingInputError) {
        if !rowStarted {
            try ballots.beginBallot(line: rowLine)
            rowStarted = true
        }
    }

    private mutating func endCell() throws(RankingInputError) {
        try startRow()
        if NameCheck.isBlank(field) {
            if blanks == 0 { firstBlank = column }
            blanks += 1
        } else {
            try refuseBlanksBefore()
            try ballots.add(field, column: column, line: rowLine)
        }
        field.removeAll(keepingCapacity: true)
        column += 1
    }

    /// A whole cell read in one go (`ByteReader.takePrintableCell`), then what the byte after it does.
    private mutating func endPrintableCell(_ cell: ArraySlice<UInt8>, endedBy end: UInt8) throws(RankingInputError) {
        try startRow()
        try refuseBlanksBefore()
        try ballots.add(printable: cell, column: column, line: rowLine, at: 0)
        column += 1
        rowHasContent = true
        guard end != separator else { return }
        if end == UInt8(ascii: "\r"), try input.peek() == UInt8(ascii: "\n") { _ = try input.next() }
        closeRow()
        line += 1
        rowLine = line
    }

    /// A name after blank cells: the first blank one is refused.
    private func refuseBlanksBefore() throws(RankingInputError) {
        guard blanks == 0 else {
            throw RankingInputError(
                .blankCell(ballot: ballots.ballotNumber, column: firstBlank),
                at: SourceLocation(file: ballots.file, line: rowLine))
        }
    }

    private mutating func endRow() throws(RankingInputError) {
        // A row that is only an empty line is an empty ballot, not one blank name.
        if rowHasContent { try endCell() } else { try startRow() }
        closeRow()
    }

    private mutating func closeRow() {
        ballots.endBallot()
        rowStarted = false
        rowHasContent = false
        column = 1
        blanks = 0
    }

    private mutating func refuseControl(_ byte: UInt8) throws(RankingInputError) {
        try startRow()
        throw RankingInputError(
            .controlCharacter(ballot: ballots.ballotNumber, column: column, code: UInt32(byte)),
            at: SourceLocation(file: ballots.file, line: rowLine))
    }
}
