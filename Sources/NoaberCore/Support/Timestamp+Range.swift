extension Timestamp {
    /// 1970-01-01T00:00:00Z up to the last millisecond of 9999 (UTC). Before 1970 the journal's times would be
    /// negative, and sessie.xml and the ODF dates carry four-digit years; a clock outside these years is refused
    /// (`--clock`, `wait`, imported events) rather than stored and then found unexportable at `end`.
    public static let supportedRange =
        Timestamp(millisecondsSince1970: 0)...Timestamp(millisecondsSince1970: 253_402_300_799_999)

    /// Whether this time lies in `supportedRange`.
    public var isSupported: Bool { Self.supportedRange.contains(self) }

    /// The year (UTC) this time falls in, for messages.
    public var year: Int64 {
        let millisecondsPerDay: Int64 = 86_400_000
        let days =
            millisecondsSince1970 >= 0
            ? millisecondsSince1970 / millisecondsPerDay
            : -((-millisecondsSince1970 + millisecondsPerDay - 1) / millisecondsPerDay)
        return CivilDate.civil(fromDays: days).year
    }
}
