public import NoaberCore

/// Numbers as a reader expects them: a decimal comma in Dutch, a point in English.
public enum DecimalText {
    /// `value` rounded half away from zero to `decimals` places, without grouping separators.
    public static func fixed(_ value: Double, decimals: Int, language: Language) -> String {
        precondition(decimals >= 0 && decimals <= 9, "decimals out of range")
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled) / scale
        let fraction = Int(scaled) % scale
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return "\(sign)\(whole)" }
        let digits = String(fraction)
        let padded = String(repeating: "0", count: decimals - digits.count) + digits
        return "\(sign)\(whole)\(separator(language))\(padded)"
    }

    /// Integers without decimals, other values to `decimals` places (for scores that are mostly whole).
    public static func compact(_ value: Double, decimals: Int, language: Language) -> String {
        value == value.rounded() && abs(value) < 1e15
            ? fixed(value, decimals: 0, language: language) : fixed(value, decimals: decimals, language: language)
    }

    /// Integers without decimals, other values in Swift's shortest round-trip form (`2`, `2,5`), for numbers a
    /// scenario author typed: they come back with the digits as written.
    public static func shortest(_ value: Double, language: Language) -> String {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return String(text.map { $0 == "." ? separator(language) : $0 })
    }

    /// The decimal comma in Dutch, the point in English.
    private static func separator(_ language: Language) -> Character { language == .nl ? "," : "." }
}
