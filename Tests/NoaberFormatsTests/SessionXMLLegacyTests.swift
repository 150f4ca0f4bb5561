import Foundation
import NoaberCore
import Testing

@testable import NoaberFormats

/// Session files written before sessie.xml recorded a methods version and embedded the scenario in the scenario
/// format (`Fixtures/legacy`, exported by that code: the demo's three sessions and the two golden files).
@Suite("Session XML: files from before the format change")
struct SessionXMLLegacyTests {
    static let names = ["gevarieerd", "klein", "grasveldje", "democratische-waarden", "zelfanalyse"]

    static func path(_ name: String) -> String {
        (Bundle.module.resourcePath ?? "") + "/Fixtures/legacy/\(name).xml"
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    @Test("every legacy file imports", arguments: names)
    func imports(_ name: String) throws {
        let read = try SessionXMLReader.load(contentsOf: Self.path(name))
        guard case .sessionStarted = read.events.first?.payload else {
            Issue.record("\(name): the first event does not start the session")
            return
        }
        #expect(read.events.count > 10)
        #expect(read.notes.isEmpty)
    }

    @Test("a legacy file reads to the same events as today's file of the same session")
    func sameEvents() throws {
        // klein is pseudonymous: a file holds the published events (pseudonyms in place of names).
        let klein = try SessionXMLReader.read(try SessionFixturePaths.bytes("klein.xml"), file: "klein.xml")
        #expect(try SessionXMLReader.read(contentsOf: Self.path("klein")) == klein)
        #expect(
            try SessionXMLReader.read(contentsOf: Self.path("gevarieerd"))
                == (try SessionTestSessions.varied(legacy: true)))
    }

    @Test("legacy → read → write (today's format) → read gives the same events", arguments: names)
    func rewritten(_ name: String) throws {
        let events = try SessionXMLReader.read(contentsOf: Self.path(name))
        let bytes = try SessionXMLWriter.write(events)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("<listed>"))
        #expect(try SessionXMLReader.read(bytes, file: "\(name).xml") == events)
    }
}
