/// A text document as a list of blocks, written as `.odt` or flat `.fodt`. Reports are built as this value first,
/// so that the same report comes out in both formats and tests can look at its structure.
public struct TextDocument: Sendable, Equatable {
    public var metadata: ODFMetadata
    public var blocks: [TextBlock]
    /// A line printed at the top of every page (a paper form's field for the participant's number and name).
    public var pageHeader: String?

    public init(metadata: ODFMetadata, blocks: [TextBlock] = [], pageHeader: String? = nil) {
        self.metadata = metadata
        self.blocks = blocks
        self.pageHeader = pageHeader
    }

    public mutating func append(_ block: TextBlock) { blocks.append(block) }

    public mutating func heading(_ text: String, level: Int) { blocks.append(.heading(text, level: level)) }

    public mutating func paragraph(_ text: String, style: ParagraphStyle = .body) {
        blocks.append(.paragraph(text, style: style))
    }

    /// The charts, in order: each becomes `Object N/` in an `.odt`.
    var charts: [BarChart] {
        blocks.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
    }
}

/// One block of a text document.
public enum TextBlock: Sendable, Equatable {
    /// A heading at outline level 1–3 (`text:h` with `text:outline-level`: the navigator and a table of contents
    /// see it).
    case heading(String, level: Int)
    case paragraph(String, style: ParagraphStyle)
    case bulletList([String])
    case table(TextTable)
    /// A native chart object in `.odt`; its data as a table in `.fodt`.
    case chart(BarChart)
    /// A table of contents listing the document's headings up to `levels`.
    case tableOfContents(title: String, levels: Int)
    case pageBreak
}

/// The named paragraph styles a report uses (defined in `styles.xml`).
public enum ParagraphStyle: String, Sendable, Equatable, CaseIterable {
    case body = "Text_20_body"
    case title = "Title"
    case subtitle = "Subtitle"
    case cover = "Noaber_20_Cover"
    case quote = "Quotations"
    case note = "Noaber_20_Note"
    case caption = "Caption"
}

/// A table with a header row that repeats on every page.
public struct TextTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[TableCell]]
    /// Relative column widths; `nil` gives equal columns.
    public var columnWidths: [Int]?

    public init(header: [String], rows: [[TableCell]], columnWidths: [Int]? = nil) {
        self.header = header
        self.rows = rows
        self.columnWidths = columnWidths
    }
}

/// A table cell: text, or a number written with its value so that it can be copied into a spreadsheet.
public enum TableCell: Sendable, Equatable {
    case text(String)
    case number(Double, display: String)

    /// An integer, shown as is.
    public static func count(_ value: Int) -> TableCell { .number(Double(value), display: String(value)) }

    /// A decimal shown with `decimals` digits and a Dutch decimal comma ("3,5").
    public static func decimal(_ value: Double, decimals: Int = 1) -> TableCell {
        .number(value, display: DutchNumber.format(value, decimals: decimals))
    }

    /// A figure that may be missing (nobody answered): the number, or a dash.
    public static func count(_ value: Int?) -> TableCell { value.map(count) ?? .text("–") }

    /// A decimal that may be missing (nobody answered): the number, or a dash.
    public static func decimal(_ value: Double?, decimals: Int = 1) -> TableCell {
        value.map { decimal($0, decimals: decimals) } ?? .text("–")
    }

    var display: String {
        switch self {
        case .text(let text): text
        case .number(_, let display): display
        }
    }
}

/// Numbers as a Dutch reader writes them.
public enum DutchNumber {
    /// `3.456` with 2 decimals → "3,46"; negative zero prints as "0,00". Rounded half away from zero, computed
    /// without locale so output is the same on every machine.
    public static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        // Beyond what an Int holds the digits after the comma are noise anyway; never trap on a huge number.
        guard scaled < 9e18 else { return "\(value)" }
        let negative = value < 0 && scaled > 0
        let integer = Int(scaled / scale)
        var text = String(integer)
        if decimals > 0 {
            let fraction = Int(scaled) - integer * Int(scale)
            var digits = String(fraction)
            while digits.count < decimals { digits = "0" + digits }
            text += "," + digits
        }
        return negative ? "-" + text : text
    }
}
