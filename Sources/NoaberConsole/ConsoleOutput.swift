public import Foundation
import NoaberCore

/// Where the console writes. Every line goes straight to the file descriptor (no stdio buffer), so an `ok` line
/// that a reader has seen was really printed after its commit and is never lost in a buffer at a crash.
public struct ConsoleOutput: Sendable {
    public var standardOutput: @Sendable (String) -> Void
    public var standardError: @Sendable (String) -> Void

    public init(
        standardOutput: @escaping @Sendable (String) -> Void, standardError: @escaping @Sendable (String) -> Void
    ) {
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    public static let terminal = ConsoleOutput(
        standardOutput: { FileHandle.standardOutput.write(Data((printable($0) + "\n").utf8)) },
        standardError: { FileHandle.standardError.write(Data((printable($0) + "\n").utf8)) })

    /// "1 deelnemer", "3 deelnemers".
    public static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    /// Names and texts typed in the room are echoed; a control character in them (an escape sequence, a bell, a
    /// carriage return) or a bidirectional override must not steer the griffier's terminal, so each is shown by
    /// its code point (`<U+202E>`). Tabs and line breaks stay.
    public static func printable(_ line: String) -> String {
        line.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map { TextPolicy.visible(String($0)) } }
            .map { $0.joined(separator: "\t") }
            .joined(separator: "\n")
    }
}

/// Clock times as the room reads them: Dutch local time, whatever the machine's time zone.
public enum ConsoleTime {
    public static let zone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 0) ?? .current

    public static func clock(_ millisecondsSince1970: Int64) -> String {
        let components = components(millisecondsSince1970)
        return String(format: "%02d:%02d", components.hour ?? 0, components.minute ?? 0)
    }

    public static func dateTime(_ millisecondsSince1970: Int64) -> String {
        let c = components(millisecondsSince1970)
        return String(
            format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    private static func components(_ millisecondsSince1970: Int64) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let date = Date(timeIntervalSince1970: Double(millisecondsSince1970) / 1000)
        return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    }
}
