import Foundation
import NoaberAggregation
import NoaberCore

/// What every report reads from a session: names as they may be printed, group names, item texts, dates.
///
/// In a pseudonymous session every name goes through `displayName`, and every free text a participant typed goes
/// through `redacted`, which replaces any participant's real name by their pseudonym: a trekker typed as
/// "Anna de Vries" must not put Anna's name in a pseudonymous report.
struct ReportContext {
    let state: SessionState
    let settings: SessionSettings
    let scenario: Scenario
    /// Real names as whole-word patterns, longest first (so "Anna de Vries" is replaced before "Anna"), with
    /// their display names. Whole words, so that a participant called Jan leaves "januari" alone.
    private let replacements: [(pattern: NSRegularExpression, display: String)]
    /// The results of every step, computed once and shared by the group report and every personal report.
    let results: [Step.ID: StepResults]

    init(_ state: SessionState) throws(ExportError) {
        guard let settings = state.settings else { throw ExportError.sessionNotStarted }
        self.state = state
        self.settings = settings
        self.scenario = settings.scenario
        self.results = StepResults.byStep(in: state)
        if settings.pseudonymous {
            replacements = state.participants
                .map { ($0.participant.name.trimmingSpaces, state.displayName(of: $0.id)) }
                // A name that is already what is shown (a session read back from a pseudonymous sessie.xml) is
                // left alone: replacing it case-insensitively would turn "de merel" into "de Merel" and break the
                // export → import → export byte identity.
                .filter { !$0.0.isEmpty && $0.0 != $0.1 }
                .sorted { $0.0.count > $1.0.count }
                .compactMap { name, display in
                    let pattern =
                        "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: name) + "(?![\\p{L}\\p{N}])"
                    guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
                        return nil
                    }
                    return (regex, NSRegularExpression.escapedTemplate(for: display))
                }
        } else {
            replacements = []
        }
    }

    var pseudonymous: Bool { settings.pseudonymous }

    /// When the session started (its first event when there is no start).
    var start: Timestamp { state.startedAt ?? state.lastTime ?? Timestamp(millisecondsSince1970: 0) }
    /// When it ended, or its last event.
    var end: Timestamp { state.endedAt ?? state.lastTime ?? start }

    func displayName(_ id: ParticipantID) -> String { state.displayName(of: id) }

    /// The group's name when it is a scenario group id, else the text as given (redacted), else "".
    func groupName(_ participant: Participant) -> String {
        guard let group = participant.group else { return "" }
        return scenario.groups.first { $0.id == group }?.name ?? redacted(group)
    }

    /// Participant text with every real name replaced by its pseudonym (pseudonymous sessions only).
    func redacted(_ text: String) -> String {
        guard !replacements.isEmpty else { return text }
        var result = text
        for (pattern, display) in replacements {
            let range = NSRange(result.startIndex..., in: result)
            guard pattern.firstMatch(in: result, range: range) != nil else { continue }
            result = pattern.stringByReplacingMatches(in: result, range: range, withTemplate: display)
        }
        return result
    }

    /// Steps in agenda order with their definition.
    var steps: [Step] { scenario.steps }

    /// The text of an item of a step (after merges and renames), or the id when unknown.
    func itemText(_ id: Item.ID, in step: Step.ID, participant: ParticipantID? = nil) -> String {
        let items = state.items(for: step, participant: participant)
        if let item = items.first(where: { $0.id == id }) { return redacted(item.text) }
        if let item = state.items(for: step).first(where: { $0.id == id }) { return redacted(item.text) }
        return id
    }

    func notes(for step: Step.ID?) -> [String] {
        state.notes.filter { $0.step == step }.map { redacted($0.text) }
    }

    func metadata(title: String, subject: String?, generator: String) -> ODFMetadata {
        ODFMetadata(
            title: title, subject: subject, keywords: [scenario.title, scenario.id],
            language: "nl-NL", created: start, modified: end, generator: generator)
    }

    /// "Kendall's W" sentences and the like need the werkvorm in Dutch.
    static func activityName(_ kind: Activity.Kind) -> String {
        switch kind {
        case .info: "informatie"
        case .brainstorm: "brainstorm"
        case .open: "open vraag"
        case .roleplay: "rollenspel"
        case .likert: "vragenlijst"
        case .rank: "rangschikken"
        case .rate: "beoordelen"
        case .vote: "stemmen"
        case .classify: "indelen"
        case .actions: "acties"
        }
    }
}

extension String {
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
