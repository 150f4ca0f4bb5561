import NoaberCore
import NoaberXML

// `<info>`: paragraphs of text.
extension ScenarioReader {
    mutating func readInfo(_ element: XMLElement) -> Activity {
        .info(InfoSettings(paragraphs: element.elements(named: "paragraph").map { text($0) }))
    }
}

extension ScenarioWriter {
    static func writeInfo(_ settings: InfoSettings, to writer: XMLWriter) throws {
        for paragraph in settings.paragraphs {
            try writer.element("paragraph", text: paragraph)
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
