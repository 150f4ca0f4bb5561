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

    /// The aggregate of a step as the file records it, from the one `StepResults` every reader shares.
    private static func stepResult(_ step: Step, _ state: SessionState) -> XMLElement? {
        let results = StepResults(step: step, in: state)
        switch results.aggregate {
        case .rank(let rank): return ranking(step, rank)
        case .likert(let likert): return themeScores(step, likert)
        case .vote(let vote): return tally(step, vote)
        case .none, .rate, .classify, .actions: return nil
        }
    }

    /// The consensus order (by the method `RankResults` decided, which the file names), as tiers of tied items, and
    /// Kendall's W. A step whose items are each participant's own top of an earlier ranking has no common
    /// candidates and no consensus.
    private static func ranking(_ step: Step, _ results: RankResults) -> XMLElement? {
        guard results.hasCommonItems else { return nil }
        var attributes = [
            attribute("step", step.id), attribute("method", results.method.rawValue),
            attribute("rankings", String(results.participants.count)),
        ]
        if let w = results.report.kendallW { attributes.append(attribute("kendall-w", SessionNumber.format(w))) }
        let tiers = results.order.enumerated().map { position, tier in
            element("tier", [attribute("place", String(position + 1))], tier.map { itemRef(results.items[$0].id) })
        }
        return element("ranking", attributes, tiers)
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
