public import NoaberCore

/// A time of day on a 24-hour clock, as the agenda prints it (`19:30`). Past midnight it wraps to `00:00`.
public struct ClockTime: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Minutes since midnight, `0..<1440`.
    public private(set) var minutes: Int

    public init(hour: Int, minute: Int) {
        precondition((0..<24).contains(hour) && (0..<60).contains(minute), "not a time of day")
        minutes = hour * 60 + minute
    }

    /// Parses `H:MM` or `HH:MM`.
    public init(parsing text: String) throws(ClockTimeError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0..<24).contains(hour), (0..<60).contains(minute)
        else { throw ClockTimeError(text: text) }
        self.init(hour: hour, minute: minute)
    }

    public func adding(minutes delta: Int) -> ClockTime {
        var copy = self
        copy.minutes = ((minutes + delta) % 1440 + 1440) % 1440
        return copy
    }

    public var description: String {
        let hour = minutes / 60
        let minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}

/// `--start 25:00`: not a time of day.
public struct ClockTimeError: UserFacingError, Equatable {
    public var text: String

    public init(text: String) { self.text = text }

    public func message(in language: Language) -> String {
        switch language {
        case .nl: "ongeldige begintijd '\(text)'; gebruik UU:MM, bijvoorbeeld 19:30"
        case .en: "invalid start time '\(text)'; use HH:MM, for example 19:30"
        }
    }
}
