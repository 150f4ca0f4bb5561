import NoaberCore
import NoaberStore
import NoaberTestSupport
import Testing

@testable import NoaberFormats

@Suite("Session XML through the journal")
struct SessionXMLStoreTests {
    /// What `noaber import` and `noaber export` do, without the command line: the file goes into the journal,
    /// comes out again and is written to the same bytes.
    @Test("export → import → export is byte-identical", arguments: ["klein.xml", "gevarieerd.xml"])
    func throughTheJournal(_ file: String) throws {
        let original = try SessionFixturePaths.bytes(file)
        let events = try SessionXMLReader.read(original, file: file)
        let directory = try TemporaryDirectory()
        let store = try SessionStore(path: directory.path("noaber.sqlite"))
        let id = try store.importSession(events: events)
        let again = try SessionXMLWriter.write(try store.events(of: id))
        #expect(again == original)
    }
}
