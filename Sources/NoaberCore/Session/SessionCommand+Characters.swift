/// Whether `SessionState.decide` applies `TextPolicy` to a command's text.
public enum TextCheck: Sendable, Equatable {
    /// Live sessions: a forbidden character is refused.
    case enforced
    /// As before the policy existed: for rebuilding content that older versions accepted (tests of what the
    /// exports make of such text, which a journal written then may still hold). Never for live input.
    case legacy
}

extension SessionCommand {
    /// Refuses a command whose text holds a character `TextPolicy` forbids, naming the field, the character and
    /// its position. Checked when a command is decided, not when a journal is replayed: a store written before
    /// this rule (a name pasted with a zero-width space) must still open.
    func checkCharacters() throws(SessionError) {
        switch self {
        case .start(let settings):
            // The session id has a stricter rule of its own (letters, digits, `-`, `_`, `.`).
            try Self.check(settings.place, .place)
            try Self.check(settings.facilitatorName, .facilitatorName)
        case .join(let name, let group, let pseudonym):
            try Self.check(name, .name)
            if let group { try Self.check(group, .group) }
            if let pseudonym { try Self.check(pseudonym, .pseudonym) }
        case .rename(_, let name):
            try Self.check(name, .name)
        case .submit(_, _, let input), .revise(_, let input):
            // Every string an input carries, whatever its werkvorm: answers may hold line breaks; item ids that
            // hold one are refused later as unknown items.
            for text in Self.strings(in: input) { try Self.check(text, .text) }
        case .merge(_, _, _, let text?), .renameItem(_, _, let text):
            try Self.check(text, .itemText)
        case .note(_, let text), .record(_, _, let text):
            try Self.check(text, .text)
        case .leave, .open, .close, .reopen, .withdraw, .merge, .pauseTimer, .resumeTimer, .end, .finalise,
            .showResults:
            break
        }
    }

    private static func check(_ text: String, _ field: TextField) throws(SessionError) {
        let allowsLineBreaks = field == .text || field == .what
        if let character = TextPolicy.firstForbidden(in: text, allowsLineBreaks: allowsLineBreaks) {
            throw .forbiddenCharacter(field, character)
        }
    }

    /// The strings inside a value, found by reflection so that a new werkvorm's input is covered without a
    /// change here.
    static func strings(in value: Any) -> [String] {
        if let text = value as? String { return [text] }
        return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
    }
}
