import NoaberCore
import NoaberXML

/// The scenario inside `session-started`: in the scenario format (its own namespace), or in files written before
/// that, the compact encoding of the `Scenario` value in the session namespace (`legacy-scenario` in the schema).
extension SessionXMLDecoder {
    func scenario(_ element: XMLElement) throws(SessionXMLError) -> Scenario {
        guard element.namespaceURI == ScenarioLoader.namespace else { return try legacyScenario(element) }
        var reader = ScenarioReader(verbatim: true)
        let scenario = reader.read(element)
        // Verbatim reading keeps every value as written; only a number Noaber cannot hold is lost on the way.
        for pending in reader.problems {
            switch pending.problem {
            case .invalidNumber(let name, let value):
                throw .badValue(SourceLocation(file: file, line: pending.line), attribute: name, value: value)
            case .numberTooLarge(let name, let value, _):
                throw .badValue(SourceLocation(file: file, line: pending.line), attribute: name, value: String(value))
            default:
                continue
            }
        }
        return scenario
    }

    private func legacyScenario(_ element: XMLElement) throws(SessionXMLError) -> Scenario {
        let sources = try children(element, "source") { source throws(SessionXMLError) in
            SourceReference(
                file: try string(source, "file"), section: source.attribute("section"),
                citation: try string(source, "citation"))
        }
        let facilitatorElement = try child(element, "facilitator")
        let facilitator = FacilitatorRole(
            title: try string(facilitatorElement, "title"),
            description: facilitatorElement.element(named: "description")?.text
        )
        let groups = try children(element, "group") { group throws(SessionXMLError) in
            ParticipantGroup(id: try string(group, "id"), name: try string(group, "name"))
        }
        let steps = try children(element, "step", legacyStep)
        return Scenario(
            id: try string(element, "id"), version: try string(element, "version"),
            title: try childText(element, "title"), summary: try childText(element, "summary"),
            audience: try childText(element, "audience"), language: try string(element, "language"),
            minutes: try int(element, "minutes"), sources: sources, facilitator: facilitator, groups: groups,
            steps: steps
        )
    }

    private func legacyStep(_ element: XMLElement) throws(SessionXMLError) -> Step {
        // The activity is the only child that is not one of the three texts.
        let texts: Set<String> = ["title", "instructions", "prompt"]
        guard let activityElement = element.elements.first(where: { !texts.contains($0.name) }) else {
            throw .schema(location(element), detail: "missing activity in 'step'")
        }
        return Step(
            id: try string(element, "id"), title: try childText(element, "title"), minutes: try int(element, "minutes"),
            instructions: try childText(element, "instructions"), prompt: try childText(element, "prompt"),
            activity: try legacyActivity(activityElement)
        )
    }

    func legacyItems(_ elements: [XMLElement]) throws(SessionXMLError) -> [Item] {
        var items: [Item] = []
        for item in elements {
            items.append(
                Item(id: try string(item, "id"), text: try string(item, "text"), detail: item.attribute("detail")))
        }
        return items
    }

    func legacyOptionalItemSource(_ element: XMLElement) throws(SessionXMLError) -> ItemSource? {
        let names: Set<String> = ["listed", "from-step", Self.legacyTopSourceName]
        guard let source = element.elements.first(where: { names.contains($0.name) }) else { return nil }
        switch source.name {
        case "listed": return .listed(try legacyItems(source.elements(named: "item")))
        case "from-step": return .fromStep(try string(source, "step"))
        default: return try legacyTopSource(source)
        }
    }

    func legacyItemSource(_ element: XMLElement) throws(SessionXMLError) -> ItemSource {
        guard let source = try legacyOptionalItemSource(element) else {
            throw .schema(location(element), detail: "missing item source in '\(element.name)'")
        }
        return source
    }

    func legacyScale(_ element: XMLElement) throws(SessionXMLError) -> Scale {
        let labels = try children(element, "label") { label throws(SessionXMLError) in
            ScaleLabel(value: try int(label, "value"), text: label.text)
        }
        return Scale(min: try int(element, "min"), max: try int(element, "max"), labels: labels)
    }
}
