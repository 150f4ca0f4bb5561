import Foundation
public import NoaberCore

/// Dates as a Dutch room reads them and as ODF stores them. Every date is the session's wall-clock time in the
/// Netherlands (`DutchTime`), whatever time zone the exporting machine is in, so exports are the same
/// everywhere.
public enum ODFDate {
    /// Dutch month names; spelled out here rather than taken from a locale so that output never depends on the
    /// machine's ICU data.
    static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    typealias Parts = DutchTime.Parts

    /// The wall-clock parts in the Netherlands (`DutchTime`: no `Calendar` per cell, which made a 60,000-row
    /// spreadsheet take seconds).
    static func parts(_ timestamp: Timestamp) -> Parts { DutchTime.parts(timestamp) }

    /// "25 november 2026".
    public static func dutchDate(_ timestamp: Timestamp) -> String {
        let p = parts(timestamp)
        return "\(p.day) \(dutchMonths[p.month - 1]) \(p.year)"
    }

    /// "14:05".
    public static func dutchTime(_ timestamp: Timestamp) -> String {
        let p = parts(timestamp)
        return "\(pad(p.hour)):\(pad(p.minute))"
    }

    /// `2026-11-25T14:05:00`, the form of `meta:creation-date` and `office:date-value` (local time, as LibreOffice
    /// writes it).
    static func iso(_ timestamp: Timestamp) -> String {
        let p = parts(timestamp)
        return "\(p.year)-\(pad(p.month))-\(pad(p.day))T\(pad(p.hour)):\(pad(p.minute)):\(pad(p.second))"
    }

    /// The same wall-clock time as a `Date` in UTC: zip entry times have no zone, and ZIPFoundation converts
    /// with `gmtime`, so the archive shows the Dutch time of the session.
    static func zipDate(_ timestamp: Timestamp) -> Date {
        let p = parts(timestamp)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        let components = DateComponents(
            year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 315_532_800)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
