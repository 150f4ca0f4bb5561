public import NoaberCore
import NoaberXML

/// Writes a scenario in the scenario format (`Scenarios/scenario.rng`), as `sessie.xml` embeds it.
///
/// Every setting is written out (no default is left to the reader) and texts are written as they are, so that
/// `ScenarioReader` in verbatim mode reads back an equal value: one grammar for authoring and archiving. The
/// `authored` mark is written only where it is true (absent means quoted), so files without marks stay as they were.
public enum ScenarioWriter {
    /// The scenario as a document of its own.
    public static func write(_ scenario: Scenario) throws -> [UInt8] {
        let writer = try XMLWriter(indent: true)
        try writer.startDocument()
        try write(scenario, to: writer)
        return try writer.finish()
    }

    /// The `scenario` element, in the scenario namespace, into an open document.
    static func write(_ scenario: Scenario, to writer: XMLWriter) throws {
        try writer.startElement("scenario")
        try writer.attribute("xmlns", ScenarioLoader.namespace)
        try writer.attribute("id", scenario.id)
        try writer.attribute("version", scenario.version)
        try writer.startElement("meta")
        try writer.element("title", text: scenario.title)
        try writer.element("summary", text: scenario.summary)
        try writer.startElement("audience")
        if let address = scenario.declaredAddress { try writer.attribute("address", address.rawValue) }
        try writer.text(scenario.audience)
        try writer.endElement()
        try writer.element("language", text: scenario.language)
        try writer.element("minutes", text: String(scenario.minutes))
        for source in scenario.sources {
            try writer.startElement("source")
            try writer.attribute("file", source.file)
            if let section = source.section { try writer.attribute("section", section) }
            try writer.text(source.citation)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.startElement("roles")
        try writer.startElement("facilitator")
        try writer.attribute("title", scenario.facilitator.title)
        if let description = scenario.facilitator.description { try writer.text(description) }
        try writer.endElement()
        for group in scenario.groups {
            try writer.element("group", attributes: ["id": group.id], text: group.name)
        }
        try writer.endElement()
        try writer.startElement("agenda")
        for step in scenario.steps {
            try writer.startElement("step")
            try writer.attribute("id", step.id)
            try writer.attribute("minutes", String(step.minutes))
            if step.isPrivate { try writer.attribute("private", boolean(true)) }
            try writer.element("title", text: step.title)
            try writer.element("instructions", text: step.instructions)
            try writer.element("prompt", text: step.prompt)
            try writer.startElement(step.activity.kind.rawValue)
            try writeSettings(of: step.activity, to: writer)
            try writer.endElement()
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }

    /// `<item id="…" detail="…">text</item>`.
    static func write(_ item: Item, to writer: XMLWriter) throws {
        try writer.startElement("item")
        try writer.attribute("id", item.id)
        if let detail = item.detail { try writer.attribute("detail", detail) }
        if let examples = item.examples { try writer.attribute("examples", examples) }
        if item.authored { try writer.attribute("authored", boolean(true)) }
        try writer.text(item.text)
        try writer.endElement()
    }

    /// An element `name` holding listed items.
    static func write(_ items: [Item], as name: String, to writer: XMLWriter) throws {
        try writer.startElement(name)
        for item in items {
            try write(item, to: writer)
        }
        try writer.endElement()
    }

    /// An element `name` (`items`, `roles`) saying where the items come from.
    static func write(_ source: ItemSource, as name: String, to writer: XMLWriter) throws {
        switch source {
        case .listed(let items):
            try write(items, as: name, to: writer)
        case .fromStep(let step):
            try writer.element(name, attributes: ["from": step])
        default:
            try writer.startElement(name)
            try writeTopSource(source, to: writer)
            try writer.endElement()
        }
    }

    static func write(_ scale: Scale, to writer: XMLWriter) throws {
        try writer.startElement("scale")
        try writer.attribute("min", String(scale.min))
        try writer.attribute("max", String(scale.max))
        for label in scale.labels {
            try writer.element("label", attributes: ["value": String(label.value)], text: label.text)
        }
        try writer.endElement()
    }

    static func boolean(_ value: Bool) -> String { value ? "true" : "false" }
}
