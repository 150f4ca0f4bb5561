import NoaberCore
import Testing

@testable import NoaberFormats

@Suite("Session XML privacy")
struct SessionXMLPrivacyTests {
    @Test("a pseudonymous session carries no real name, also not after a rename")
    func noRealNames() throws {
        let events = try SessionTestSessions.varied(text: "x", pseudonymous: true)
        let text = String(decoding: try SessionXMLWriter.write(events), as: UTF8.self)
        for realName in ["Anna de Vries", "Bram x", "Chantal"] {
            #expect(!text.contains(realName))
        }
        #expect(text.contains("name=\"Merel\""))
        #expect(
            text.contains(
                "<participant-renamed seq=\"5\" time=\"2026-11-25T19:05:00.000Z\" participant=\"p3\" name=\"p3\"/>"))
    }

    @Test("it reads back with pseudonyms as names, and writes again to the same bytes")
    func roundTrip() throws {
        let events = try SessionTestSessions.varied(pseudonymous: true)
        let first = try SessionXMLWriter.write(events)
        let read = try SessionXMLReader.read(first, file: "sessie.xml")
        #expect(read == SessionXMLWriter.publishable(events))
        #expect(try SessionXMLWriter.write(read) == first)
    }

    @Test("a session that is not pseudonymous keeps its names")
    func namedSession() throws {
        let events = try SessionTestSessions.varied()
        #expect(SessionXMLWriter.publishable(events) == events)
    }
}
