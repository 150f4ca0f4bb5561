public import NoaberCore

/// The words after `submit P STAP` (or `revise INBRENG`), with the shape checks every werkvorm shares: numbers are
/// numbers, pairs are `a=b`, the count is right. Whether items, statements, scale values and budgets are right is
/// the engine's job, so its messages are the same for every way input arrives.
struct ConsoleInputWords {
    let arguments: [String]
    /// `submit` or `revise`, for the messages.
    let command: String

    /// Exactly one word.
    func single(_ what: String) throws(ConsoleError) -> String {
        guard let first = arguments.first else { throw .missingArgument(command: command, what: what) }
        guard arguments.count == 1 else { throw .unexpectedArgument(command: command, argument: arguments[1]) }
        return first
    }

    /// Exactly `count` words; `what` names them all when some are missing.
    func exactly(_ count: Int, _ what: String) throws(ConsoleError) -> [String] {
        guard arguments.count >= count else { throw .missingArgument(command: command, what: what) }
        guard arguments.count == count else {
            throw .unexpectedArgument(command: command, argument: arguments[count])
        }
        return arguments
    }

    func integer(_ word: String) throws(ConsoleError) -> Int {
        guard let value = Int(word) else { throw .notANumber(word) }
        return value
    }

    /// Every word as `name=value`.
    func pairs() throws(ConsoleError) -> [(String, String)] {
        try arguments.map { word throws(ConsoleError) in
            guard let equals = word.firstIndex(of: "="), equals != word.startIndex,
                word.index(after: equals) != word.endIndex
            else { throw .notAnAssignment(word) }
            return (String(word[..<equals]), String(word[word.index(after: equals)...]))
        }
    }

    /// Every word as `item=number`.
    func scores() throws(ConsoleError) -> [ItemScore] {
        try pairs().map { pair throws(ConsoleError) in ItemScore(item: pair.0, value: try integer(pair.1)) }
    }
}

/// Turns the words after `submit P STAP` (or `revise INBRENG`) into the werkvorm's `Input`, through the werkvorm's
/// own console file (`Werkvormen/<Kind>+Console.swift`).
public enum ConsoleInputParser {
    public static func input(for step: Step, arguments: [String], command: String) throws(ConsoleLineError) -> Input {
        try ConsoleWerkvormen.input(for: step, words: ConsoleInputWords(arguments: arguments, command: command))
    }
}

extension Language {
    /// The Dutch or the English word, as the console speaks.
    func word(_ dutch: String, _ english: String) -> String { self == .nl ? dutch : english }
}
