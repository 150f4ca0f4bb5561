public import NoaberCore

/// One line of the console language (README, "The console language"), parsed but not yet resolved against the
/// session: participant references are still as typed (`p1` or a name), werkvorm arguments still words.
public enum ConsoleCommand: Equatable, Sendable {
    /// A line the session takes as typed: join, open, close, reopen, withdraw, merge, rename-item, note, pause,
    /// resume, end.
    case session(SessionCommand)
    /// Lines that name a participant as typed, or give an input in words: resolved against the state first.
    case rename(participant: String, name: String)
    case leave(participant: String)
    case submit(participant: String, step: Step.ID, arguments: [String])
    case revise(InputID, arguments: [String])
    /// Lines that ask and change nothing in the session.
    case status
    case time
    case items(Step.ID)
    case wait(minutes: Double)
    case help

    /// The longest `wait` in minutes (about two years), far below what the simulated clock can count.
    public static let longestWait: Double = 1_000_000

    /// Parses the words of one line; `nil` for an empty or comment-only line.

    public static func parse(_ line: String) throws(ConsoleError) -> ConsoleCommand? {
        let tokens = try ConsoleTokenizer.tokens(of: line)
        guard let verb = tokens.first else { return nil }
        var words = try ConsoleWords(verb: verb, tokens: Array(tokens.dropFirst()), options: optionNames(of: verb))
        let command: ConsoleCommand
        switch verb {
        case "join":
            command = .session(
                .join(
                    name: try words.take("een naam"), group: words.options["--group"],
                    pseudonym: words.options["--pseudonym"]))
        case "rename":
            command = .rename(participant: try words.take("een deelnemer"), name: try words.take("een nieuwe naam"))
        case "leave": command = .leave(participant: try words.take("een deelnemer"))
        case "open": command = .session(.open(try words.take("een stap")))
        case "close": command = .session(.close(try words.take("een stap")))
        case "reopen": command = .session(.reopen(try words.take("een stap")))
        case "submit":
            let participant = try words.take("een deelnemer")
            let step = try words.take("een stap")
            command = .submit(participant: participant, step: step, arguments: try words.takeRest("de inbreng"))
        case "revise":
            let input = try words.take("een inbreng (bijvoorbeeld i3)")
            command = .revise(input, arguments: try words.takeRest("de nieuwe inbreng"))
        case "withdraw": command = .session(.withdraw(try words.take("een inbreng (bijvoorbeeld i3)")))
        case "merge":
            let step = try words.take("een stap")
            let items = try words.takeRest("de items")
            guard let into = words.options["--into"] else {
                throw .missingArgument(command: verb, what: "--into ITEM")
            }
            command = .session(.merge(step: step, items: items, into: into, text: words.options["--text"]))
        case "rename-item":
            command = .session(
                .renameItem(
                    step: try words.take("een stap"), item: try words.take("een item"),
                    text: try words.take("een tekst")))
        case "note": command = .session(.note(step: words.options["--step"], text: try words.take("een tekst")))
        case "conclusie", "afspraak":
            let kind: OutcomeKind = verb == "conclusie" ? .conclusion : .agreement
            command = .session(.record(kind, step: words.options["--step"], text: try words.take("een tekst")))
        case "definitief": command = .session(.finalise)
        case "pause": command = .session(.pauseTimer)
        case "resume": command = .session(.resumeTimer)
        case "status": command = .status
        case "time": command = .time
        case "items": command = .items(try words.take("een stap"))
        case "wait":
            let word = try words.take("een aantal minuten")
            guard let minutes = Double(word), minutes > 0, minutes.isFinite else {
                throw .notAPositiveNumber(word)
            }
            // The simulated clock counts milliseconds in an Int64; `wait 9223372036854775807` trapped it.
            guard minutes <= Self.longestWait else { throw .waitTooLong(word, limit: Self.longestWait) }
            command = .wait(minutes: minutes)
        case "end": command = .session(.end)
        case "help": command = .help
        default: throw .unknownCommand(verb)
        }
        try words.finish()
        return command
    }

    private static func optionNames(of verb: String) -> Set<String> {
        switch verb {
        case "join": ["--group", "--pseudonym"]
        case "merge": ["--into", "--text"]
        case "note", "conclusie", "afspraak": ["--step"]
        default: []
        }
    }
}

/// The words after the verb: positional words in order, and `--option value` pairs taken out wherever they are.
private struct ConsoleWords {
    let verb: String
    var positional: [String]
    var options: [String: String] = [:]

    init(verb: String, tokens: [String], options allowed: Set<String>) throws(ConsoleError) {
        self.verb = verb
        var positional: [String] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.hasPrefix("--") && token.count > 2 {
                guard allowed.contains(token) else { throw .unknownOption(command: verb, option: token) }
                guard index + 1 < tokens.count else { throw .optionNeedsValue(command: verb, option: token) }
                options[token] = tokens[index + 1]
                index += 2
            } else {
                positional.append(token)
                index += 1
            }
        }
        self.positional = positional
    }

    mutating func take(_ what: String) throws(ConsoleError) -> String {
        guard !positional.isEmpty else { throw .missingArgument(command: verb, what: what) }
        return positional.removeFirst()
    }

    mutating func takeRest(_ what: String) throws(ConsoleError) -> [String] {
        guard !positional.isEmpty else { throw .missingArgument(command: verb, what: what) }
        defer { positional = [] }
        return positional
    }

    func finish() throws(ConsoleError) {
        if let extra = positional.first { throw .unexpectedArgument(command: verb, argument: extra) }
    }
}
