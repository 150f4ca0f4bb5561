import Testing

@testable import NoaberConsole

@Suite struct ConsoleOutputTests {
    @Test func controlCharactersInEchoedNamesCannotSteerTheTerminal() {
        #expect(ConsoleOutput.printable("ok p3 Bob\u{01}\u{0B}\u{1B}[2J") == "ok p3 Bob<U+0001><U+000B><U+001B>[2J")
        #expect(ConsoleOutput.printable("ok p4 Élodie 👋\tאבא") == "ok p4 Élodie 👋\tאבא")
        #expect(ConsoleOutput.printable("ok \u{85}") == "ok <U+0085>")
        #expect(ConsoleOutput.printable("fout: ‘\u{202E}anna\r’") == "fout: ‘<U+202E>anna<U+000D>’")
        #expect(ConsoleOutput.printable("a\u{200B}b\u{200D}c\nd") == "a<U+200B>b\u{200D}c\nd")
    }

    @Test func countsAgreeWithTheirNoun() {
        #expect(ConsoleOutput.counted(1, "deelnemer", "deelnemers") == "1 deelnemer")
        #expect(ConsoleOutput.counted(0, "deelnemer", "deelnemers") == "0 deelnemers")
        #expect(ConsoleOutput.counted(12, "participant", "participants") == "12 participants")
    }
}
