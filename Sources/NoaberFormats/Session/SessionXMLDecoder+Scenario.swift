import NoaberCore
import NoaberXML

/// Reads the compact scenario encoding written by `SessionXMLWriter+Scenario.swift`.
extension SessionXMLDecoder {
    func scenario(_ element: XMLElement) throws(SessionXMLError) -> Scenario {
        var sources: [SourceReference] = []
        for source in element.elements(named: "source") {
            sources.append(
                SourceReference(
                    file: try string(source, "file"), section: source.attribute("section"),
                    citation: try string(source, "citation")
                )
            )
        }
        let facilitatorElement = try child(element, "facilitator")
        let facilitator = FacilitatorRole(
            title: try string(facilitatorElement, "title"),
            description: facilitatorElement.element(named: "description")?.text
        )
        var groups: [ParticipantGroup] = []
        for group in element.elements(named: "group") {
            groups.append(ParticipantGroup(id: try string(group, "id"), name: try string(group, "name")))
        }
        var steps: [Step] = []
        for step in element.elements(named: "step") {
            steps.append(try self.step(step))
        }
        return Scenario(
            id: try string(element, "id"), version: try string(element, "version"),
            title: try childText(element, "title"), summary: try childText(element, "summary"),
            audience: try childText(element, "audience"), language: try string(element, "language"),
            minutes: try int(element, "minutes"), sources: sources, facilitator: facilitator, groups: groups,
            steps: steps
        )
    }

    private func step(_ element: XMLElement) throws(SessionXMLError) -> Step {
        // The activity is the only child that is not one of the three texts.
        let texts: Set<String> = ["title", "instructions", "prompt"]
        guard let activityElement = element.elements.first(where: { !texts.contains($0.name) }) else {
            throw .schema(location(element), detail: "missing activity in 'step'")
        }
        return Step(
            id: try string(element, "id"), title: try childText(element, "title"), minutes: try int(element, "minutes"),
            instructions: try childText(element, "instructions"), prompt: try childText(element, "prompt"),
            activity: try activity(activityElement)
        )
    }

    private func activity(_ element: XMLElement) throws(SessionXMLError) -> Activity {
        switch element.name {
        case "info":
            return .info(InfoSettings(paragraphs: element.elements(named: "paragraph").map(\.text)))
        case "brainstorm":
            return .brainstorm(
                BrainstormSettings(
                    examples: try items(element.elements(named: "item")),
                    examplesAreItems: try bool(element, "examples-are-items"),
                    maxPerParticipant: try optionalInt(element, "max-per-participant")
                )
            )
        case "open":
            let source = try optionalItemSource(element)
            return .open(OpenSettings(items: source, maxLength: try int(element, "max-length")))
        case "roleplay":
            let assignmentText = try string(element, "assignment")
            guard let assignment = RoleplaySettings.Assignment(rawValue: assignmentText) else {
                throw .badValue(location(element), attribute: "assignment", value: assignmentText)
            }
            return .roleplay(
                RoleplaySettings(
                    roles: try itemSource(element), caseTitle: try string(element, "case-title"),
                    caseText: try childText(element, "case"), assignment: assignment, rounds: try int(element, "rounds")
                )
            )
        case "likert":
            var themes: [LikertTheme] = []
            for theme in element.elements(named: "theme") {
                themes.append(try self.theme(theme))
            }
            return .likert(LikertSettings(scale: try scale(try child(element, "scale")), themes: themes))
        case "rank":
            let methodText = try string(element, "method")
            guard let method = RankMethod(rawValue: methodText) else {
                throw .badValue(location(element), attribute: "method", value: methodText)
            }
            return .rank(
                RankSettings(items: try itemSource(element), top: try optionalInt(element, "top"), method: method)
            )
        case "rate":
            return .rate(RateSettings(items: try itemSource(element), scale: try scale(try child(element, "scale"))))
        case "vote":
            return .vote(VoteSettings(items: try itemSource(element), mode: try voteMode(element)))
        case "classify":
            return .classify(
                ClassifySettings(
                    items: try itemSource(element), categories: try items(element.elements(named: "category"))
                )
            )
        case "actions":
            return .actions(ActionsSettings(maxPerParticipant: try optionalInt(element, "max-per-participant")))
        default:
            throw .schema(location(element), detail: "unknown activity '\(element.name)'")
        }
    }

    private func voteMode(_ element: XMLElement) throws(SessionXMLError) -> VoteSettings.Mode {
        let mode = try string(element, "mode")
        switch mode {
        case "single": return .single
        case "multi": return .multi(max: try optionalInt(element, "max"))
        case "dots": return .dots(try int(element, "dots"))
        default: throw .badValue(location(element), attribute: "mode", value: mode)
        }
    }

    private func items(_ elements: [XMLElement]) throws(SessionXMLError) -> [Item] {
        var items: [Item] = []
        for item in elements {
            items.append(
                Item(id: try string(item, "id"), text: try string(item, "text"), detail: item.attribute("detail")))
        }
        return items
    }

    private static let sourceNames: Set<String> = ["listed", "from-step", "top-of-ranking"]

    private func optionalItemSource(_ element: XMLElement) throws(SessionXMLError) -> ItemSource? {
        guard let source = element.elements.first(where: { Self.sourceNames.contains($0.name) }) else { return nil }
        switch source.name {
        case "listed": return .listed(try items(source.elements(named: "item")))
        case "from-step": return .fromStep(try string(source, "step"))
        default: return .topOfRanking(try string(source, "step"), count: try int(source, "count"))
        }
    }

    private func itemSource(_ element: XMLElement) throws(SessionXMLError) -> ItemSource {
        guard let source = try optionalItemSource(element) else {
            throw .schema(location(element), detail: "missing item source in '\(element.name)'")
        }
        return source
    }

    private func scale(_ element: XMLElement) throws(SessionXMLError) -> Scale {
        var labels: [ScaleLabel] = []
        for label in element.elements(named: "label") {
            labels.append(ScaleLabel(value: try int(label, "value"), text: label.text))
        }
        return Scale(min: try int(element, "min"), max: try int(element, "max"), labels: labels)
    }

    private func theme(_ element: XMLElement) throws(SessionXMLError) -> LikertTheme {
        var statements: [LikertStatement] = []
        for statement in element.elements(named: "statement") {
            statements.append(
                LikertStatement(
                    id: try string(statement, "id"), text: statement.text, reversed: try bool(statement, "reversed")
                )
            )
        }
        var bands: [ScoreBand] = []
        for band in element.elements(named: "band") {
            bands.append(ScoreBand(from: try double(band, "from"), to: try double(band, "to"), text: band.text))
        }
        return LikertTheme(
            id: try string(element, "id"), title: try string(element, "title"), statements: statements,
            interpretation: bands
        )
    }
}
