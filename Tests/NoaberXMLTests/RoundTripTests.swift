import Testing

@testable import NoaberXML

@Suite("Writer → parser round trip")
struct RoundTripTests {
    static let hostile = [
        "<script>alert('x')</script> & \"quotes\" 'apostrof' > ]]> --> <!--",
        "Zoë, Inès en Anaïs: één ideeën; café; coöperatie",
        "emoji 🙂👩🏽‍🌾🇳🇱 and combining e\u{301}",
        "rechts-naar-links: שלום عليكم \u{200F}mark\u{202E}override",
        "regel 1\nregel 2\n\ttab en\r\nCRLF",
        "   spaties aan beide kanten   ",
        "&amp; &#38; &lt; is tekst, geen entiteit",
        "\u{FEFF}bom \u{2028}line-separator \u{FFFD}",
    ]

    @Test(arguments: hostile)
    func hostileTextAndAttributesSurvive(value: String) throws {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement("n:sessie")
        try writer.attribute("xmlns:n", "urn:noaber:sessie")
        try writer.attribute("xmlns:x", "urn:x")
        try writer.attribute("waarde", value)
        try writer.attribute("x:waarde", value)
        try writer.element("n:inbreng", attributes: ["door": value], text: value)
        try writer.element("leeg")
        try writer.endElement()
        let document = try XMLParser.parse(try writer.finish(), file: "rond.xml")
        // Attribute values carry their line breaks as character references; text carries them literally.
        let lineAfterText = 2 + value.unicodeScalars.filter { $0 == "\n" }.count

        let expected = XMLElement(
            name: "sessie",
            namespaceURI: "urn:noaber:sessie",
            attributes: [
                XMLAttribute(name: "waarde", value: value),
                XMLAttribute(name: "waarde", namespaceURI: "urn:x", value: value),
            ],
            children: [
                .element(
                    XMLElement(
                        name: "inbreng",
                        namespaceURI: "urn:noaber:sessie",
                        attributes: [XMLAttribute(name: "door", value: value)],
                        children: [.text(value)],
                        line: 2
                    )
                ),
                .element(XMLElement(name: "leeg", line: lineAfterText)),  // no prefix, no default namespace
            ],
            line: 2
        )
        #expect(document.root == expected)
    }

    @Test func controlCharactersComeBackAsReplacementCharacters() throws {
        let writer = try XMLWriter()
        try writer.element("a", attributes: ["t": "x\u{0}y\u{1B}"], text: "bel\u{7} nul\u{0} esc\u{1B}[0m \u{FFFF}")
        let document = try XMLParser.parse(try writer.finish(), file: "c.xml")
        #expect(document.root.attribute("t") == "x\u{FFFD}y\u{FFFD}")
        #expect(document.root.text == "bel\u{FFFD} nul\u{FFFD} esc\u{FFFD}[0m \u{FFFD}")
    }

    @Test func indentedOutputParsesToTheSameElementsAndText() throws {
        let writer = try XMLWriter(indent: true)
        try writer.startDocument()
        try writer.startElement("agenda")
        try writer.element("item", attributes: ["minuten": "10"], text: "Welkom")
        try writer.element("item", attributes: ["minuten": "45"], text: "Het grasveldje")
        try writer.endElement()
        let root = try XMLParser.parse(try writer.finish(), file: "i.xml").root
        #expect(root.elements.map(\.text) == ["Welkom", "Het grasveldje"])
        #expect(root.elements.map(\.line) == [3, 4])
    }
}
