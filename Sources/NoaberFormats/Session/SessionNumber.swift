/// Numbers in session XML: integers in decimal, doubles in Swift's shortest round-trip form, so that a value
/// written and read back is the same value and formatting it again gives the same text.
enum SessionNumber {
    /// XML Schema `double` lexical form of `value`.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        return value.description
    }

    /// Parses what `format` writes (and any other `xsd:double` the schema let through).
    static func parseDouble(_ text: String) -> Double? {
        switch text {
        case "NaN": return .nan
        case "INF", "+INF": return .infinity
        case "-INF": return -.infinity
        default: return Double(text)
        }
    }
}
