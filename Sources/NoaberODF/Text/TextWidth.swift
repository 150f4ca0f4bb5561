import Foundation

/// How wide a text prints in Liberation Sans (the reports' font, metric-compatible with Arial), so that table
/// columns can be as wide as their words need. Advance widths in thousandths of an em of the printable ASCII
/// letters, measured from `LiberationSans-Regular.ttf` and `-Bold.ttf`; an accented letter counts as its base
/// letter (é as e), anything else as a wide letter.
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
        if value >= 0x20, value < 0x7F { return (bold ? boldWidths : regularWidths)[value - 0x20] }
        switch scalar {
        case "–", "€": return 556
        case "—", "…": return 1000
        case "‘", "’": return bold ? 278 : 222
        case "“", "”": return bold ? 500 : 333
        case "•": return 350
        default:
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
            return base != scalar && base.value < 0x7F ? advance(base, bold: bold) : 833
        }
    }

    private static let regularWidths = parse(
        """
        278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556
        278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667
        611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833
        556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584
        """)

    private static let boldWidths = parse(
        """
        278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556
        333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 667 778 722 667
        611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 611 278 278 556 278 889
        611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584
        """)

    private static func parse(_ table: String) -> [Int] {
        table.split(whereSeparator: \.isWhitespace).map { Int($0) ?? 0 }
    }
}
