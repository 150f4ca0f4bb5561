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

/// Clock times as the room reads them: Dutch local time (`DutchTime`), whatever the machine's time zone.
public enum ConsoleTime {
    /// For parsing a local clock time typed on the command line.
    public static let zone =
        TimeZone(identifier: DutchTime.zoneIdentifier) ?? TimeZone(secondsFromGMT: 3600) ?? .current

    public static func clock(_ millisecondsSince1970: Int64) -> String {
        let p = DutchTime.parts(Timestamp(millisecondsSince1970: millisecondsSince1970))
        return String(format: "%02d:%02d", p.hour, p.minute)
    }

    public static func dateTime(_ millisecondsSince1970: Int64) -> String {
        let p = DutchTime.parts(Timestamp(millisecondsSince1970: millisecondsSince1970))
        return String(format: "%04d-%02d-%02d %02d:%02d", p.year, p.month, p.day, p.hour, p.minute)
    }
}
