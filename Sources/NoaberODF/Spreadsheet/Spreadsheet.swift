public import NoaberCore

/// A spreadsheet of typed cells, written as `.ods`: one header row per sheet (frozen), numbers as `float`, dates
/// as `date`, everything else as `string`. No cell is ever a formula, so text that starts with `=`, `+`, `-` or
/// `@` stays text (no formula injection).
public struct Spreadsheet: Sendable, Equatable {
    public var metadata: ODFMetadata
    public private(set) var sheets: [Sheet] = []

    public init(metadata: ODFMetadata) { self.metadata = metadata }

    /// Adds a sheet; its name is made valid and unique (see `Sheet.safeName`).
    public mutating func append(_ sheet: Sheet) {
        var sheet = sheet
        sheet.name = Sheet.uniqueName(Sheet.safeName(sheet.name), taken: Set(sheets.map(\.name)))
        sheets.append(sheet)
    }
}

public struct Sheet: Sendable, Equatable {
    public var name: String
    /// Column titles in full (a statement's whole text), wrapped in the header row.
    public var header: [String]
    /// A second header row with the ids of what the columns hold (`doen-1`), for formulas and scripts; empty
    /// when the columns have none.
    public var ids: [String]
    public var rows: [[Cell]]
    /// Column widths in centimetres; missing ones are 3.5 cm.
    public var columnWidths: [Double]

    public init(
        name: String, header: [String], ids: [String] = [], rows: [[Cell]] = [], columnWidths: [Double] = []
    ) {
        self.name = name
        self.header = header
        self.ids = ids
        self.rows = rows
        self.columnWidths = columnWidths
    }

    /// The header rows: titles, and ids when there are any (frozen and repeated on every printed page).
    var headerRowCount: Int { ids.isEmpty ? 1 : 2 }

    /// Columns in use: the header's or the longest row's.
    var columnCount: Int { max(header.count, rows.map(\.count).max() ?? 0) }

    /// Column widths as printed, in centimetres: the declared width (3.5 cm when none), widened where the
    /// column's title (bold) or id has a longer word, so that no header breaks inside a word.
    var printedWidths: [Double] {
        (0..<columnCount).map { index in
            let declared = index < columnWidths.count ? columnWidths[index] : 3.5
            let title = index < header.count ? TextWidth.widestWord(header[index], points: 10, bold: true) : 0
            let id = index < ids.count ? TextWidth.widestWord(ids[index], points: 10) : 0
            // Tenths of a centimetre, rounded up, so that the widths stay few and readable in the file.
            return max(declared, ((max(title, id) + 2 * Self.cellPadding) * 10).rounded(.up) / 10)
        }
    }

    /// The title row's height in centimetres: its tallest title, wrapped in its printed column as LibreOffice
    /// breaks lines at spaces. Written as a fixed height, because LibreOffice's own estimate for wrapped bold
    /// text can fall a line short and cut the end of a statement.
    var headerHeight: Double { headerHeight(printedWidths: printedWidths) }

    /// `headerHeight` for the sheet's `printedWidths`, when they are known already.
    func headerHeight(printedWidths widths: [Double]) -> Double {
        let lines = header.indices.map { Self.lineCount(header[$0], width: widths[$0] - 2 * Self.cellPadding) }
        return ((Double(lines.max() ?? 1) * Self.lineHeight + 2 * Self.cellPadding) * 100).rounded(.up) / 100
    }

    /// Room on each side of a cell's text, in centimetres.
    static let cellPadding = 0.15
    /// One line of 10 pt Liberation Sans, in centimetres (ascent and descent, 1.15 em).
    static let lineHeight = 0.41

    /// How many lines `text` takes in bold 10 pt in `width` centimetres, breaking at spaces.
    static func lineCount(_ text: String, width: Double) -> Int {
        let space = TextWidth.centimetres(" ", points: 10, bold: true)
        var lines = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += 1
            var used = 0.0
            for word in paragraph.split(separator: " ") {
                let length = TextWidth.centimetres(String(word), points: 10, bold: true)
                if used > 0, used + space + length > width {
                    lines += 1
                    used = 0
                }
                used += (used > 0 ? space : 0) + length
                // A word longer than the line is broken inside it.
                while used > width {
                    lines += 1
                    used -= width
                }
            }
        }
        return max(lines, 1)
    }

    /// The longest sheet name; spreadsheets written for Excel users keep to its limit.
    static let maxNameLength = 31

    /// A sheet name LibreOffice and Excel accept: without `[ ] * ? : / \`, not starting or ending with `'`,
    /// at most 31 characters, never empty. `?`, `*` and `:` are left out ("Wat stelt u voorop?" → "Wat stelt u
    /// voorop"), brackets become parentheses and slashes hyphens. A longer name is cut after its last whole word
    /// that fits ("Reflectie op de scores en wat we ervan leren" → "Reflectie op de scores en wat"), inside a word
    /// only when its first word alone is too long.
    static func safeName(_ name: String) -> String {
        let replacements: [Character: String] = ["[": "(", "]": ")", "/": "-", "\\": "-", "*": "", "?": "", ":": ""]
        var cleaned = name.map { character in
            replacements[character]
                ?? (character.unicodeScalars.allSatisfy { $0.value < 0x20 } ? " " : String(character))
        }.joined().split(separator: " ").joined(separator: " ")
        while cleaned.hasPrefix("'") || cleaned.hasPrefix(" ") { cleaned.removeFirst() }
        cleaned = cut(cleaned, to: maxNameLength)
        return cleaned.isEmpty ? "Blad" : cleaned
    }

    /// `name` in at most `length` characters, cut at a word where it must be cut; no trailing space, quote or
    /// punctuation.
    static func cut(_ name: String, to length: Int) -> String {
        var cut = name
        var trailing: Set<Character> = ["'", " "]
        if cut.count > length {
            let head = cut.prefix(length + 1)
            if let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) >= 3 {
                cut = String(head[..<space])
            } else {
                cut = String(cut.prefix(length))
            }
            trailing.formUnion([",", ";", ".", "-", "–", "(", ":"])
        }
        while let last = cut.last, trailing.contains(last) { cut.removeLast() }
        return cut
    }

    /// `name`, or `name (2)`, `name (3)`… when taken (compared without letter case, as spreadsheets do).
    static func uniqueName(_ name: String, taken: Set<String>) -> String {
        let lowered = Set(taken.map { $0.lowercased() })
        guard lowered.contains(name.lowercased()) else { return name }
        var number = 2
        while true {
            let suffix = " (\(number))"
            let candidate = cut(name, to: maxNameLength - suffix.count) + suffix
            if !lowered.contains(candidate.lowercased()) { return candidate }
            number += 1
        }
    }
}

/// A typed spreadsheet cell. Numbers carry a Dutch number format: whole numbers without decimals, measured
/// values (means, scores) with two.
public enum Cell: Sendable, Equatable {
    case empty
    case string(String)
    /// A measured value, shown with two decimals ("1,67").
    case float(Double)
    /// A count or a place, shown without decimals.
    case integer(Int)
    /// A moment, shown as Dutch local date and time.
    case date(Timestamp)

    /// `nil` becomes an empty cell.
    public static func string(_ value: String?) -> Cell { value.map(Cell.string) ?? .empty }
    public static func int(_ value: Int) -> Cell { .integer(value) }
}
