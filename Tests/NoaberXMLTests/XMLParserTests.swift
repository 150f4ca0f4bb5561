import Testing

@testable import NoaberXML

@Suite("XMLParser")
struct XMLParserTests {
    private func diagnostic(_ file: String, _ line: Int, _ column: Int, _ message: String) -> XMLDiagnostic {
        XMLDiagnostic(location: XMLLocation(file: file, line: line, column: column), message: message)
    }

    @Test func readsElementsAttributesNamespacesAndText() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- opmerking -->
            <s:scenario xmlns:s="urn:noaber" xmlns:x="urn:x" id="grasveldje" x:extra="ja">
              <s:title>Het <![CDATA[<grasveldje>]]> &amp; de raad</s:title>
              <?verwerking instructie?>
              <step id="s1"/>
            </s:scenario>
            """
        let document = try XMLParser.parse(Array(xml.utf8), file: "s.xml")
        let root = document.root
        #expect(document.file == "s.xml")
        #expect(root.name == "scenario" && root.namespaceURI == "urn:noaber" && root.line == 3)
        #expect(
            root.attributes == [
                XMLAttribute(name: "id", value: "grasveldje"),
                XMLAttribute(name: "extra", namespaceURI: "urn:x", value: "ja"),
            ]
        )
        #expect(root.attribute("id") == "grasveldje")
        #expect(root.attribute("extra") == nil)
        #expect(root.attribute("extra", namespaceURI: "urn:x") == "ja")
        let title = try #require(root.element(named: "title"))
        #expect(title.children == [.text("Het <grasveldje> & de raad")])
        #expect(title.line == 4)
        #expect(root.elements.map(\.name) == ["title", "step"])
        #expect(root.elements(named: "step").map { $0.attribute("id") } == ["s1"])
        #expect(root.element(named: "step")?.namespaceURI == nil)
        #expect(root.text == "\n  Het <grasveldje> & de raad\n  \n  \n")
    }

    @Test func linesBeyond65535AreExact() throws {
        let xml = "<a>" + String(repeating: "\n", count: 70_000) + "<b/></a>"
        let document = try XMLParser.parse(Array(xml.utf8), file: "lang.xml")
        #expect(document.root.element(named: "b")?.line == 70_001)
    }

    @Test(arguments: [
        ("unclosed.xml", 5, 26, "Opening and ending tag mismatch: title line 5 and titel"),
        ("undefined-entity.xml", 2, 24, "Entity 'nbsp' not defined"),
        ("undeclared-prefix.xml", 2, 15, "Namespace prefix noaber on step is not defined"),
    ])
    func malformedFixturesReportTheirPlace(name: String, line: Int, column: Int, message: String) throws {
        let path = try Fixtures.path(name)
        #expect(throws: XMLError.malformed([diagnostic(path, line, column, message)])) {
            try XMLParser.parse(contentsOf: path)
        }
    }

    @Test(arguments: [
        ("", 1, 0, "Document is empty"),
        ("<a>\u{1}</a>", 1, 4, "PCDATA invalid Char value 1"),
        ("<a></a><b/>", 1, 8, "Extra content at the end of the document"),
        ("<a x='1' x='2'/>", 1, 15, "Attribute x redefined"),
        ("\n\n   <a>", 3, 7, "Premature end of data in tag a line 3"),
    ])
    func malformedTextReportsLineAndColumn(xml: String, line: Int, column: Int, message: String) {
        #expect(throws: XMLError.malformed([diagnostic("t.xml", line, column, message)])) {
            try XMLParser.parse(Array(xml.utf8), file: "t.xml")
        }
    }

    @Test func multilineMessagesBecomeOneLine() {
        let latin1 = [UInt8]("<a>".utf8) + [0xE9] + [UInt8]("</a>".utf8)
        #expect(
            throws: XMLError.malformed([
                diagnostic("l.xml", 1, 4, "Input is not proper UTF-8, indicate encoding ! Bytes: 0xE9 0x3C 0x2F 0x61")
            ])
        ) {
            try XMLParser.parse(latin1, file: "l.xml")
        }
    }

    @Test func declaredEncodingIsHonoured() throws {
        let latin1 = [UInt8]("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>".utf8) + [0xE9] + [UInt8]("</a>".utf8)
        #expect(try XMLParser.parse(latin1, file: "l.xml").root.text == "é")
    }
}
