import NoaberCore
import NoaberXML

/// The scenario inside `session-started`: a compact encoding of the `Scenario` value rather than the authoring
/// format of `Scenarios/scenario.rng`, so that a session file holds exactly the value that was run (no defaults
/// filled in on reading, no dependency on how the authoring format evolves) and reads back equal.
extension SessionXMLWriter {
    static func write(_ scenario: Scenario, to writer: XMLWriter) throws {
        try writer.startElement("scenario")
        try writer.attribute("id", scenario.id)
        try writer.attribute("version", scenario.version)
        try writer.attribute("language", scenario.language)
        try writer.attribute("minutes", String(scenario.minutes))
        try writer.element("title", text: scenario.title)
        try writer.element("summary", text: scenario.summary)
        try writer.element("audience", text: scenario.audience)
        for source in scenario.sources {
            try writer.startElement("source")
            try writer.attribute("file", source.file)
            if let section = source.section { try writer.attribute("section", section) }
            try writer.attribute("citation", source.citation)
            try writer.endElement()
        }
        try writer.startElement("facilitator")
        try writer.attribute("title", scenario.facilitator.title)
        if let description = scenario.facilitator.description {
            try writer.element("description", text: description)
        }
        try writer.endElement()
        for group in scenario.groups {
            try writer.element("group", attributes: ["id": group.id, "name": group.name])
        }
        for step in scenario.steps {
            try write(step, to: writer)
        }
        try writer.endElement()
    }

    private static func write(_ step: Step, to writer: XMLWriter) throws {
        try writer.startElement("step")
        try writer.attribute("id", step.id)
        try writer.attribute("minutes", String(step.minutes))
        try writer.element("title", text: step.title)
        try writer.element("instructions", text: step.instructions)
        try writer.element("prompt", text: step.prompt)
        try write(step.activity, to: writer)
        try writer.endElement()
    }

    private static func write(_ activity: Activity, to writer: XMLWriter) throws {
        try writer.startElement(activity.kind.rawValue)
        switch activity {
        case .info(let settings):
            for paragraph in settings.paragraphs {
                try writer.element("paragraph", text: paragraph)
            }
        case .brainstorm(let settings):
            try writer.attribute("examples-are-items", settings.examplesAreItems ? "true" : "false")
            if let max = settings.maxPerParticipant { try writer.attribute("max-per-participant", String(max)) }
            for item in settings.examples {
                try write(item, as: "item", to: writer)
            }
        case .open(let settings):
            try writer.attribute("max-length", String(settings.maxLength))
            if let items = settings.items { try write(items, to: writer) }
        case .roleplay(let settings):
            try writer.attribute("assignment", settings.assignment.rawValue)
            try writer.attribute("rounds", String(settings.rounds))
            try writer.attribute("case-title", settings.caseTitle)
            try writer.element("case", text: settings.caseText)
            try write(settings.roles, to: writer)
        case .likert(let settings):
            try write(settings.scale, to: writer)
            for theme in settings.themes {
                try write(theme, to: writer)
            }
        case .rank(let settings):
            try writer.attribute("method", settings.method.rawValue)
            if let top = settings.top { try writer.attribute("top", String(top)) }
            try write(settings.items, to: writer)
        case .rate(let settings):
            try write(settings.items, to: writer)
            try write(settings.scale, to: writer)
        case .vote(let settings):
            switch settings.mode {
            case .single:
                try writer.attribute("mode", "single")
            case .multi(let max):
                try writer.attribute("mode", "multi")
                if let max { try writer.attribute("max", String(max)) }
            case .dots(let dots):
                try writer.attribute("mode", "dots")
                try writer.attribute("dots", String(dots))
            }
            try write(settings.items, to: writer)
        case .classify(let settings):
            try write(settings.items, to: writer)
            for category in settings.categories {
                try write(category, as: "category", to: writer)
            }
        case .actions(let settings):
            if let max = settings.maxPerParticipant { try writer.attribute("max-per-participant", String(max)) }
        }
        try writer.endElement()
    }

    private static func write(_ item: Item, as name: String, to writer: XMLWriter) throws {
        try writer.startElement(name)
        try writer.attribute("id", item.id)
        try writer.attribute("text", item.text)
        if let detail = item.detail { try writer.attribute("detail", detail) }
        try writer.endElement()
    }

    private static func write(_ source: ItemSource, to writer: XMLWriter) throws {
        switch source {
        case .listed(let items):
            try writer.startElement("listed")
            for item in items {
                try write(item, as: "item", to: writer)
            }
            try writer.endElement()
        case .fromStep(let step):
            try writer.element("from-step", attributes: ["step": step])
        case .topOfRanking(let step, let count):
            try writer.element("top-of-ranking", attributes: ["step": step, "count": String(count)])
        }
    }

    private static func write(_ scale: Scale, to writer: XMLWriter) throws {
        try writer.startElement("scale")
        try writer.attribute("min", String(scale.min))
        try writer.attribute("max", String(scale.max))
        for label in scale.labels {
            try writer.element("label", attributes: ["value": String(label.value)], text: label.text)
        }
        try writer.endElement()
    }

    private static func write(_ theme: LikertTheme, to writer: XMLWriter) throws {
        try writer.startElement("theme")
        try writer.attribute("id", theme.id)
        try writer.attribute("title", theme.title)
        for statement in theme.statements {
            try writer.element(
                "statement",
                attributes: ["id": statement.id, "reversed": statement.reversed ? "true" : "false"],
                text: statement.text
            )
        }
        for band in theme.interpretation {
            try writer.startElement("band")
            if let from = band.from { try writer.attribute("from", SessionNumber.format(from)) }
            if let to = band.to { try writer.attribute("to", SessionNumber.format(to)) }
            try writer.text(band.text)
            try writer.endElement()
        }
        try writer.endElement()
    }
}
