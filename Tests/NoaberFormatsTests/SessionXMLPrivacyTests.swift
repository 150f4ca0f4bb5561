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
                "<participant-renamed seq=\"5\" time=\"2026-11-25T19:05:00.000Z\" participant=\"p3\" name=\"Deelnemer 3\"/>"
            ))
    }

    @Test("real names typed in free text (notes, answers, revisions, actions) are replaced as in the reports")
    func realNamesInFreeText() throws {
        let answer = "Vraag het anna de vries of Chantal Bakker; Chantal weet het."
        let events = try SessionTestSessions.varied(text: "x", answer: answer, pseudonymous: true)
        let bytes = try SessionXMLWriter.write(events)
        let text = String(decoding: bytes, as: UTF8.self)
        for realName in ["anna de vries", "Anna de Vries", "Chantal"] {
            #expect(!text.contains(realName))
        }
        #expect(text.contains(">Notitie: Vraag het Merel of Deelnemer 3; Deelnemer 3 weet het.</note-added>"))
        #expect(text.contains("when=\"voor de zomer\">Vraag het Merel of Deelnemer 3; Deelnemer 3 weet het.</action>"))
        // Read back, the names are the pseudonyms and nothing is replaced again: the same bytes.
        let read = try SessionXMLReader.read(bytes, file: "sessie.xml")
        #expect(try SessionXMLWriter.write(read) == bytes)
    }

    @Test("it reads back with pseudonyms as names, and writes again to the same bytes")
    func roundTrip() throws {
        let events = try SessionTestSessions.varied(pseudonymous: true)
        let first = try SessionXMLWriter.write(events)
        let read = try SessionXMLReader.read(first, file: "sessie.xml")
        #expect(read == NameRedaction.publishable(events))
        #expect(try SessionXMLWriter.write(read) == first)
    }

    @Test("a session that is not pseudonymous keeps its names")
    func namedSession() throws {
        let events = try SessionTestSessions.varied()
        #expect(NameRedaction.publishable(events) == events)
    }
}
