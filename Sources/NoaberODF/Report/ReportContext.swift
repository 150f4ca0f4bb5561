import Foundation
import NoaberAggregation
import NoaberCore

/// What every report reads from a session: names as they may be printed, group names, item texts, dates.
///
/// In a pseudonymous session every name goes through `displayName`, and every free text a participant typed goes
/// through `redacted`, NoaberCore's `NameRedaction`, the one filter every writer shares: a trekker typed as
/// "A. de Vries" must not put Anna's name in a pseudonymous report.
struct ReportContext {
    let state: SessionState
    let settings: SessionSettings
    let scenario: Scenario
    /// The session's privacy filter (changes nothing outside a pseudonymous session).
    let redaction: NameRedaction
    /// The results of every step, computed once and shared by the group report and every personal report. In the
    /// group documents' context (`withholdingPrivateSteps`) private steps are not among them, so no section can
    /// print their answers.
    private(set) var results: [Step.ID: StepResults]
    /// Private steps' results taken out of `results` for the group documents, kept only for their counts.
    private(set) var withheld: [Step.ID: StepResults] = [:]
    /// Per step, each participant's inputs in order: indexed once, so that every personal report finds its own
    /// inputs without filtering the whole step again (linear in participants).
    private(set) var inputsByParticipant: [Step.ID: [ParticipantID: [InputRecord]]]
    /// Per step, the group's inputs counted by a key the werkvorm chooses (`werkvormGroupCounts`): what a
    /// personal report prints beside the participant's own input, counted once for every report.
    private(set) var groupCounts: [Step.ID: [String: Int]]
    /// Per step that was opened, how many answered of those present (`response(for:)`), counted once.
    private var responses: [Step.ID: (answered: Int, present: Int)] = [:]

    /// Status "definitief": the facilitator said so (`definitief`) or the export does (`--definitief`).
    let isFinal: Bool

    init(_ state: SessionState, final: Bool = false) throws(ExportError) {
        guard let settings = state.settings else { throw ExportError.sessionNotStarted }
        self.state = state
        self.settings = settings
        self.scenario = settings.scenario
        let results = StepResults.byStep(in: state)
        self.results = results
        inputsByParticipant = results.mapValues { Dictionary(grouping: $0.inputs, by: \.participant) }
        groupCounts = Dictionary(
            settings.scenario.steps.map { ($0.id, Self.werkvormGroupCounts($0, results[$0.id]?.inputs ?? [], state)) },
            uniquingKeysWith: { first, _ in first })
        self.redaction = NameRedaction(state)
        self.isFinal = final || state.isFinal
        for step in scenario.steps {
            if let response = countResponse(for: step) { responses[step.id] = response }
        }
    }

    /// This context as the group documents may read it: every private step's results moved to `withheld`, its
    /// inputs gone from `inputsByParticipant`.
    func withholdingPrivateSteps() -> ReportContext {
        var context = self
        for step in scenario.steps where step.isPrivate {
            guard let results = context.results.removeValue(forKey: step.id) else { continue }
            context.withheld[step.id] = results
            context.inputsByParticipant[step.id] = nil
            context.groupCounts[step.id] = nil
        }
        return context
    }

    var pseudonymous: Bool { settings.pseudonymous }

    /// How every sentence of this report addresses the reader: the scenario's form (`u` for raadsleden).
    var address: FormOfAddress { scenario.address }

    /// "Uw" or "Jouw" at the start of a label ("Uw keuze", "Jouw keuze"), after the form of address.
    var yourLabel: String { address.say(u: "Uw", je: "Jouw") }

    /// The facilitator's name without the role title in front: "Griffier M. Jansen" typed at `--facilitator`
    /// becomes "M. Jansen", so that the cover says "Griffier: M. Jansen" and not the title twice.
    var facilitatorName: String {
        let name = settings.facilitatorName.trimmedWhitespace
        let title = scenario.facilitator.title.trimmedWhitespace
        guard !title.isEmpty, name.count > title.count,
            name.lowercased().hasPrefix(title.lowercased() + " ")
        else { return name }
        return String(name.dropFirst(title.count)).trimmedWhitespace
    }

    /// "Griffier: M. Jansen": the scenario's title for the role, then the name, once each.
    var facilitatorLine: String { "\(scenario.facilitator.title.capitalisedFirst): \(facilitatorName)" }

    /// When the session started (its first event when there is no start).
    var start: Timestamp { state.startedAt ?? state.lastTime ?? Timestamp(millisecondsSince1970: 0) }
    /// When it ended, or its last event.
    var end: Timestamp { state.endedAt ?? state.lastTime ?? start }

    /// The name a report prints for a participant: the pseudonym in a pseudonymous session (through the filter
    /// too, which leaves shown names alone).
    func displayName(_ id: ParticipantID) -> String { redacted(state.displayName(of: id)) }

    /// The group's name when it is a scenario group id, else the text as given (redacted), else "".
    func groupName(_ participant: Participant) -> String {
        guard let group = participant.group else { return "" }
        return scenario.groups.first { $0.id == group }?.name ?? redacted(group)
    }

    /// Participant text with every real name replaced by its pseudonym (pseudonymous sessions only).
    func redacted(_ text: String) -> String { redaction(text) }

    /// Steps in agenda order with their definition.
    var steps: [Step] { scenario.steps }

    /// The text of an item of a step (after merges and renames), or the id when unknown.
    func itemText(_ id: Item.ID, in step: Step.ID, participant: ParticipantID? = nil) -> String {
        let items = state.items(for: step, participant: participant)
        if let item = items.first(where: { $0.id == id }) { return redacted(item.text) }
        if let item = state.items(for: step).first(where: { $0.id == id }) { return redacted(item.text) }
        return id
    }

    /// How many took part in a step that takes input: those with an input, of those present while it was open
    /// (joined before it closed, not left before it opened). `nil` for an information step or one never opened.
    func response(for step: Step) -> (answered: Int, present: Int)? { responses[step.id] }

    private func countResponse(for step: Step) -> (answered: Int, present: Int)? {
        guard step.activity.kind != .info,
            let stepState = state.steps.first(where: { $0.id == step.id }), let opened = stepState.openedAt
        else { return nil }
        let closed = stepState.closedAt ?? end
        let present = state.participants.filter { participant in
            participant.joinedAt <= closed && (participant.leftAt.map { $0 > opened } ?? true)
        }
        let answered = Set(state.inputs(for: step.id).map(\.participant))
        return (answered.count, answered.union(present.map(\.id)).count)
    }

    /// What a group of participants is called: a fractie among raadsleden, else a groep.
    var groupWord: (singular: String, plural: String) {
        scenario.audience.lowercased().contains("raad") ? ("fractie", "fracties") : ("groep", "groepen")
    }

    func notes(for step: Step.ID?) -> [String] {
        state.notes.filter { $0.step == step }.map { redacted($0.text) }
    }

    func metadata(title: String, subject: String?, generator: String) -> ODFMetadata {
        ODFMetadata(
            title: title, subject: subject, keywords: [scenario.title, scenario.id],
            language: "nl-NL", created: start, modified: end, generator: generator)
    }
}
