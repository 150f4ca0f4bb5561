import NoaberCore
import NoaberXML

// `<brainstorm>`: seeded examples, whether they count as items, a per-participant limit; the input is the idea.
extension ScenarioReader {
    mutating func readBrainstorm(_ element: XMLElement) -> Activity {
        var seen: [String: Int] = [:]
        let examples = items(element.element(named: "examples")?.elements(named: "item") ?? [], seen: &seen)
        return .brainstorm(
            BrainstormSettings(
                examples: examples,
                examplesAreItems: boolean(element.attribute("examples-are-items"), default: true),
                maxPerParticipant: optionalPositive(element, "max-per-participant")
            )
        )
    }
}

extension ScenarioWriter {
    static func writeBrainstorm(_ settings: BrainstormSettings, to writer: XMLWriter) throws {
        try writer.attribute("examples-are-items", boolean(settings.examplesAreItems))
        if let max = settings.maxPerParticipant { try writer.attribute("max-per-participant", String(max)) }
        if !settings.examples.isEmpty { try write(settings.examples, as: "examples", to: writer) }
    }
}

extension SchemaViolations {
    static let brainstormRequirements = SchemaRequirements()
}

extension SessionXMLWriter {
    static func writeBrainstorm(_ text: String, to writer: XMLWriter) throws {
        try writer.element("brainstorm", text: text)
    }
}

extension SessionXMLDecoder {
    func brainstormInput(_ element: XMLElement) throws(SessionXMLError) -> Input {
        .brainstorm(text: element.text)
    }

    func legacyBrainstorm(_ element: XMLElement) throws(SessionXMLError) -> Activity {
        .brainstorm(
            BrainstormSettings(
                examples: try legacyItems(element.elements(named: "item")),
                examplesAreItems: try bool(element, "examples-are-items"),
                maxPerParticipant: try optionalInt(element, "max-per-participant")
            )
        )
    }
}
