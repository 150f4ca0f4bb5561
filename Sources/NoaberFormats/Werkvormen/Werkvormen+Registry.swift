// Dispatch registry: one case per werkvorm, each forwarding to <Kind>+XML.swift; see README "Adding a werkvorm".
import NoaberAggregation
import NoaberCore
import NoaberXML

extension ScenarioReader {
    /// The settings of a step from its werkvorm element (the element name is an `Activity.Kind` raw value).
    mutating func activity(_ element: XMLElement) -> Activity {
        switch Activity.Kind(rawValue: element.name) ?? .info {
        case .info: readInfo(element)
        case .brainstorm: readBrainstorm(element)
        case .open: readOpen(element)
        case .roleplay: readRoleplay(element)
        case .likert: readLikert(element)
        case .rank: readRank(element)
        case .rate: readRate(element)
        case .vote: readVote(element)
        case .classify: readClassify(element)
        case .actions: readActions(element)
        }
    }

    /// Whether a step has items another step can take over.
    func providesItems(_ activity: Activity) -> Bool {
        switch activity {
        case .info, .likert, .actions: false
        case .open(let settings): settings.items != nil
        case .brainstorm, .roleplay, .rank, .rate, .vote, .classify: true
        }
    }
}

extension ScenarioWriter {
    /// The attributes and children of a werkvorm element, into the open element.
    static func writeSettings(of activity: Activity, to writer: XMLWriter) throws {
        switch activity {
        case .info(let settings): try writeInfo(settings, to: writer)
        case .brainstorm(let settings): try writeBrainstorm(settings, to: writer)
        case .open(let settings): try writeOpen(settings, to: writer)
        case .roleplay(let settings): try writeRoleplay(settings, to: writer)
        case .likert(let settings): try writeLikert(settings, to: writer)
        case .rank(let settings): try writeRank(settings, to: writer)
        case .rate(let settings): try writeRate(settings, to: writer)
        case .vote(let settings): try writeVote(settings, to: writer)
        case .classify(let settings): try writeClassify(settings, to: writer)
        case .actions(let settings): try writeActions(settings, to: writer)
        }
    }
}

extension SchemaViolations {
    /// What the schema requires inside each werkvorm's elements.
    static let werkvormRequirements: [SchemaRequirements] = [
        infoRequirements, brainstormRequirements, openRequirements, roleplayRequirements, likertRequirements,
        rankRequirements, rateRequirements, voteRequirements, classifyRequirements, actionsRequirements,
    ]
}

extension ScenarioError.Problem {
    /// The catalogue entries of the problems that only one werkvorm reports.
    static let werkvormMessages = [classifyMessages, rankMessages].joined(separator: "\n\n")
}

extension SessionXMLWriter {
    /// An input as the element of its kind.
    static func write(_ input: Input, to writer: XMLWriter) throws {
        switch input {
        case .brainstorm(let text): try writeBrainstorm(text, to: writer)
        case .open(let item, let text): try writeOpen(item: item, text: text, to: writer)
        case .roleplay(let role, let round, let text):
            try writeRoleplay(role: role, round: round, text: text, to: writer)
        case .likert(let answers): try writeLikert(answers, to: writer)
        // A list of item refs or of scores: the shared writer, under the input kind's name.
        case .rank(let items), .vote(let items): try writeItemRefs(input.kind.rawValue, items, writer)
        case .rate(let scores), .dots(let scores): try writeScores(input.kind.rawValue, scores, writer)
        case .classify(let placements): try writeClassify(placements, to: writer)
        case .action(let action): try writeAction(action, to: writer)
        }
    }
}

extension SessionXMLDecoder {
    /// The input in an input event (its only child; the element name is an `Input.Kind` raw value).
    func input(_ event: XMLElement) throws(SessionXMLError) -> Input {
        guard let element = event.elements.first else {
            throw .schema(location(event), detail: "missing input in '\(event.name)'")
        }
        switch try kind(Input.Kind.self, of: element, "input") {
        case .brainstorm: return try brainstormInput(element)
        case .open: return try openInput(element)
        case .roleplay: return try roleplayInput(element)
        case .likert: return try likertInput(element)
        case .rank: return .rank(try itemRefs(element))
        case .rate: return .rate(try scores(element))
        case .vote: return .vote(try itemRefs(element))
        case .dots: return .dots(try scores(element))
        case .classify: return try classifyInput(element)
        case .action: return try actionInput(element)
        }
    }

    /// A werkvorm element of the compact scenario encoding of older session files.
    func legacyActivity(_ element: XMLElement) throws(SessionXMLError) -> Activity {
        switch try kind(Activity.Kind.self, of: element, "activity") {
        case .info: return try legacyInfo(element)
        case .brainstorm: return try legacyBrainstorm(element)
        case .open: return try legacyOpen(element)
        case .roleplay: return try legacyRoleplay(element)
        case .likert: return try legacyLikert(element)
        case .rank: return try legacyRank(element)
        case .rate: return try legacyRate(element)
        case .vote: return try legacyVote(element)
        case .classify: return try legacyClassify(element)
        case .actions: return try legacyActions(element)
        }
    }
}

extension SessionResults {
    /// The computed `results` as a file of an older layout records them: each step's result as its werkvorm filed
    /// it (`found`: the file's `results`), so that leaving out what later files add is no difference.
    static func asFiled(_ expected: XMLElement, found: XMLElement) -> XMLElement {
        let filed = found.elements
        var element = expected
        element.children = expected.children.map { node in
            guard case .element(let child) = node else { return node }
            let step = child.attribute("step")
            let match = filed.first { $0.name == child.name && $0.attribute("step") == step }
            return .element(rankingAsFiled(child, found: match))
        }
        return element
    }

    /// The `results` child of a step, for the werkvormen whose aggregate the file records.
    static func resultElement(_ step: Step, _ results: StepResults) -> XMLElement? {
        switch results.aggregate {
        case .rank(let rank): ranking(step, rank)
        case .likert(let likert): themeScores(step, likert)
        case .vote(let vote): tally(step, vote)
        case .none, .rate, .classify, .actions: nil
        }
    }
}
