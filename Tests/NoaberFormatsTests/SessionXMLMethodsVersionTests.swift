import NoaberAggregation
import NoaberCore
import Testing

@testable import NoaberFormats

/// The aggregates of a session file say which version of the methods computed them; import recomputes them.
@Suite("Session XML: methods version")
struct SessionXMLMethodsVersionTests {
    /// The published events of the small session (pseudonyms in place of names), as `klein.xml` holds them.
    static func klein() throws -> [SessionEvent] {
        try SessionXMLReader.read(try SessionFixturePaths.bytes("klein.xml"), file: "klein.xml")
    }

    @Test("the writer records the current methods version")
    func recorded() throws {
        let text = String(decoding: try SessionXMLWriter.write(try SessionTestSessions.small()), as: UTF8.self)
        #expect(text.contains("<results methods-version=\"\(MethodsVersion.current)\">"))
    }

    @Test("a difference under the current version is refused; under an older one it is a note")
    func tamperedOrOlder() throws {
        let bytes = try SessionFixturePaths.bytes("refused-tampered-agreement.xml")
        let file = "refused-tampered-agreement.xml"
        let current = MethodsVersion.current
        let refused = #expect(throws: SessionXMLError.self) {
            try SessionXMLReader.load(bytes, file: file, methodsVersion: current)
        }
        #expect(
            refused?.rendered()
                == "\(file):81:5: fout: aggregaat komt niet overeen: ranking[step=waarden]/@kendall-w is '0.9', "
                + "de gebeurtenissen geven '0.75'")
        let read = try SessionXMLReader.load(bytes, file: file, methodsVersion: current + 1)
        #expect(read.events == (try Self.klein()))
        #expect(
            read.notes.map { $0.rendered() } == [
                "\(file):81: noot: de aggregaten zijn berekend met methodeversie \(current), deze Noaber heeft versie "
                    + "\(current + 1); "
                    + "opnieuw berekend wijken ze af (ranking[step=waarden]/@kendall-w is '0.9', de gebeurtenissen "
                    + "geven '0.75'); de nieuwe gelden"
            ])
        #expect(
            read.notes.map { $0.rendered(in: .en) } == [
                "\(file):81: note: the aggregates were computed by methods version \(current), this Noaber has "
                    + "version \(current + 1); "
                    + "recomputed they differ (ranking[step=waarden]/@kendall-w is '0.9', the events give '0.75'); "
                    + "the new ones apply"
            ])
    }

    @Test("an untouched file has no notes, whatever the version")
    func untouched() throws {
        let bytes = try SessionFixturePaths.bytes("klein.xml")
        #expect(try SessionXMLReader.load(bytes, file: "klein.xml").notes.isEmpty)
        #expect(
            try SessionXMLReader.load(bytes, file: "klein.xml", methodsVersion: MethodsVersion.current + 1).notes
                .isEmpty)
    }

    @Test("a file from a newer version of the methods is refused by name")
    func newer() throws {
        let bytes = try SessionFixturePaths.bytes("klein.xml")
        let error = #expect(throws: SessionXMLError.self) {
            try SessionXMLReader.load(bytes, file: "klein.xml", methodsVersion: MethodsVersion.current - 1)
        }
        #expect(
            error?.rendered(in: .en)
                == "klein.xml:78:3: error: the aggregates were computed by methods version \(MethodsVersion.current), "
                + "newer than this Noaber (version \(MethodsVersion.current - 1)); update Noaber to import this file")
    }

    @Test("a legacy file (no version) counts as version 1: tampered under 1, a note under 2")
    func legacyVersion() throws {
        let legacy = try SessionXMLLegacyTests.text("klein")
        let tampered = Array(legacy.replacingOccurrences(of: "kendall-w=\"0.75\"", with: "kendall-w=\"0.9\"").utf8)
        #expect(throws: SessionXMLError.self) {
            try SessionXMLReader.load(tampered, file: "oud.xml", methodsVersion: 1)
        }
        let read = try SessionXMLReader.load(tampered, file: "oud.xml", methodsVersion: 2)
        #expect(read.notes.count == 1)
        // The legacy file predates the numbering of inputs, so it matches klein.xml as written then.
        let before = SessionXMLLegacyTests.numberedBefore("klein")
        #expect(read.events == (try SessionXMLReader.read(contentsOf: before)))
    }
}
