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
        // Both predate the numbering of inputs and items (`i12`, `b12` after the event, not `i1`, `b1`).
        for name in ["klein", "gevarieerd"] {
            let before = try SessionXMLReader.read(contentsOf: Self.numberedBefore(name))
            #expect(try SessionXMLReader.read(contentsOf: Self.path(name)) == before)
        }
    }

    /// Files written before inputs were numbered `i1`, `i2`… and brought-in items `b1`, `b2`… per step: the same
    /// sessions as `SessionTestSessions`, exported then.
    static func numberedBefore(_ name: String) -> String {
        (Bundle.module.resourcePath ?? "") + "/Fixtures/ids-before-numbering/\(name).xml"
    }

    @Test("a file from before the numbering keeps its ids, and writes back to the same bytes")
    func oldIDsStay() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.numberedBefore("gevarieerd"))))
        let events = try SessionXMLReader.read(bytes, file: "gevarieerd.xml")
        let state = try SessionState.replay(events)
        #expect(state.inputs(for: "rollen").map(\.id) == ["i12", "i13"])
        #expect(state.items(for: "rollen").map(\.id).last == "b12")
        #expect(state.input("i12").map { state.item(createdBy: $0.id, in: "rollen") } == "b12")
        #expect(try SessionXMLWriter.write(events) == bytes)
        // The same session run today numbers them from 1.
        let today = try SessionState.replay(try SessionTestSessions.varied())
        #expect(today.inputs(for: "rollen").map(\.id) == ["i1", "i2"])
        #expect(today.items(for: "rollen").map(\.id).last == "b1")
    }

    @Test("legacy → read → write (today's format) → read gives the same events", arguments: names)
    func rewritten(_ name: String) throws {
        let events = try SessionXMLReader.read(contentsOf: Self.path(name))
        let bytes = try SessionXMLWriter.write(events)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("<listed>"))
        #expect(try SessionXMLReader.read(bytes, file: "\(name).xml") == events)
    }
}
