import NoaberCore
import NoaberXML

/// A problem found while reading, located by element (and attribute) until columns are resolved.
struct PendingProblem: Sendable, Equatable {
    var problem: ScenarioError.Problem
    var line: Int
    var element: String?
    var attribute: String?
}

/// Turns a schema-valid scenario tree into a `Scenario`, checking on the way what the schema cannot express.
///
/// The schema has already fixed the structure, so a missing element only yields an empty value here; every
/// semantic problem is collected, not only the first, and reading goes on so that one run reports them all.
struct ScenarioReader {
    /// Texts as written, no settings checked for sense: the scenario inside a session file, which holds the value
    /// that was run (the engine checks it on import). Otherwise texts are normalised (`normalized`).
    var verbatim = false
    private(set) var problems: [PendingProblem] = []
    /// Steps read so far, the only ones a later step may take items from.
    private(set) var steps: [Step] = []
    private var stepLines: [Step.ID: Int] = [:]
    /// Every step id of the agenda, to tell a reference to a later step from one to a step that does not exist.
    private(set) var allStepIDs: Set<Step.ID> = []
    /// Where `<include>`d scenarios are found; `nil` (a scenario inside a session file) includes nothing.
    var library: ScenarioLibrary?
    /// The id of the scenario being read.
    var scenarioID = ""
    /// Steps taken from other scenarios: per scenario, the source step's id to its id in this agenda.
    var included: [String: [Step.ID: Step.ID]] = [:]
    /// The sources of the scenarios steps were taken from, in order of first use.
    var includedSources: [SourceReference] = []
    /// How the scenario being read addresses its readers; a step taken from another scenario must do the same.
    var address = FormOfAddress.u

    init(verbatim: Bool = false, library: ScenarioLibrary? = nil) {
        self.verbatim = verbatim
        self.library = library
    }

    mutating func read(_ root: XMLElement) -> Scenario {
        let meta = root.element(named: "meta")
        let roles = root.element(named: "roles")
        let agenda = root.element(named: "agenda")
        scenarioID = root.attribute("id") ?? ""
        let audience = meta?.element(named: "audience")
        address =
            audience?.attribute("address").flatMap { FormOfAddress(rawValue: normalized($0)) }
            ?? .default(forAudience: text(audience))
        let agendaElements = agenda?.elements.filter { $0.name == "step" || $0.name == "include" } ?? []
        allStepIDs = Set(agendaElements.compactMap { $0.attribute("id") ?? $0.attribute("step") })

        let minutesElement = meta?.element(named: "minutes")
        let minutes = positive(minutesElement.map { $0.text } ?? "", name: "minutes", at: minutesElement)
        if agendaElements.count > ScenarioLimits.steps {
            report(.tooMany(ScenarioLimits.Excess(part: .steps, count: agendaElements.count)), at: agenda)
        }
        for element in agendaElements {
            if element.name == "include" { readInclude(element) } else { readStep(element) }
        }
        // The schema lets a scenario inside a session file do without sources; an authored one names its source.
        if !verbatim, let meta, meta.element(named: "source") == nil {
            report(.missingElement("source", parent: "meta"), at: meta)
        }
        let stepMinutes = steps.reduce(0) { $0 + $1.minutes }
        if let minutes, stepMinutes > minutes {
            report(.agendaTooLong(stepMinutes: stepMinutes, totalMinutes: minutes), at: minutesElement)
        }
        return Scenario(
            id: root.attribute("id") ?? "",
            version: value(root.attribute("version")),
            title: text(meta?.element(named: "title")),
            summary: text(meta?.element(named: "summary")),
            audience: text(meta?.element(named: "audience")),
            language: text(meta?.element(named: "language")),
            minutes: minutes ?? 0,
            sources: withIncludedSources(
                meta?.elements(named: "source").map {
                    SourceReference(
                        file: value($0.attribute("file")), section: $0.attribute("section").map { value($0) },
                        citation: text($0))
                } ?? []),
            facilitator: facilitator(roles?.element(named: "facilitator")),
            groups: groups(roles?.elements(named: "group") ?? []),
            steps: steps,
            address: meta?.element(named: "audience")?.attribute("address").flatMap {
                FormOfAddress(rawValue: normalized($0))
            }
        )
    }

    private func facilitator(_ element: XMLElement?) -> FacilitatorRole {
        let description = text(element)
        return FacilitatorRole(
            title: value(element?.attribute("title")),
            description: description.isEmpty ? nil : description)
    }

    private mutating func groups(_ elements: [XMLElement]) -> [ParticipantGroup] {
        var seen: [String: Int] = [:]
        return elements.map { element in
            let id = element.attribute("id") ?? ""
            checkUnique(id, kind: .group, in: &seen, at: element)
            return ParticipantGroup(id: id, name: text(element))
        }
    }

    private mutating func readStep(_ element: XMLElement) {
        let id = element.attribute("id") ?? ""
        checkUniqueStep(id, at: element)
        let minutes = positive(element.attribute("minutes") ?? "", name: "minutes", at: element, attribute: "minutes")
        // The schema guarantees exactly one werkvorm element; without one there is nothing to read.
        guard let activityElement = element.elements.first(where: { Activity.Kind(rawValue: $0.name) != nil }) else {
            return
        }
        let activity = activity(activityElement)
        let step = Step(
            id: id, title: text(element.element(named: "title")), minutes: minutes ?? 0,
            instructions: text(element.element(named: "instructions")),
            prompt: text(element.element(named: "prompt")), activity: activity,
            isPrivate: boolean(element.attribute("private"), default: false)
        )
        for excess in ScenarioLimits.excesses(in: step) { report(.tooMany(excess), at: activityElement) }
        append(step, at: element)
    }

    /// Reports a step id used before, with the line of its first use.
    mutating func checkUniqueStep(_ id: Step.ID, at element: XMLElement) {
        if let firstLine = stepLines[id] {
            let attribute = element.attribute("id") == nil ? "step" : "id"
            report(.duplicateID(.step, id, firstLine: firstLine), at: element, attribute: attribute)
        }
    }

    /// Adds a step to the agenda. A duplicate keeps the first step's place, so references resolve to the step the
    /// author saw first.
    mutating func append(_ step: Step, at element: XMLElement) {
        if stepLines[step.id] == nil { stepLines[step.id] = element.line }
        if !step.isPrivate, let source = step.activity.itemSource?.referencedStep,
            steps.first(where: { $0.id == source })?.isPrivate == true
        {
            report(.privateItemsInPublicStep(step: source), at: element)
        }
        steps.append(step)
    }

    // MARK: Reporting and small readers

    mutating func report(_ problem: ScenarioError.Problem, at element: XMLElement?, attribute: String? = nil) {
        problems.append(
            PendingProblem(
                problem: problem, line: element?.line ?? 0, element: element?.name,
                attribute: attribute))
    }

    /// Records `id` in `seen`, reporting a duplicate with the line of its first use.
    mutating func checkUnique(
        _ id: String, kind: ScenarioError.IDKind, in seen: inout [String: Int],
        at element: XMLElement
    ) {
        if let firstLine = seen[id] {
            report(.duplicateID(kind, id, firstLine: firstLine), at: element, attribute: "id")
        } else {
            seen[id] = element.line
        }
    }

    /// A whole number (the schema's `xsd:integer`), or nil after reporting why not.
    mutating func integer(_ raw: String, name: String, at element: XMLElement?, attribute: String? = nil) -> Int? {
        let trimmed = normalized(raw)
        guard let value = Int(trimmed) else {
            report(.invalidNumber(name: name, value: trimmed), at: element, attribute: attribute)
            return nil
        }
        // Minutes are summed and turned into milliseconds, scale values summed per theme: a bound keeps every
        // such sum far from Int's limits (an agenda of 9223372036854775807 minutes made `validate` trap).
        let limit = SessionState.largestScenarioNumber
        guard value <= limit && value >= -limit else {
            report(.numberTooLarge(name: name, value: value, limit: limit), at: element, attribute: attribute)
            return nil
        }
        return value
    }

    /// A whole number greater than zero, or nil after reporting why not.
    mutating func positive(_ raw: String, name: String, at element: XMLElement?, attribute: String? = nil) -> Int? {
        guard let value = integer(raw, name: name, at: element, attribute: attribute) else { return nil }
        guard value > 0 || verbatim else {
            report(.notPositive(name: name, value: value), at: element, attribute: attribute)
            return nil
        }
        return value
    }

    /// An optional positive attribute: nil when absent or wrong (wrong is reported).
    mutating func optionalPositive(_ element: XMLElement, _ attribute: String) -> Int? {
        guard let raw = element.attribute(attribute) else { return nil }
        return positive(raw, name: attribute, at: element, attribute: attribute)
    }

    func text(_ element: XMLElement?) -> String { value(element?.text) }

    /// A text as written (`verbatim`) or normalised.
    func value(_ raw: String?) -> String { verbatim ? raw ?? "" : normalized(raw) }
}

/// Collapses runs of white space to one space and trims the ends, so that texts can be wrapped in the file.
func normalized(_ text: String?) -> String {
    guard let text else { return "" }
    return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
}

/// `xsd:boolean`: `true`, `false`, `1` or `0`.
func boolean(_ raw: String?, default value: Bool) -> Bool {
    switch raw.map(normalized) {
    case "true", "1": true
    case "false", "0": false
    default: value
    }
}
