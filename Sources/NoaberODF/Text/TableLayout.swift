/// Column widths from a table's content, as a browser lays out an automatic table: every column at least as wide
/// as its widest word (so a header never breaks inside a word, "Deelne/mers"), a number never broken, and the
/// rest of the line shared by what the columns would need to stand on one line.
struct TableLayout: Equatable {
    /// Column widths in centimetres; they add up to `width`.
    var columns: [Double]
    /// Which columns hold numbers only (right-aligned, header included).
    var numeric: [Bool]
    /// About how tall the table prints, header included, in centimetres.
    var height: Double

    /// The text width of an A4 page with 2 cm margins.
    static let pageWidth = 17.0
    /// Body and header text size in tables.
    static let fontSize = 10.0
    /// Left plus right cell padding, and a little air against rounding in LibreOffice's own measuring.
    static let padding = 0.1 * 2 + 0.06

    init(_ table: TextTable, width: Double = TableLayout.pageWidth) {
        let count = table.header.count
        var minimum = [Double](repeating: 0, count: count)
        var natural = [Double](repeating: 0, count: count)
        // A short column's cells on one line, its header broken between words if need be ("1 Zeer / oneens").
        var oneLine = [Double](repeating: 0, count: count)
        var numeric = [Bool](repeating: false, count: count)
        var hasNumber = [Bool](repeating: false, count: count)
        var hasText = [Bool](repeating: false, count: count)
        for index in 0..<count {
            let header = table.header[index]
            minimum[index] = TextWidth.widestWord(header, points: Self.fontSize, bold: true)
            natural[index] = TextWidth.centimetres(header, points: Self.fontSize, bold: true)
            oneLine[index] = minimum[index]
        }
        for row in table.rows {
            for (index, cell) in row.prefix(count).enumerated() {
                let text = cell.display
                let full = TextWidth.centimetres(text, points: Self.fontSize)
                natural[index] = max(natural[index], full)
                oneLine[index] = max(oneLine[index], full)
                switch cell {
                case .number:
                    hasNumber[index] = true
                    minimum[index] = max(minimum[index], full)
                case .text(let value):
                    if !value.isEmpty { hasText[index] = true }
                    minimum[index] = max(minimum[index], TextWidth.widestWord(text, points: Self.fontSize))
                }
            }
        }
        for index in 0..<count {
            numeric[index] = hasNumber[index] && !hasText[index]
            minimum[index] += Self.padding
            natural[index] += Self.padding
            oneLine[index] += Self.padding
        }
        self.numeric = numeric
        let columns = Self.distribute(
            width: width, minimum: minimum, natural: natural, oneLine: oneLine, weights: table.columnWidths,
            numeric: numeric)
        self.columns = columns
        func rowHeight(_ texts: [String], bold: Bool) -> Double {
            let lines = zip(texts, columns).map { text, column in
                Self.lines(text, width: column - Self.padding, bold: bold)
            }
            return Double(lines.max() ?? 1) * Self.lineHeight + Self.rowPadding
        }
        height =
            rowHeight(table.header, bold: true)
            + table.rows.map { row in rowHeight(row.prefix(count).map(\.display), bold: false) }.reduce(0, +)
    }

    /// The height of one line of table text, and what a row adds (padding, border).
    static let lineHeight = fontSize * 1.17 * 2.54 / 72
    static let rowPadding = 0.12

    /// How many lines `text` takes in a column `width` wide, wrapping between words.
    static func lines(_ text: String, width: Double, bold: Bool) -> Int {
        let space = TextWidth.centimetres(" ", points: fontSize, bold: bold)
        var lines = 1
        var used = 0.0
        for word in text.split(separator: " ") {
            let wordWidth = TextWidth.centimetres(String(word), points: fontSize, bold: bold)
            // A millionth of a centimetre of slack: summing word by word rounds differently from the whole line.
            if used > 0, used + space + wordWidth > width + 1e-6 {
                lines += 1
                used = wordWidth
            } else {
                used += (used > 0 ? space : 0) + wordWidth
            }
        }
        return lines
    }

    /// A column whose whole content fits in this share of the line counts as short.
    static let shortColumnShare = 0.25

    /// Everything fits on one line: the spare width goes to the text columns (by `weights` when given, else by
    /// their natural width). Otherwise every column gets its minimum and the rest goes where the text is long.
    private static func distribute(
        width: Double, minimum: [Double], natural: [Double], oneLine: [Double], weights: [Int]?, numeric: [Bool]
    ) -> [Double] {
        let count = minimum.count
        guard count > 0 else { return [] }
        let naturalTotal = natural.reduce(0, +)
        if naturalTotal <= width {
            var share = (0..<count).map { index -> Double in
                if numeric[index] { return 0 }
                if let weights, index < weights.count { return Double(max(0, weights[index])) }
                return natural[index]
            }
            if share.reduce(0, +) <= 0 { share = natural }
            let total = share.reduce(0, +)
            return (0..<count).map { natural[$0] + (width - naturalTotal) * share[$0] / total }
        }
        let minimumTotal = minimum.reduce(0, +)
        if minimumTotal >= width {
            // Not even the words fit: shrink every column alike (LibreOffice then breaks the longest words).
            return minimum.map { $0 * width / minimumTotal }
        }
        // A short column (a name, a date, a round) stands on one line when the long ones keep their words whole:
        // shared out by what each column lacks, "Karin El / Amrani" would wrap beside an answer of many lines.
        let short = (0..<count).map { oneLine[$0] <= width * shortColumnShare }
        let shortTotal = (0..<count).filter { short[$0] }.map { oneLine[$0] }.reduce(0, +)
        let longMinimum = (0..<count).filter { !short[$0] }.map { minimum[$0] }.reduce(0, +)
        if short.contains(false), shortTotal + longMinimum < width {
            let wish = (0..<count).map { short[$0] ? 0 : natural[$0] - minimum[$0] }
            let wishTotal = wish.reduce(0, +)
            let spare = width - shortTotal - longMinimum
            return (0..<count).map { index in
                if short[index] { return oneLine[index] }
                return minimum[index] + spare * (wishTotal > 0 ? wish[index] / wishTotal : 0)
            }
        }
        let wish = (0..<count).map { natural[$0] - minimum[$0] }
        let wishTotal = wish.reduce(0, +)
        return (0..<count).map { minimum[$0] + (width - minimumTotal) * wish[$0] / wishTotal }
    }
}
