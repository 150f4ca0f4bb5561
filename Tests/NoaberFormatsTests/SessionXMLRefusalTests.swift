import NoaberAggregation
import NoaberCore
import Testing

@testable import NoaberFormats

@Suite("Session XML refusals")
struct SessionXMLRefusalTests {
    static let cases: [(String, String)] = [
        (
            "refused-newer-methods.xml",
            "refused-newer-methods.xml:78:3: fout: de aggregaten zijn berekend met methodeversie 99, nieuwer dan deze Noaber (versie \(MethodsVersion.current)); werk Noaber bij om dit bestand in te lezen"
        ),
        ("refused-doctype.xml", "refused-doctype.xml:2:1: fout: een DOCTYPE is niet toegestaan in een sessiebestand"),
        (
            "refused-duplicate-item.xml",
            "refused-duplicate-item.xml:4:5: fout: gebeurtenis 1 wordt geweigerd: stap ‘waarden’ van het scenario heeft id ‘vrijheid’ meer dan eens"
        ),
        (
            "refused-impossible-date.xml",
            "refused-impossible-date.xml:56:5: fout: ongeldige waarde '2026-02-30T19:06:00.000Z' voor 'time'"
        ),
        (
            "refused-scenario-version.xml",
            "refused-scenario-version.xml:2:1: fout: scenario-version '2.0' komt niet overeen met het scenario in het bestand ('1.2')"
        ),
        (
            "refused-schema.xml",
            "refused-schema.xml:63:5: fout: voldoet niet aan het sessieschema: Did not expect element step-shut there"
        ),
        ("refused-sequence-gap.xml", "refused-sequence-gap.xml:63:5: fout: volgnummer 8 gevonden, 7 verwacht"),
        (
            "refused-tampered-result.xml",
            "refused-tampered-result.xml:79:5: fout: aggregaat komt niet overeen: participant[participant=p1]/@present is 'false', de gebeurtenissen geven 'true'"
        ),
        (
            "refused-tampered-agreement.xml",
            "refused-tampered-agreement.xml:81:5: fout: aggregaat komt niet overeen: ranking[step=waarden]/@kendall-w is '0.9', de gebeurtenissen geven '0.75'"
        ),
        (
            "refused-tampered-order.xml",
            "refused-tampered-order.xml:83:9: fout: aggregaat komt niet overeen: ranking[step=waarden]/tier[place=1]/item/@ref is 'gelijkheid', de gebeurtenissen geven 'vrijheid'"
        ),
        (
            "refused-tampered-tally.xml",
            "refused-tampered-tally.xml:91:7: fout: aggregaat komt niet overeen: tally[step=keuze]/count[item=vrijheid]/@votes is '3', de gebeurtenissen geven '2'"
        ),
        (
            "refused-time-back.xml",
            "refused-time-back.xml:56:5: fout: de tijd van gebeurtenis 6 ligt vóór die van de vorige"
        ),
        (
            "refused-truncated.xml",
            "refused-truncated.xml:40:1: fout: geen geldige XML: Premature end of data in tag vote line 39"
        ),
        (
            "refused-unknown-participant.xml",
            "refused-unknown-participant.xml:65:5: fout: gebeurtenis 9 wordt geweigerd: onbekende deelnemer ‘p9’"
        ),
    ]

    @Test("a refused file is reported with its line and the exact message", arguments: cases)
    func refused(_ file: String, _ expected: String) throws {
        let bytes = try SessionFixturePaths.bytes(file)
        let error = #expect(throws: SessionXMLError.self) { try SessionXMLReader.read(bytes, file: file) }
        #expect(error?.rendered() == expected)
    }

    @Test("refusals read in English with --lang en")
    func english() throws {
        let file = "refused-unknown-participant.xml"
        let bytes = try SessionFixturePaths.bytes(file)
        let error = #expect(throws: SessionXMLError.self) { try SessionXMLReader.read(bytes, file: file) }
        #expect(error?.rendered(in: .en) == "\(file):65:5: error: event 9 is refused: unknown participant ‘p9’")
    }

    @Test("reading from a path names the path and places the column")
    func fromPath() throws {
        let path = SessionFixturePaths.bundled + "/refused-sequence-gap.xml"
        let error = #expect(throws: SessionXMLError.self) { try SessionXMLReader.read(contentsOf: path) }
        #expect(error?.rendered() == "\(path):63:5: fout: volgnummer 8 gevonden, 7 verwacht")
    }

    @Test("a missing file or a folder is refused with a Dutch reason")
    func missingFile() throws {
        let error = #expect(throws: SessionXMLError.self) {
            try SessionXMLReader.read(contentsOf: "/nonexistent/sessie.xml")
        }
        #expect(
            error?.rendered()
                == "/nonexistent/sessie.xml: fout: kan het bestand niet lezen: het bestand of de map bestaat niet")
        let folder = #expect(throws: SessionXMLError.self) { try SessionXMLReader.read(contentsOf: "/tmp") }
        #expect(folder?.rendered(in: .en) == "/tmp: error: cannot read the file: this is a folder, not a file")
    }

    @Test("a file over the size limit is refused before parsing")
    func tooLarge() throws {
        let bytes = try SessionFixturePaths.bytes("klein.xml")
        let error = #expect(throws: SessionXMLError.self) {
            try SessionXMLReader.read(bytes, file: "groot.xml", maxBytes: 1000)
        }
        #expect(error?.rendered() == "groot.xml: fout: het bestand is te groot (\(bytes.count) bytes, hoogstens 1000)")
    }

    @Test("deep nesting is refused by the XML layer before the schema sees it")
    func tooDeep() throws {
        let open = String(repeating: "<a>", count: 300)
        let close = String(repeating: "</a>", count: 300)
        let bytes = Array("<session xmlns=\"https://noaber.nl/ns/session/1\">\n\(open)\(close)</session>\n".utf8)
        let error = #expect(throws: SessionXMLError.self) { try SessionXMLReader.read(bytes, file: "diep.xml") }
        #expect(error?.rendered() == "diep.xml:2:769: fout: elementen zijn dieper genest dan 256 niveaus")
    }
}
