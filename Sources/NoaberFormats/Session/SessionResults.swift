import NoaberCore
import NoaberXML

/// The derived figures at the end of a session file (`results`), built as an element tree so that the writer
/// writes it and the reader compares it with the file's, attribute by attribute, with one piece of code each.
///
/// Everything here follows from the events; an importer recomputes it and refuses a file whose figures differ,
/// so a hand-edited total cannot slip into the store.
enum SessionResults {
    /// The `results` element the events give. The events must replay cleanly.
    static func element(for events: [SessionEvent]) -> XMLElement {
        let children: [XMLNode] = participants(events).map { .element($0) }
        return XMLElement(name: "results", namespaceURI: SessionXML.namespace, children: children)
    }

    /// Everyone who joined, in order of joining, with their last name and whether they are still present.
    private static func participants(_ events: [SessionEvent]) -> [XMLElement] {
        var order: [ParticipantID] = []
        var byID: [ParticipantID: (participant: Participant, present: Bool)] = [:]
        for event in events {
            switch event.payload {
            case .participantJoined(let participant):
                if byID[participant.id] == nil { order.append(participant.id) }
                byID[participant.id] = (participant, true)
            case .participantRenamed(let id, let name):
                byID[id]?.participant.name = name
            case .participantLeft(let id):
                byID[id]?.present = false
            default:
                break
            }
        }
        return order.compactMap { id in
            guard let (participant, present) = byID[id] else { return nil }
            var attributes = [attribute("participant", participant.id), attribute("name", participant.name)]
            if let group = participant.group { attributes.append(attribute("group", group)) }
            if let pseudonym = participant.pseudonym { attributes.append(attribute("pseudonym", pseudonym)) }
            attributes.append(attribute("present", present ? "true" : "false"))
            return element("participant", attributes)
        }
    }

    static func attribute(_ name: String, _ value: String) -> XMLAttribute {
        XMLAttribute(name: name, value: value)
    }

    static func element(_ name: String, _ attributes: [XMLAttribute], _ children: [XMLElement] = []) -> XMLElement {
        XMLElement(
            name: name, namespaceURI: SessionXML.namespace, attributes: attributes,
            children: children.map { .element($0) }
        )
    }
}

extension SessionXMLWriter {
    /// Writes an element tree built in code (attributes and children in their order; no text).
    static func write(_ element: XMLElement, to writer: XMLWriter) throws {
        try writer.startElement(element.name)
        for attribute in element.attributes {
            try writer.attribute(attribute.name, attribute.value)
        }
        for child in element.elements {
            try write(child, to: writer)
        }
        try writer.endElement()
    }
}
