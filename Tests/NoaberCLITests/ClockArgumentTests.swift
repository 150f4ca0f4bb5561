import Testing

@testable import noaber

@Suite struct ClockArgumentTests {
    /// Session XML has four-digit years: a clock outside 1000–9999 is refused before a session starts.
    @Test func clockYearsHaveFourDigits() {
        #expect(ClockArgument.parse("20266-11-25T19:30") == nil)
        #expect(ClockArgument.parse("0500-01-01T00:00") == nil)
        #expect(ClockArgument.parse("9999-12-31T12:00")?.millisecondsSince1970 == 253_402_254_000_000)
        #expect(ClockArgument.parse("2026-11-25T19:30")?.millisecondsSince1970 == 1_795_631_400_000)
    }
}
