import NoaberCore
import Testing

@testable import NoaberFormats

@Suite("Session XML round trip")
struct SessionXMLRoundTripTests {
    @Test("write → read gives the same events, for every event and input kind")
    func roundTrip() throws {
        let events = try SessionTestSessions.varied()
        let bytes = try SessionXMLWriter.write(events)
        let read = try SessionXMLReader.read(bytes, file: "sessie.xml")
        #expect(read == events)
    }

    @Test("write → read → write is byte-identical", arguments: ["varied", "small", "control"])
    func byteIdentical(_ name: String) throws {
        let events: [SessionEvent] =
            switch name {
            case "varied": try SessionTestSessions.varied()
            case "small": try SessionTestSessions.small()
            default: try SessionTestSessions.varied(text: "bel\u{7}\u{1B}[31m rood\u{0} \u{FFFE}einde")
            }
        let first = try SessionXMLWriter.write(events)
        let second = try SessionXMLWriter.write(try SessionXMLReader.read(first, file: "sessie.xml"))
        #expect(first == second)
    }

    @Test("characters XML 1.0 forbids read back as U+FFFD, never as invalid XML")
    func controlCharacters() throws {
        let events = try SessionTestSessions.varied(text: "bel\u{7}x\u{0}y")
        let read = try SessionXMLReader.read(try SessionXMLWriter.write(events), file: "sessie.xml")
        let sanitized = try SessionTestSessions.varied(text: "bel\u{FFFD}x\u{FFFD}y")
        #expect(read == sanitized)
    }

    @Test("the same events always give the same bytes (golden file)", arguments: ["gevarieerd", "klein"])
    func golden(_ name: String) throws {
        let events = name == "klein" ? try SessionTestSessions.small() : try SessionTestSessions.varied()
        let bytes = try SessionXMLWriter.write(events)
        #expect(try SessionFixturePaths.matchesGolden(bytes, "\(name).xml"))
    }

    @Test("a 10,000-character answer survives the round trip")
    func longText() throws {
        let long = String(repeating: "lange inbreng 🚲 ", count: 10_000 / 16)
        let events = try SessionTestSessions.varied(text: "kort", answer: String(long.prefix(9_990)))
        #expect(try SessionXMLReader.read(try SessionXMLWriter.write(events), file: "lang.xml") == events)
    }

    @Test(
        "times are ISO 8601 UTC with milliseconds",
        arguments: [
            (Int64(0), "1970-01-01T00:00:00.000Z"),
            (1_795_633_200_123, "2026-11-25T19:00:00.123Z"),
            (-1, "1969-12-31T23:59:59.999Z"),
            (951_782_400_000, "2000-02-29T00:00:00.000Z"),
            (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
            (-62_167_219_200_000, "0000-01-01T00:00:00.000Z"),
        ]
    )
    func times(_ millis: Int64, _ text: String) {
        let time = Timestamp(millisecondsSince1970: millis)
        #expect(SessionTime.format(time) == text)
        #expect(SessionTime.parse(text) == time)
    }

    @Test(
        "impossible times are not parsed",
        arguments: [
            "2026-02-29T00:00:00.000Z", "2026-11-25T24:00:00.000Z", "2026-11-25T19:00:00Z", "2026-13-01T00:00:00.000Z",
        ])
    func impossibleTimes(_ text: String) {
        #expect(SessionTime.parse(text) == nil)
    }

    @Test("writing refuses events that do not start a session")
    func noSessionStart() throws {
        let events = Array(try SessionTestSessions.small().dropFirst())
        #expect(throws: SessionXMLError.self) { try SessionXMLWriter.write(events) }
        do {
            _ = try SessionXMLWriter.write(events)
        } catch let error as SessionXMLError {
            #expect(error.rendered() == "fout: een sessie begint met een gebeurtenis 'sessie gestart'")
            #expect(error.rendered(in: .en) == "error: a session begins with a 'session started' event")
        }
    }
}
