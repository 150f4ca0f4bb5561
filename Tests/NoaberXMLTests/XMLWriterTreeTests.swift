import Testing

@testable import NoaberXML

@Suite("XMLWriter writes element trees")
struct XMLWriterTreeTests {
    private static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    private static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    private func serialized(_ root: XMLElement, prefixes: [String: String] = [:]) throws -> String {
        let bytes = try XMLDocument(file: "t.xml", root: root).serialized(prefixes: prefixes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The element with every line number set to 0, as elements built in code have.
    private func withoutLines(_ element: XMLElement) -> XMLElement {
        var copy = element
        copy.line = 0
        copy.children = element.children.map {
            if case .element(let child) = $0 { .element(withoutLines(child)) } else { $0 }
        }
        return copy
    }

    @Test func usesPreferredPrefixesAndDeclaresThemOnce() throws {
        let root = XMLElement(
            name: "document-content",
            namespaceURI: Self.office,
            attributes: [XMLAttribute(name: "version", namespaceURI: Self.office, value: "1.3")],
            children: [
                .element(
                    XMLElement(
                        name: "body",
                        namespaceURI: Self.office,
                        children: [
                            .element(XMLElement(name: "p", namespaceURI: Self.text, children: [.text("Welkom")]))
                        ]
                    )
                )
            ]
        )
        let xml = try serialized(root, prefixes: [Self.office: "office", Self.text: "text"])
        #expect(
            xml == """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="\(Self.office)" office:version="1.3"><office:body>\
                <text:p xmlns:text="\(Self.text)">Welkom</text:p></office:body></office:document-content>

                """
        )
    }

    @Test func fallsBackToDefaultNamespacesAndGeneratedPrefixes() throws {
        let root = XMLElement(
            name: "sessie",
            namespaceURI: "urn:a",
            attributes: [
                XMLAttribute(name: "id", value: "1"),
                XMLAttribute(name: "bron", namespaceURI: "urn:b", value: "x"),
                XMLAttribute(name: "lang", namespaceURI: XMLWriter.xmlNamespace, value: "nl"),
            ],
            children: [
                .element(XMLElement(name: "kind", namespaceURI: "urn:a")),
                .element(XMLElement(name: "zonder")),
                .element(XMLElement(name: "ander", namespaceURI: "urn:b")),
            ]
        )
        let xml = try serialized(root)
        #expect(
            xml == """
                <?xml version="1.0" encoding="UTF-8"?>
                <sessie xmlns="urn:a" xmlns:ns1="urn:b" id="1" ns1:bron="x" xml:lang="nl"><kind/>\
                <zonder xmlns=""/><ns1:ander/></sessie>

                """
        )
        #expect(withoutLines(try XMLParser.parse(Array(xml.utf8), file: "t.xml").root) == root)
    }

    @Test func parsedDocumentsSurviveSerialization() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <s:scenario xmlns:s="urn:noaber" xmlns="urn:standaard" xmlns:x="urn:x" id="g" x:extra="ja &amp; nee">
              <titel>Het <![CDATA[<grasveldje>]]></titel>
              <s:stap x:id="1"><leeg xmlns=""/><x:x/></s:stap>
              <andere xmlns="urn:ander">tekst met &lt;tekens&gt; en "aanhalingstekens"</andere>
            </s:scenario>
            """
        let original = try XMLParser.parse(Array(xml.utf8), file: "s.xml")
        let written = try original.serialized(prefixes: ["urn:noaber": "s"])
        let reread = try XMLParser.parse(written, file: "s.xml")
        #expect(withoutLines(reread.root) == withoutLines(original.root))
    }

    @Test func deepTreesAreWrittenWithoutRecursion() throws {
        var element = XMLElement(name: "a")
        for _ in 1..<5_000 {
            element = XMLElement(name: "a", children: [.element(element)])
        }
        let xml = try serialized(element)
        let expected =
            String(repeating: "<a>", count: 4_999) + "<a/>" + String(repeating: "</a>", count: 4_999)
        #expect(xml == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(expected)\n")
    }
}
