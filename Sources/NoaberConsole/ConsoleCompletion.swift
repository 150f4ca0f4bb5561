public import NoaberCore

/// Tab completion for the interactive console: what may come next on a line, from the console language and the
/// session as it stands (participants, steps, items, inputs). Pure, so that it is tested without a terminal; the
/// line editor asks it for the word before the cursor.
public struct ConsoleCompletion: Sendable {
    /// What a verb expects in each position after it.
    enum Slot {
        case participant, step, item, input, werkvorm
    }

    /// Every command word, as `help` lists them.
    static let verbs = [
        "join", "rename", "leave", "open", "close", "reopen", "submit", "revise", "withdraw", "merge", "rename-item",
        "note", "conclusie", "afspraak", "definitief", "pause", "resume", "status", "time", "items", "wait", "end",
        "help",
    ]

    /// The positions after each verb; the last slot repeats (`submit P STAP woord woord …`).
    static func slots(of verb: String) -> [Slot] {
        switch verb {
        case "rename", "leave": [.participant]
        case "open", "close", "reopen", "items": [.step]
        case "submit": [.participant, .step, .werkvorm]
        case "revise": [.input, .werkvorm]
        case "withdraw": [.input]
        case "merge", "rename-item": [.step, .item]
        default: []
        }
    }

    private let participants: [String]
    private let names: [String]
    private let steps: [Step]
    private let itemsByStep: [Step.ID: [Item]]
    private let inputSteps: [InputID: Step.ID]

    public init(state: SessionState) {
        participants = state.participants.flatMap { record in
            let name = record.participant.name
            return [record.participant.id, name.contains(where: \.isWhitespace) ? "\"\(name)\"" : name]
        }
        names = state.participants.map(\.participant.name)
        steps = state.scenario?.steps ?? []
        itemsByStep = Dictionary(uniqueKeysWithValues: steps.map { ($0.id, state.items(for: $0.id)) })
        inputSteps = Dictionary(state.inputs.map { ($0.id, $0.step) }, uniquingKeysWith: { first, _ in first })
    }

    /// The candidates for `word`, the text before the cursor since the last white space, quote or `=`;
    /// `lineBeforeCursor` ends with it.
    public func candidates(lineBeforeCursor line: String, word: String) -> [String] {
        let before = line.dropLast(word.count)
        // An open quote before the word: the tokenizer refuses the unclosed quote, so split on white space.
        let afterQuote = before.last == "\""
        let tokens =
            (try? ConsoleTokenizer.tokens(of: String(before)))
            ?? before.split(whereSeparator: \.isWhitespace).map(String.init).filter { $0 != "\"" }
        let pending = before.last == "=" ? tokens.last.map { String($0.dropLast()) } : nil
        let all: [String]
        if tokens.isEmpty {
            all = Self.verbs
        } else if tokens.last == "--step" || tokens.last == "--into" {
            all = tokens.last == "--step" ? steps.map(\.id) : items(of: tokens.dropFirst().first)
        } else {
            all = candidates(after: tokens, pendingKey: pending, afterQuote: afterQuote)
        }
        return all.filter { $0.hasPrefix(word) }
    }

    private func candidates(after tokens: [String], pendingKey: String?, afterQuote: Bool) -> [String] {
        let verb = tokens[0]
        let arguments = Array(tokens.dropFirst()).filter { !$0.hasPrefix("--") }
        let slots = Self.slots(of: verb)
        guard let last = slots.last else { return [] }
        let position = pendingKey == nil ? arguments.count : arguments.count - 1
        switch position < slots.count ? slots[position] : last {
        case .participant where afterQuote: return names.map { $0 + "\"" }
        case .participant: return participants
        case .step: return steps.map(\.id)
        case .input: return inputSteps.keys.sorted { $0.count == $1.count ? $0 < $1 : $0.count < $1.count }
        case .item: return items(of: arguments.first)
        case .werkvorm:
            let stepID = verb == "revise" ? arguments.first.flatMap { inputSteps[$0] } : arguments.dropFirst().first
            guard let stepID, let step = steps.first(where: { $0.id == stepID }) else { return [] }
            return ConsoleWerkvormen.completions(
                for: step, items: itemsByStep[stepID] ?? [], valueOf: pendingKey.map { String($0) })
        }
    }

    private func items(of stepID: String?) -> [String] {
        stepID.flatMap { itemsByStep[$0] }.map { $0.map(\.id) } ?? []
    }
}

extension Scale {
    /// The values a participant may give, as typed after `key=`.
    var completionValues: [String] { (min...max).map(String.init) }
}
