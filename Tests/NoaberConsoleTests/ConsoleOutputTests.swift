import Testing

@testable import NoaberConsole

@Suite struct ConsoleOutputTests {
    @Test func controlCharactersInEchoedNamesCannotSteerTheTerminal() {
        #expect(ConsoleOutput.printable("ok p3 Bob\u{01}\u{0B}\u{1B}[2J") == "ok p3 Bob\u{FFFD}\u{FFFD}\u{FFFD}[2J")
        #expect(ConsoleOutput.printable("ok p4 Élodie 👋\tאבא") == "ok p4 Élodie 👋\tאבא")
        #expect(ConsoleOutput.printable("ok \u{85}") == "ok \u{FFFD}")
    }

    @Test func countsAgreeWithTheirNoun() {
        #expect(ConsoleOutput.counted(1, "deelnemer", "deelnemers") == "1 deelnemer")
        #expect(ConsoleOutput.counted(0, "deelnemer", "deelnemers") == "0 deelnemers")
        #expect(ConsoleOutput.counted(12, "participant", "participants") == "12 participants")
    }
}
