import NoaberCore

/// A minimal RFC 4180 reader: rows of fields, with the line each row starts on; fields are separated by commas,
/// or by semicolons in a file without any comma (see `separator(of:)`).
///
/// Quoted fields may hold commas, line breaks and doubled quotes; CRLF and LF both end a row; the line break
/// after the last row does not make an extra row. Unquoted fields are kept as written (no trimming), so names
/// compare exactly.
struct CSVRows {
    struct Row: Equatable {
        var line: Int
        var cells: [String]
    }

    /// The field separator: a comma, or a semicolon when the text has semicolons and no comma at all, since a
    /// spreadsheet with Dutch settings (Excel, LibreOffice) saves CSV with `;` and every ballot would otherwise
    /// become one long name.
    static func separator(of text: String) -> Unicode.Scalar {
        var hasSemicolon = false
        for scalar in text.unicodeScalars {
            if scalar == "," { return "," }
            if scalar == ";" { hasSemicolon = true }
        }
        return hasSemicolon ? ";" : ","
    }

    static func parse(_ text: String, fileName: String) throws(RankingInputError) -> [Row] {
        let separator = separator(of: text)
        var rows: [Row] = []
        var cells: [String] = []
        var field = ""
        var line = 1
        var rowLine = 1
        var inQuotes = false
        var rowHasContent = false
        var iterator = Array(text.unicodeScalars)[...]

        func endRow() {
            cells.append(field)
            // A row that is only an empty line is an empty ballot, not one blank name.
            rows.append(Row(line: rowLine, cells: rowHasContent ? cells : []))
            cells = []
            field = ""
            rowHasContent = false
        }

        while let scalar = iterator.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if iterator.first == "\"" {
                        iterator.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                inQuotes = true
                rowHasContent = true
            case separator:
                cells.append(field)
                field = ""
                rowHasContent = true
            case "\r" where iterator.first == "\n":
                break
            case "\n", "\r":
                endRow()
                line += 1
                rowLine = line
            default:
                field.unicodeScalars.append(scalar)
                rowHasContent = true
            }
        }
        if inQuotes {
            throw RankingInputError(
                .unterminatedQuote(ballot: rows.count + 1), at: SourceLocation(file: fileName, line: rowLine))
        }
        if rowHasContent || !field.isEmpty { endRow() }
        return rows
    }
}
