import NoaberAggregation
import NoaberCore
import NoaberXML

/// The derived figures at the end of a session file (`results`), built as an element tree so that the writer
/// writes it and the reader compares it with the file's, attribute by attribute, with one piece of code each.
///
/// Everything here follows from the events (through the replayed `SessionState` and NoaberAggregation); an
/// importer recomputes it and refuses a file whose figures differ, so a hand-edited total cannot slip into the
/// store. Numbers that are not integers are written in Swift's shortest round-trip form, and compared as text.
enum SessionResults {
    /// The `results` element of a replayed session.
    static func element(for state: SessionState) -> XMLElement {
        var children = participants(state)
        for step in state.scenario?.steps ?? [] {
            if let result = stepResult(step, state) { children.append(result) }
        }
        return element("results", [], children)
    }

    /// Everyone who joined, in order of joining, with their last name and whether they are still present.
    private static func participants(_ state: SessionState) -> [XMLElement] {
        state.participants.map { record in
            let participant = record.participant
            var attributes = [attribute("participant", participant.id), attribute("name", participant.name)]
            if let group = participant.group { attributes.append(attribute("group", group)) }
            if let pseudonym = participant.pseudonym { attributes.append(attribute("pseudonym", pseudonym)) }
            attributes.append(attribute("present", record.isPresent ? "true" : "false"))
            return element("participant", attributes)
        }
    }

    /// The aggregate of a step as the file records it, from the one `StepResults` every reader shares; each
    /// werkvorm writes its own (see `Werkvormen+Registry.swift`).
    private static func stepResult(_ step: Step, _ state: SessionState) -> XMLElement? {
        resultElement(step, StepResults(step: step, in: state))
    }

    static func itemRef(_ id: Item.ID) -> XMLElement {
        element("item", [attribute("ref", id)])
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
