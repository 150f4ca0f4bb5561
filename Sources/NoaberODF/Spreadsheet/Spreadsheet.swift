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
    public var header: [String]
    public var rows: [[Cell]]
    /// Column widths in centimetres; missing ones are 3.5 cm.
    public var columnWidths: [Double]

    public init(name: String, header: [String], rows: [[Cell]] = [], columnWidths: [Double] = []) {
        self.name = name
        self.header = header
        self.rows = rows
        self.columnWidths = columnWidths
    }

    /// Columns in use: the header's or the longest row's.
    var columnCount: Int { max(header.count, rows.map(\.count).max() ?? 0) }

    /// The longest sheet name; spreadsheets written for Excel users keep to its limit.
    static let maxNameLength = 31

    /// A sheet name LibreOffice and Excel accept: without `[ ] * ? : / \`, not starting or ending with `'`,
    /// at most 31 characters, never empty.
    static func safeName(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", "*", "?", ":", "/", "\\"]
        var cleaned = String(
            name.map { forbidden.contains($0) || $0.unicodeScalars.allSatisfy { $0.value < 0x20 } ? "-" : $0 })
        while cleaned.hasPrefix("'") || cleaned.hasPrefix(" ") { cleaned.removeFirst() }
        cleaned = String(cleaned.prefix(maxNameLength))
        while cleaned.hasSuffix("'") || cleaned.hasSuffix(" ") { cleaned.removeLast() }
        return cleaned.isEmpty ? "Blad" : cleaned
    }

    /// `name`, or `name (2)`, `name (3)`… when taken (compared without letter case, as spreadsheets do).
    static func uniqueName(_ name: String, taken: Set<String>) -> String {
        let lowered = Set(taken.map { $0.lowercased() })
        guard lowered.contains(name.lowercased()) else { return name }
        var number = 2
        while true {
            let suffix = " (\(number))"
            let candidate = String(name.prefix(maxNameLength - suffix.count)) + suffix
            if !lowered.contains(candidate.lowercased()) { return candidate }
            number += 1
        }
    }
}

/// A typed spreadsheet cell.
public enum Cell: Sendable, Equatable {
    case empty
    case string(String)
    case float(Double)
    /// A moment, shown as Dutch local date and time.
    case date(Timestamp)

    /// `nil` becomes an empty cell.
    public static func string(_ value: String?) -> Cell { value.map(Cell.string) ?? .empty }
    public static func int(_ value: Int) -> Cell { .float(Double(value)) }
}
