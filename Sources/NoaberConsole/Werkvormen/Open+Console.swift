import NoaberCore

/// Open questions at the console: `submit P STAP "tekst"`, or `ITEM "tekst"` for one of the step's items.
enum OpenConsole {
    static let help = ["open: [ITEM] \"tekst\""]

    static func input(_ settings: OpenSettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        switch words.arguments.count {
        case 1: return .open(item: nil, text: words.arguments[0])
        case 2: return .open(item: words.arguments[0], text: words.arguments[1])
        // No words: the message asks for the text, as a single-word werkvorm does.
        case 0: return .open(item: nil, text: try words.single("de tekst"))
        default: throw .unexpectedArgument(command: words.command, argument: words.arguments[2])
        }
    }

    /// Tab completion after `submit P STAP`: the words this werkvorm takes (`key` is set after `key=`).
    static func completions(_ settings: OpenSettings, items: [Item], valueOf key: String?) -> [String] {
        key == nil ? items.map(\.id) : []
    }
}
