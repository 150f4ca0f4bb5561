import NoaberCore
import NoaberTestSupport
import Testing

/// Issue 10, item 6: control and format characters are refused in names and ids with the character and its
/// place; zero-width joiners stay; times outside 1970–9999 are refused (item 5).
@Suite struct TextPolicyTests {
    @Test(arguments: [
        ("\u{200B}Anna", "\u{200B}", 1), ("An\u{202E}na", "\u{202E}", 3), ("Anna\u{0}", "\u{0}", 5),
        ("Anna\r", "\r", 5), ("Bo\u{2066}b", "\u{2066}", 3), ("\u{FEFF}x", "\u{FEFF}", 1), ("a\tb", "\t", 2),
        ("x\u{85}", "\u{85}", 2), ("soft\u{AD}hyphen", "\u{AD}", 5),
    ])
    func refusedInNames(text: String, scalar: String, position: Int) throws {
        let found = try #require(TextPolicy.firstForbidden(in: text, allowsLineBreaks: false))
        #expect(String(found.scalar) == scalar)
        #expect(found.position == position)
    }

    @Test(arguments: ["Anna de Vries", "👩🏽‍🚀 Zoë", "می‌خواهم", "Ελένη", "שלום", "a b"])
    func acceptedInNames(text: String) {
        #expect(TextPolicy.firstForbidden(in: text, allowsLineBreaks: false) == nil)
    }

    @Test func freeTextMayHoldTabsAndNewlinesButNoOtherControls() {
        #expect(TextPolicy.firstForbidden(in: "regel 1\nregel\t2", allowsLineBreaks: true) == nil)
        #expect(TextPolicy.firstForbidden(in: "regel\r\n", allowsLineBreaks: true)?.scalar == "\r")
    }

    @Test func theCommandIsRefusedWithFieldCharacterAndPlace() throws {
        var h = try SessionHarness.started()
        #expect(
            throws: SessionError.forbiddenCharacter(
                .name,
                ForbiddenCharacter(
                    scalar: "\u{200B}", position: 1,
                    kind: .invisible))
        ) {
            try h.join("\u{200B}Anna")
        }
        let error = SessionError.forbiddenCharacter(
            .name,
            ForbiddenCharacter(
                scalar: "\u{202E}", position: 3,
                kind: .bidirectional))
        #expect(throws: error) { try h.run(.rename("p2", name: "Br\u{202E}am")) }
        #expect(
            error.message(in: .nl)
                == "naam bevat een richtingsteken (U+202E) op positie 3; dat teken is niet toegestaan")
        #expect(
            error.message(in: .en)
                == "name contains a bidirectional control character (U+202E) at position 3; that character is not allowed"
        )
        #expect(throws: SessionError.self) { try h.run(.note(step: nil, text: "let op\u{1B}[2J")) }
        try h.run(.note(step: nil, text: "regel één\nregel twee"))
        #expect(h.state.participants.count == 3)
    }

    @Test func timesOutsideTheSupportedYearsAreRefused() throws {
        var h = SessionHarness(clock: FixedClock(Timestamp(millisecondsSince1970: -86_400_000)))
        #expect(throws: SessionError.timeOutOfRange(Timestamp(millisecondsSince1970: -86_400_000))) {
            try h.run(.start(SessionSamples.settings()))
        }
        #expect(
            SessionError.timeOutOfRange(Timestamp(millisecondsSince1970: 253_402_300_800_000)).message(in: .nl)
                == "tijdstip in het jaar 10000 kan niet: Noaber bewaart alleen tijden van 1970 tot en met 9999")
        #expect(Timestamp(millisecondsSince1970: -1).year == 1969)
        #expect(Timestamp.supportedRange.upperBound.year == 9999)
    }

    @Test func anImportedEventOutsideTheYearsIsRefused() throws {
        var h = try SessionHarness.started()
        try h.run(.note(step: nil, text: "x"))
        var events = h.events
        events[events.count - 1].time = Timestamp(millisecondsSince1970: 253_402_300_800_000)
        #expect(throws: SessionError.timeOutOfRange(events[events.count - 1].time)) {
            try SessionState.replay(events)
        }
    }
}
