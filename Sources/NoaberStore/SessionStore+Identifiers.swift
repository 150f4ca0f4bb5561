import Foundation
public import NoaberCore

extension SessionStore {
    /// A readable, deterministic id for a new session: `grasveldje-20261125-1930` (Dutch local time of the start),
    /// with `-2`, `-3`, … when that id is taken (two tables starting at the same minute).
    public func freeSessionID(scenarioID: String, start: Timestamp) throws(StoreError) -> SessionID {
        let base = "\(scenarioID)-\(Self.minuteStamp(start))"
        if try !contains(base) { return base }
        var suffix = 2
        while try contains("\(base)-\(suffix)") { suffix += 1 }
        return "\(base)-\(suffix)"
    }

    static func minuteStamp(_ time: Timestamp) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 0) ?? .current
        let date = Date(timeIntervalSince1970: Double(time.millisecondsSince1970) / 1000)
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d%02d%02d-%02d%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}
