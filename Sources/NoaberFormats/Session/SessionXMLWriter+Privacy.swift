import Foundation
public import NoaberCore

extension SessionXMLWriter {
    /// The events as a pseudonymous session may leave the store: every participant's name replaced by their
    /// pseudonym (or, lacking one, "Deelnemer N" by join order, as `SessionState.displayName` shows them), in joins and renames alike, and every real name a participant or the
    /// facilitator typed in free text (answers, actions, notes, item texts, groups) replaced the same way, as the
    /// ODF reports do, so no real name reaches the file. Other sessions are returned unchanged.
    ///
    /// Reading such a file gives a session whose names are the pseudonyms; writing that again gives the same
    /// bytes, so the export → import → export round trip stays byte-identical.
    public static func publishable(_ events: [SessionEvent]) -> [SessionEvent] {
        guard case .sessionStarted(let settings)? = events.first?.payload, settings.pseudonymous else {
            return events
        }
        var shownNames: [ParticipantID: String] = [:]
        var realNames: [(name: String, shown: String)] = []
        for event in events {
            switch event.payload {
            case .participantJoined(let participant):
                let shown = participant.pseudonym ?? "Deelnemer \(shownNames.count + 1)"
                shownNames[participant.id] = shown
                realNames.append((participant.name, shown))
            case .participantRenamed(let id, let name):
                realNames.append((name, shownNames[id] ?? id))
            default:
                break
            }
        }
        let redact = NameRedaction(realNames)
        return events.map { event in
            var event = event
            switch event.payload {
            case .participantJoined(var participant):
                participant.name = shownNames[participant.id] ?? participant.id
                participant.group = participant.group.map(redact.callAsFunction)
                event.payload = .participantJoined(participant)
            case .participantRenamed(let id, _):
                event.payload = .participantRenamed(id, name: shownNames[id] ?? id)
            case .inputSubmitted(var submitted):
                submitted.input = redact(submitted.input)
                event.payload = .inputSubmitted(submitted)
            case .inputRevised(let id, let input):
                event.payload = .inputRevised(id, redact(input))
            case .itemsMerged(let step, let items, let into, let text):
                event.payload = .itemsMerged(step: step, items: items, into: into, text: text.map(redact.callAsFunction))
            case .itemRenamed(let step, let item, let text):
                event.payload = .itemRenamed(step: step, item: item, text: redact(text))
            case .noteAdded(let step, let text):
                event.payload = .noteAdded(step: step, text: redact(text))
            default:
                break
            }
            return event
        }
    }
}

/// Replaces real names in free text by what is shown instead: whole words (a participant called Jan leaves
/// "januari" alone), case-insensitive, longest name first (so "Anna de Vries" goes before "Anna"). A name that
/// is already what is shown (a session read back from a pseudonymous file) is left alone, so a second export does
/// not change the case of a word and the round trip stays byte-identical.
private struct NameRedaction {
    private let replacements: [(pattern: NSRegularExpression, template: String)]

    init(_ names: [(name: String, shown: String)]) {
        replacements = names
            .map { (name: $0.name.trimmingCharacters(in: .whitespaces), shown: $0.shown) }
            .filter { !$0.name.isEmpty && $0.name != $0.shown }
            .sorted { $0.name.count > $1.name.count }
            .compactMap { name, shown in
                let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: name) + "(?![\\p{L}\\p{N}])"
                guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
                    return nil
                }
                return (regex, NSRegularExpression.escapedTemplate(for: shown))
            }
    }

    func callAsFunction(_ text: String) -> String {
        var result = text
        for (pattern, template) in replacements {
            let range = NSRange(result.startIndex..., in: result)
            guard pattern.firstMatch(in: result, range: range) != nil else { continue }
            result = pattern.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return result
    }

    func callAsFunction(_ input: Input) -> Input {
        switch input {
        case .brainstorm(let text): .brainstorm(text: self(text))
        case .open(let item, let text): .open(item: item, text: self(text))
        case .roleplay(let role, let round, let text): .roleplay(role: role, round: round, text: self(text))
        case .action(let action): .action(Action(what: self(action.what), owner: self(action.owner), when: self(action.when)))
        case .likert, .rank, .rate, .vote, .dots, .classify: input
        }
    }
}
