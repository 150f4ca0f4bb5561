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

    @Test("every legacy file imports", arguments: names)
    func imports(_ name: String) throws {
        let events = try SessionXMLReader.read(contentsOf: Self.path(name))
        guard case .sessionStarted = events.first?.payload else {
            Issue.record("\(name): the first event does not start the session")
            return
        }
        #expect(events.count > 10)
    }
}
