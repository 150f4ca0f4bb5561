import NoaberCore
import NoaberXML

// `<actions>`: commitments (what, trekker, when; in sessie.xml also `with`, met wie), with a per-participant limit.
extension ScenarioReader {
    mutating func readActions(_ element: XMLElement) -> Activity {
        .actions(ActionsSettings(maxPerParticipant: optionalPositive(element, "max-per-participant")))
    }
}

extension ScenarioWriter {
    static func writeActions(_ settings: ActionsSettings, to writer: XMLWriter) throws {
        if let max = settings.maxPerParticipant { try writer.attribute("max-per-participant", String(max)) }
    }
}

extension SchemaViolations {
    static let actionsRequirements = SchemaRequirements()
}

extension SessionXMLWriter {
    static func writeAction(_ action: Action, to writer: XMLWriter) throws {
        try writer.startElement("action")
        try writer.attribute("owner", action.owner)
        try writer.attribute("when", action.when)
        if !action.with.isEmpty { try writer.attribute("with", action.with) }
        try writer.text(action.what)
        try writer.endElement()
    }
}

extension SessionXMLDecoder {
    func actionInput(_ element: XMLElement) throws(SessionXMLError) -> Input {
        .action(
            Action(
                what: element.text, owner: try string(element, "owner"), when: try string(element, "when"),
                with: element.attribute("with") ?? ""))
    }

    func legacyActions(_ element: XMLElement) throws(SessionXMLError) -> Activity {
        .actions(ActionsSettings(maxPerParticipant: try optionalInt(element, "max-per-participant")))
    }
}
