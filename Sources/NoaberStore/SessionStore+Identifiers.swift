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
        let p = DutchTime.parts(time)
        return String(format: "%04d%02d%02d-%02d%02d", p.year, p.month, p.day, p.hour, p.minute)
    }
}
