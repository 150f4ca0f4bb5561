import NoaberCore

/// Turns the words after `submit P STEP` (or `revise INPUT`) into the werkvorm's `Input`.
///
/// Only the shape is checked here (numbers are numbers, pairs are `a=b`); whether items, statements, scale values
/// and dot budgets are right is the engine's job, so its messages are the same for every way input arrives.
enum ConsoleInputParser {
    static func input(for step: Step, arguments: [String], command: String) throws -> Input {
        switch step.activity {
        case .info:
            throw SessionError.stepTakesNoInput(step.id)
        case .brainstorm:
            return .brainstorm(text: try single(arguments, command: command, what: "de tekst"))
        case .open:
            switch arguments.count {
            case 1: return .open(item: nil, text: arguments[0])
            case 2: return .open(item: arguments[0], text: arguments[1])
            default: throw ConsoleError.unexpectedArgument(command: command, argument: arguments[2])
            }
        case .roleplay:
            guard arguments.count >= 3 else {
                throw ConsoleError.missingArgument(command: command, what: "ROL RONDE \"tekst\"")
            }
            guard arguments.count == 3 else {
                throw ConsoleError.unexpectedArgument(command: command, argument: arguments[3])
            }
            return .roleplay(role: arguments[0], round: try integer(arguments[1]), text: arguments[2])
        case .likert:
            return .likert(
                try pairs(arguments).map { pair throws(ConsoleError) in
                    LikertAnswer(statement: pair.0, value: try integer(pair.1))
                })
        case .rank:
            return .rank(arguments)
        case .rate:
            return .rate(try scores(arguments))
        case .vote(let settings):
            if case .dots = settings.mode { return .dots(try scores(arguments)) }
            return .vote(arguments)
        case .classify:
            return .classify(try pairs(arguments).map { Placement(item: $0.0, category: $0.1) })
        case .actions:
            guard arguments.count >= 3 else {
                throw ConsoleError.missingArgument(command: command, what: "\"wat\" \"trekker\" \"wanneer\"")
            }
            guard arguments.count == 3 else {
                throw ConsoleError.unexpectedArgument(command: command, argument: arguments[3])
            }
            return .action(Action(what: arguments[0], owner: arguments[1], when: arguments[2]))
        }
    }

    private static func single(_ arguments: [String], command: String, what: String) throws(ConsoleError) -> String {
        guard let first = arguments.first else { throw .missingArgument(command: command, what: what) }
        guard arguments.count == 1 else { throw .unexpectedArgument(command: command, argument: arguments[1]) }
        return first
    }

    private static func integer(_ word: String) throws(ConsoleError) -> Int {
        guard let value = Int(word) else { throw .notANumber(word) }
        return value
    }

    private static func pairs(_ arguments: [String]) throws(ConsoleError) -> [(String, String)] {
        try arguments.map { word throws(ConsoleError) in
            guard let equals = word.firstIndex(of: "="), equals != word.startIndex,
                word.index(after: equals) != word.endIndex
            else { throw .notAnAssignment(word) }
            return (String(word[..<equals]), String(word[word.index(after: equals)...]))
        }
    }

    private static func scores(_ arguments: [String]) throws(ConsoleError) -> [ItemScore] {
        try pairs(arguments).map { pair throws(ConsoleError) in ItemScore(item: pair.0, value: try integer(pair.1)) }
    }
}
