import Testing

@testable import NoaberXML

@Suite("XMLWriter")
struct XMLWriterTests {
    private func written(indent: Bool = false, _ body: (XMLWriter) throws -> Void) throws -> String {
        let writer = try XMLWriter(indent: indent)
        try writer.startDocument()
        try body(writer)
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    @Test func writesDeclarationNamespacesAndSelfClosingElements() throws {
        let xml = try written { writer in
            try writer.startElement("office:document-content")
            try writer.attribute("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0")
            try writer.attribute("office:version", "1.3")
            try writer.element("office:body")
            try writer.element("p", attributes: ["id": "a", "class": "b"], text: "tekst")
            try writer.endElement()
        }
        #expect(
            xml == """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                office:version="1.3"><office:body/><p id="a" class="b">tekst</p></office:document-content>

                """
        )
    }

    @Test func escapesMarkupInTextAndAttributes() throws {
        let xml = try written { writer in
            try writer.element("a", attributes: ["t": "<\"'&>"], text: "<b> & \"c\" 'd'")
        }
        #expect(xml.hasSuffix("<a t=\"&lt;&quot;'&amp;&gt;\">&lt;b&gt; &amp; &quot;c&quot; 'd'</a>\n"))
    }

    @Test func escapesWhitespaceInAttributesAsCharacterReferences() throws {
        let xml = try written { writer in
            try writer.element("a", attributes: ["t": "regel 1\nregel 2\ttab\r"])
        }
        #expect(xml.hasSuffix("<a t=\"regel 1&#10;regel 2&#9;tab&#13;\"/>\n"))
    }

    @Test(arguments: [
        ("a\u{0}b", "a\u{FFFD}b"),
        ("bel\u{7}", "bel\u{FFFD}"),
        ("\u{1B}[31m", "\u{FFFD}[31m"),
        ("x\u{FFFE}y\u{FFFF}", "x\u{FFFD}y\u{FFFD}"),
        ("tab\tlf\ncr\r", "tab\tlf\ncr\r"),
        ("Zoë, één, ïs 🙂 שלום", "Zoë, één, ïs 🙂 שלום"),
    ])
    func replacesCharactersXMLForbids(input: String, expected: String) {
        #expect(XMLWriter.xmlSafe(input) == expected)
    }

    @Test func writesControlCharactersAsReplacementCharacter() throws {
        let xml = try written { writer in
            try writer.element("a", attributes: ["t": "x\u{1}y"], text: "p\u{0}q\u{8}")
        }
        #expect(xml.hasSuffix("<a t=\"x\u{FFFD}y\">p\u{FFFD}q\u{FFFD}</a>\n"))
    }

    @Test func indentsNestedElements() throws {
        let xml = try written(indent: true) { writer in
            try writer.startElement("scenario")
            try writer.element("title", text: "Het grasveldje")
            try writer.element("step", attributes: ["id": "s1"])
            try writer.endElement()
        }
        #expect(
            xml == """
                <?xml version="1.0" encoding="UTF-8"?>
                <scenario>
                  <title>Het grasveldje</title>
                  <step id="s1"/>
                </scenario>

                """
        )
    }

    @Test func finishClosesOpenElements() throws {
        let xml = try written { writer in
            try writer.startElement("a")
            try writer.startElement("b")
            try writer.text("x")
        }
        #expect(xml.hasSuffix("<a><b>x</b></a>\n"))
    }

    @Test func refusesUseAfterFinish() throws {
        let writer = try XMLWriter()
        try writer.element("a")
        _ = try writer.finish()
        #expect(throws: XMLError.writerFailed("xmlTextWriterStartElement after finish")) {
            try writer.startElement("b")
        }
    }

    @Test func refusesEndWithoutStart() throws {
        let writer = try XMLWriter()
        try writer.startDocument()
        #expect(throws: XMLError.writerFailed("xmlTextWriterEndElement")) {
            try writer.endElement()
        }
    }
}
