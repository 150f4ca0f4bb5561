/// Wall-clock time in the Netherlands, the zone every clock time Noaber shows or writes is in (console, session
/// ids, reports), whatever the machine's zone: CET (UTC+1), and CEST (UTC+2) in summer time as the EU has set it
/// since 1977 (the Netherlands kept no summer time from 1946 to 1976). The rules are written out here, without
/// Foundation, so that every module reads Dutch time the same way and none depends on the machine's tz data;
/// `DutchTimeTests` checks them against the system's `Europe/Amsterdam`.
public enum DutchTime {
    /// The tz database's name of the zone, for the one place that still needs a Foundation `TimeZone` (parsing a
    /// local clock time typed on the command line).
    public static let zoneIdentifier = "Europe/Amsterdam"

    /// A moment as the clock on the wall in the Netherlands shows it.
    public struct Parts: Sendable, Equatable {
        public var year, month, day, hour, minute, second: Int
    }

    /// The offset from UTC in seconds at `timestamp`: 3600, or 7200 in summer time.
    public static func offsetSeconds(at timestamp: Timestamp) -> Int {
        let seconds = floorDiv(timestamp.millisecondsSince1970, 1000)
        let year = CivilDate.civil(fromDays: floorDiv(seconds + 3600, 86_400)).year
        guard let summer = summerTime(year) else { return 3600 }
        return seconds >= summer.start && seconds < summer.end ? 7200 : 3600
    }

    /// The wall-clock parts of `timestamp` (milliseconds dropped).
    public static func parts(_ timestamp: Timestamp) -> Parts {
        let local = floorDiv(timestamp.millisecondsSince1970, 1000) + Int64(offsetSeconds(at: timestamp))
        let days = floorDiv(local, 86_400)
        let secondOfDay = Int(local - days * 86_400)
        let civil = CivilDate.civil(fromDays: days)
        return Parts(
            year: Int(civil.year), month: Int(civil.month), day: Int(civil.day), hour: secondOfDay / 3600,
            minute: secondOfDay / 60 % 60, second: secondOfDay % 60)
    }

    /// Summer time of `year` in seconds since 1970 (UTC), or nil before 1977. It starts and ends at 01:00 UTC:
    /// from the first Sunday of April (1977–1980) or the last Sunday of March (from 1981), to the last Sunday of
    /// September (1977, 1979–1995), 1 October (1978) or the last Sunday of October (from 1996).
    private static func summerTime(_ year: Int64) -> (start: Int64, end: Int64)? {
        guard year >= 1977 else { return nil }
        let start = year <= 1980 ? firstSunday(year, month: 4) : lastSunday(year, month: 3)
        let end =
            switch year {
            case 1978: CivilDate.days(year: 1978, month: 10, day: 1)
            case ..<1996: lastSunday(year, month: 9)
            default: lastSunday(year, month: 10)
            }
        return (start * 86_400 + 3600, end * 86_400 + 3600)
    }

    /// Days since 1970 of the first Sunday of a month.
    private static func firstSunday(_ year: Int64, month: Int64) -> Int64 {
        let first = CivilDate.days(year: year, month: month, day: 1)
        return first + (7 - weekday(first)) % 7
    }

    /// Days since 1970 of the last Sunday of a month.
    private static func lastSunday(_ year: Int64, month: Int64) -> Int64 {
        let next =
            month == 12
            ? CivilDate.days(year: year + 1, month: 1, day: 1) : CivilDate.days(year: year, month: month + 1, day: 1)
        let last = next - 1
        return last - weekday(last)
    }

    /// 0 for Sunday through 6 for Saturday (1970-01-01 was a Thursday).
    private static func weekday(_ days: Int64) -> Int64 { ((days + 4) % 7 + 7) % 7 }

    private static func floorDiv(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }
}
