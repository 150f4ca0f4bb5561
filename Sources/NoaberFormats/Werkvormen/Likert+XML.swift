import NoaberAggregation
import NoaberCore
import NoaberXML

// `<likert>`: a scale, themes of statements (some reversed), and the source's interpretation bands.
extension ScenarioReader {
    mutating func readLikert(_ element: XMLElement) -> Activity {
        let scale = scale(element.element(named: "scale"))
        var themeIDs: [String: Int] = [:]
        var statementIDs: [String: Int] = [:]
        var themes: [LikertTheme] = []
        for themeElement in element.elements(named: "theme") {
            let id = themeElement.attribute("id") ?? ""
            checkUnique(id, kind: .theme, in: &themeIDs, at: themeElement)
            let statements = themeElement.elements(named: "statement").map { statement in
                let id = statement.attribute("id") ?? ""
                checkUnique(id, kind: .statement, in: &statementIDs, at: statement)
                return LikertStatement(
                    id: id, text: text(statement),
                    reversed: boolean(statement.attribute("reversed"), default: false))
            }
            let bands = themeElement.elements(named: "interpretation").map { band($0) }
            themes.append(
                LikertTheme(
                    id: id, title: value(themeElement.attribute("title")),
                    statements: statements, interpretation: bands))
        }
        return .likert(LikertSettings(scale: scale, themes: themes))
    }

    private mutating func band(_ element: XMLElement) -> ScoreBand {
        let from = element.attribute("from").flatMap { Double(normalized($0)) }
        let to = element.attribute("to").flatMap { Double(normalized($0)) }
        if let from, let to, from > to {
            report(.bandReversed(from: from, to: to), at: element, attribute: "from")
        }
        return ScoreBand(from: from, to: to, text: text(element))
    }
}

extension ScenarioWriter {
    static func writeLikert(_ settings: LikertSettings, to writer: XMLWriter) throws {
        try write(settings.scale, to: writer)
        for theme in settings.themes {
            try writer.startElement("theme")
            try writer.attribute("id", theme.id)
            try writer.attribute("title", theme.title)
            for statement in theme.statements {
                try writer.startElement("statement")
                try writer.attribute("id", statement.id)
                if statement.reversed { try writer.attribute("reversed", "true") }
                try writer.text(statement.text)
                try writer.endElement()
            }
            for band in theme.interpretation {
                try writer.startElement("interpretation")
                if let from = band.from { try writer.attribute("from", SessionNumber.format(from)) }
                if let to = band.to { try writer.attribute("to", SessionNumber.format(to)) }
                try writer.text(band.text)
                try writer.endElement()
            }
            try writer.endElement()
        }
    }
}

extension SchemaViolations {
    static let likertRequirements = SchemaRequirements(
        attributes: ["theme": ["id", "title"], "statement": ["id"]],
        children: ["likert": ["scale", "theme"], "theme": ["statement"]]
    )
}

extension SessionXMLWriter {
    static func writeLikert(_ answers: [LikertAnswer], to writer: XMLWriter) throws {
        try writeEntries("likert", "answer", answers, writer) {
            ["statement": $0.statement, "value": String($0.value)]
        }
    }
}

extension SessionXMLDecoder {
    func likertInput(_ element: XMLElement) throws(SessionXMLError) -> Input {
        .likert(
            try children(element, "answer") { answer throws(SessionXMLError) in
                LikertAnswer(statement: try string(answer, "statement"), value: try int(answer, "value"))
            })
    }

    func legacyLikert(_ element: XMLElement) throws(SessionXMLError) -> Activity {
        .likert(
            LikertSettings(
                scale: try legacyScale(try child(element, "scale")), themes: try children(element, "theme", legacyTheme)
            ))
    }

    private func legacyTheme(_ element: XMLElement) throws(SessionXMLError) -> LikertTheme {
        let statements = try children(element, "statement") { statement throws(SessionXMLError) in
            LikertStatement(
                id: try string(statement, "id"), text: statement.text, reversed: try bool(statement, "reversed"))
        }
        let bands = try children(element, "band") { band throws(SessionXMLError) in
            ScoreBand(from: try double(band, "from"), to: try double(band, "to"), text: band.text)
        }
        return LikertTheme(
            id: try string(element, "id"), title: try string(element, "title"), statements: statements,
            interpretation: bands
        )
    }
}

extension SessionResults {
    /// The group's theme means of a likert step, with how many participants answered anything of it.
    static func themeScores(_ step: Step, _ results: LikertResults) -> XMLElement {
        let themes = results.scores.group.map { theme in
            var attributes = [attribute("id", theme.theme), attribute("respondents", String(theme.participants))]
            if let mean = theme.mean { attributes.append(attribute("mean", SessionNumber.format(mean))) }
            return element("theme", attributes)
        }
        return element(
            "theme-scores", [attribute("step", step.id), attribute("respondents", String(results.respondents))],
            themes
        )
    }
}
