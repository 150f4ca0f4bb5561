import NoaberCore
import NoaberXML

// `<info>`: paragraphs of text.
extension ScenarioReader {
    mutating func readInfo(_ element: XMLElement) -> Activity {
        let paragraphs = element.elements(named: "paragraph")
        return .info(
            InfoSettings(
                paragraphs: paragraphs.map { text($0) },
                authoredParagraphs: paragraphs.indices.filter { authored(paragraphs[$0]) }))
    }
}

extension ScenarioWriter {
    static func writeInfo(_ settings: InfoSettings, to writer: XMLWriter) throws {
        for (index, paragraph) in settings.paragraphs.enumerated() {
            try writer.startElement("paragraph")
            if settings.isAuthored(paragraph: index) { try writer.attribute("authored", boolean(true)) }
            try writer.text(paragraph)
            try writer.endElement()
        }
    }
}

extension SchemaViolations {
    static let infoRequirements = SchemaRequirements(children: ["info": ["paragraph"]])
}

extension SessionXMLDecoder {
    func legacyInfo(_ element: XMLElement) throws(SessionXMLError) -> Activity {
        .info(InfoSettings(paragraphs: element.elements(named: "paragraph").map(\.text)))
    }
}
