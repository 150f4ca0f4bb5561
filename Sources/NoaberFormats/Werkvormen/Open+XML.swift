import NoaberCore
import NoaberXML

// `<open>`: a free-text answer, optionally one per item, up to `max-length` characters.
extension ScenarioReader {
    mutating func readOpen(_ element: XMLElement) -> Activity {
        let source = element.element(named: "items").map { itemSource($0, for: .open) }
        return .open(OpenSettings(items: source, maxLength: optionalPositive(element, "max-length") ?? 10_000))
    }
}

extension ScenarioWriter {
    static func writeOpen(_ settings: OpenSettings, to writer: XMLWriter) throws {
        try writer.attribute("max-length", String(settings.maxLength))
        if let items = settings.items { try write(items, as: "items", to: writer) }
    }
}

extension SchemaViolations {
    static let openRequirements = SchemaRequirements()
}

extension SessionXMLWriter {
    static func writeOpen(item: Item.ID?, text: String, to writer: XMLWriter) throws {
        try writer.startElement("open")
        if let item { try writer.attribute("item", item) }
        try writer.text(text)
        try writer.endElement()
    }
}

extension SessionXMLDecoder {
    func openInput(_ element: XMLElement) throws(SessionXMLError) -> Input {
        .open(item: element.attribute("item"), text: element.text)
    }

    func legacyOpen(_ element: XMLElement) throws(SessionXMLError) -> Activity {
        let source = try legacyOptionalItemSource(element)
        return .open(OpenSettings(items: source, maxLength: try int(element, "max-length")))
    }
}
