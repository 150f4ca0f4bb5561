import NoaberCore

/// Actions at the console: `submit P STAP "wat" "trekker" "wanneer" ["met wie"]`. A trekker typed as a
/// participant (`p3` or the full name) is linked to that participant in the reports.
enum ActionsConsole {
    static let help = ["actions: \"wat\" \"trekker\" \"wanneer\" [\"met wie\"]"]

    static func input(_ settings: ActionsSettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        let usage = "\"wat\" \"trekker\" \"wanneer\" [\"met wie\"]"
        let action = try words.exactly(words.arguments.count >= 4 ? 4 : 3, usage)
        return .action(
            Action(what: action[0], owner: action[1], when: action[2], with: action.count > 3 ? action[3] : ""))
    }

    /// Tab completion after `submit P STAP`: the words this werkvorm takes (`key` is set after `key=`).
    static func completions(_ settings: ActionsSettings, items: [Item], valueOf key: String?) -> [String] {
        []
    }
}
