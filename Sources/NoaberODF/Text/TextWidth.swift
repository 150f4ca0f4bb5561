/// How wide a text prints in Liberation Sans (the reports' font, metric-compatible with Arial), so that table
/// columns can be as wide as their words need. Advance widths in thousandths of an em for U+0020…U+017F, measured
/// from the font files (`LiberationSans-Regular.ttf`, `-Bold.ttf`); other characters count as the widest
/// common letter.
enum TextWidth {
    /// Width in centimetres of `text` at `points` size.
    static func centimetres(_ text: String, points: Double, bold: Bool = false) -> Double {
        var thousandths = 0
        for scalar in text.unicodeScalars {
            thousandths += advance(scalar, bold: bold)
        }
        return Double(thousandths) / 1000 * points * 2.54 / 72
    }

    /// The widest word of `text` (split at spaces and after hyphens, where LibreOffice may break a line).
    static func widestWord(_ text: String, points: Double, bold: Bool = false) -> Double {
        var widest = 0.0
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            for piece in word.split(separator: "-", omittingEmptySubsequences: true) {
                let hyphen = piece.endIndex < word.endIndex ? "-" : ""
                widest = max(widest, centimetres(String(piece) + hyphen, points: points, bold: bold))
            }
        }
        return widest
    }

    private static func advance(_ scalar: Unicode.Scalar, bold: Bool) -> Int {
        let value = Int(scalar.value)
        if value >= 0x20, value < 0x180 {
            let width = (bold ? boldWidths : regularWidths)[value - 0x20]
            if width > 0 { return width }
        }
        switch scalar {
        case "–", "€": return 556
        case "—", "…": return 1000
        case "‘", "’": return bold ? 278 : 222
        case "“", "”": return bold ? 500 : 333
        case "•": return 350
        default: return 833
        }
    }

    private static let regularWidths = parse(
        """
        278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556
        556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778
        722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222
        500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584 0 0 0 0 0 0 0 0 0 0
        0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 278 333 556 556 556 556 260 556 333 737 370 556 584 0
        737 552 400 549 333 333 333 576 537 333 333 333 365 556 834 834 834 611 667 667 667 667 667 667 1000
        722 667 667 667 667 278 278 278 278 722 722 778 778 778 778 778 584 778 722 722 722 722 667 667 611
        556 556 556 556 556 556 889 500 556 556 556 556 278 278 278 278 556 556 556 556 556 556 556 549 611
        556 556 556 556 500 556 500 667 556 667 556 667 556 722 500 722 500 722 500 722 500 722 615 722 556
        667 556 667 556 667 556 667 556 667 556 778 556 778 556 778 556 778 556 722 556 722 556 278 278 278
        278 278 278 278 222 278 278 735 444 500 222 667 500 500 556 222 556 222 556 292 556 334 556 222 722
        556 722 556 722 556 604 723 556 778 556 778 556 778 556 1000 944 722 333 722 333 722 333 667 500 667
        500 667 500 667 500 611 278 611 375 611 278 722 556 722 556 722 556 722 556 722 556 722 556 944 722
        667 500 667 611 500 611 500 611 500 222
        """)

    private static let boldWidths = parse(
        """
        278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556
        556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 667 778
        722 667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 611 278 278
        556 278 889 611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584 0 0 0 0 0 0 0 0 0 0
        0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 278 333 556 556 556 556 280 556 333 737 370 556 584 0
        737 552 400 549 333 333 333 576 556 333 333 333 365 556 834 834 834 611 722 722 722 722 722 722 1000
        722 667 667 667 667 278 278 278 278 722 722 778 778 778 778 778 584 778 722 722 722 722 667 667 611
        556 556 556 556 556 556 889 556 556 556 556 556 278 278 278 278 611 611 611 611 611 611 611 549 611
        611 611 611 611 556 611 556 722 556 722 556 722 556 722 556 722 556 722 556 722 556 722 719 722 611
        667 556 667 556 667 556 667 556 667 556 778 611 778 611 778 611 778 611 722 611 722 611 278 278 278
        278 278 278 278 278 278 278 785 556 556 278 722 556 556 611 278 611 278 611 385 611 479 611 278 722
        611 722 611 722 611 708 723 611 778 611 778 611 778 611 1000 944 722 389 722 389 722 389 667 556 667
        556 667 556 667 556 611 333 611 479 611 333 722 611 722 611 722 611 722 611 722 611 722 611 944 778
        667 556 667 611 500 611 500 611 500 278
        """)

    private static func parse(_ table: String) -> [Int] {
        table.split(whereSeparator: \.isWhitespace).map { Int($0) ?? 0 }
    }
}
