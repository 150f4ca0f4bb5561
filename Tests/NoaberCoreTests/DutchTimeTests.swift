import Foundation
import NoaberCore
import Testing

/// Dutch wall-clock time is computed without Foundation; the system's tz database is the reference.
@Suite struct DutchTimeTests {
    private let amsterdam = TimeZone(identifier: DutchTime.zoneIdentifier)

    /// Every summer-time transition from 1970 to 2200, a second before and at the moment itself, and the middle of
    /// every month in between.
    @Test func offsetAgreesWithTheTzDatabase() throws {
        let zone = try #require(amsterdam)
        let end = Date(timeIntervalSince1970: 7_258_118_400)  // 2200-01-01
        var moments: [Date] = []
        var transition = zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: 0))
        while let moment = transition, moment < end {
            moments += [moment.addingTimeInterval(-1), moment]
            transition = zone.nextDaylightSavingTimeTransition(after: moment)
        }
        #expect(moments.count > 400)
        let monthly = stride(from: 0.0, to: end.timeIntervalSince1970, by: 30.5 * 86_400)
        moments += monthly.map { Date(timeIntervalSince1970: $0) }
        for moment in moments {
            let timestamp = Timestamp(millisecondsSince1970: Int64(moment.timeIntervalSince1970 * 1000))
            #expect(DutchTime.offsetSeconds(at: timestamp) == zone.secondsFromGMT(for: moment), "\(moment)")
        }
    }

    @Test func partsAreTheWallClock() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(amsterdam)
        // The epoch; both sides of the 2026 spring and autumn changes (01:00 UTC); a session evening; the last UTC
        // second of 9999, already in 10000 on the Dutch clock.
        for seconds in [0, 1_774_745_999, 1_774_746_000, 1_792_889_999, 1_792_890_000, 1_795_632_300, 253_402_300_799] {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let parts = DutchTime.parts(Timestamp(millisecondsSince1970: Int64(seconds) * 1000 + 999))
            #expect(
                [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second]
                    == [c.year, c.month, c.day, c.hour, c.minute, c.second], "\(date)")
        }
    }
}
