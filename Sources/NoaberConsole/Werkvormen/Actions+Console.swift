import NoaberCore

/// Actions at the console: `submit P STAP "wat" "trekker" "wanneer"`.
enum ActionsConsole {
    static let help = ["actions: \"wat\" \"trekker\" \"wanneer\""]

    static func input(_ settings: ActionsSettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        let action = try words.exactly(3, "\"wat\" \"trekker\" \"wanneer\"")
        return .action(Action(what: action[0], owner: action[1], when: action[2]))
    }

    /// Tab completion after `submit P STAP`: the words this werkvorm takes (`key` is set after `key=`).
    static func completions(_ settings: ActionsSettings, items: [Item], valueOf key: String?) -> [String] {
        []
    }
}
