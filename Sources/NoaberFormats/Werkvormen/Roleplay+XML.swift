import NoaberCore
import NoaberXML

// `<roleplay>`: roles applied to a case, in rounds, assigned in one of three ways.
extension ScenarioReader {
    mutating func readRoleplay(_ element: XMLElement) -> Activity {
        let roles = element.element(named: "roles").map { itemSource($0, for: .roleplay) } ?? .listed([])
        let caseElement = element.element(named: "case")
        let rounds = positive(element.attribute("rounds") ?? "", name: "rounds", at: element, attribute: "rounds")
        return .roleplay(
            RoleplaySettings(
                roles: roles,
                caseTitle: value(caseElement?.attribute("title")),
                caseText: text(caseElement),
                caseAuthored: authored(caseElement),
                assignment: element.attribute("assignment").flatMap(RoleplaySettings.Assignment.init) ?? .all,
                rounds: rounds ?? 1
            )
        )
    }
}

extension ScenarioWriter {
    static func writeRoleplay(_ settings: RoleplaySettings, to writer: XMLWriter) throws {
        try writer.attribute("assignment", settings.assignment.rawValue)
        try writer.attribute("rounds", String(settings.rounds))
        try write(settings.roles, as: "roles", to: writer)
        try writer.startElement("case")
        try writer.attribute("title", settings.caseTitle)
        if settings.caseAuthored { try writer.attribute("authored", boolean(true)) }
        try writer.text(settings.caseText)
        try writer.endElement()
    }
}

extension SchemaViolations {
    static let roleplayRequirements = SchemaRequirements(
        attributes: ["roleplay": ["assignment", "rounds"], "case": ["title"]],
        children: ["roleplay": ["roles", "case"]]
    )
}

extension SessionXMLWriter {
    static func writeRoleplay(role: Item.ID, round: Int, text: String, to writer: XMLWriter) throws {
        try writer.element("roleplay", attributes: ["role": role, "round": String(round)], text: text)
    }
}

extension SessionXMLDecoder {
    func roleplayInput(_ element: XMLElement) throws(SessionXMLError) -> Input {
        .roleplay(role: try string(element, "role"), round: try int(element, "round"), text: element.text)
    }

    func legacyRoleplay(_ element: XMLElement) throws(SessionXMLError) -> Activity {
        let assignmentText = try string(element, "assignment")
        guard let assignment = RoleplaySettings.Assignment(rawValue: assignmentText) else {
            throw .badValue(location(element), attribute: "assignment", value: assignmentText)
        }
        return .roleplay(
            RoleplaySettings(
                roles: try legacyItemSource(element), caseTitle: try string(element, "case-title"),
                caseText: try childText(element, "case"), assignment: assignment, rounds: try int(element, "rounds")
            )
        )
    }
}
