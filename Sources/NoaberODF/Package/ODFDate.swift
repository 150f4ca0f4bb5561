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

    /// "dinsdag 25 november 2026", as a cover gives the date of a meeting.
    public static func dutchDateWithWeekday(_ timestamp: Timestamp) -> String {
        let p = parts(timestamp)
        // Days since 1970-01-01 (a Thursday) of the Dutch calendar date, by the civil-from-days inverse.
        let y = p.month <= 2 ? p.year - 1 : p.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (p.month + (p.month > 2 ? -3 : 9)) + 2) / 5 + p.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let weekday = ((days % 7) + 7 + 3) % 7
        return "\(dutchWeekdays[weekday]) \(dutchDate(timestamp))"
    }

    /// Monday first.
    static let dutchWeekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

    /// "1 maart 2027" for a date typed as `2027-03-01`, `1-3-2027` or `1/3/2027` (a real calendar date); `nil` for
    /// anything else ("voor de zomer" stays as the room said it).
    public static func dutchDate(typed text: String) -> String? {
        let parts = text.trimmedWhitespace.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" }
        let numbers = parts.compactMap { $0.allSatisfy(\.isASCII) ? Int($0) : nil }
        guard parts.count == 3, numbers.count == 3 else { return nil }
        let yearFirst = parts[0].count == 4
        guard parts[yearFirst ? 0 : 2].count == 4 else { return nil }
        let (year, month, day) = yearFirst ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0])
        guard (1...12).contains(month), day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        return "\(day) \(dutchMonths[month - 1]) \(year)"
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
