import Foundation

/// Where the console writes. Every line goes straight to the file descriptor (no stdio buffer), so an `ok` line
/// that a reader has seen was really printed after its commit and is never lost in a buffer at a crash.
struct ConsoleOutput: Sendable {
    var standardOutput: @Sendable (String) -> Void
    var standardError: @Sendable (String) -> Void

    static let terminal = ConsoleOutput(
        standardOutput: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
        standardError: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
}

/// Clock times as the room reads them: Dutch local time, whatever the machine's time zone.
enum ConsoleTime {
    static let zone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 0) ?? .current

    static func clock(_ millisecondsSince1970: Int64) -> String {
        let components = components(millisecondsSince1970)
        return String(format: "%02d:%02d", components.hour ?? 0, components.minute ?? 0)
    }

    static func dateTime(_ millisecondsSince1970: Int64) -> String {
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
