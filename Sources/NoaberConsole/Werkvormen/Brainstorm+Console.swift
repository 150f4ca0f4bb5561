import NoaberAggregation
import NoaberCore

/// Brainstorm at the console: `submit P STAP "tekst"`; `close` counts the items after the merges.
enum BrainstormConsole {
    static let help = ["brainstorm: \"tekst\""]

    static func input(_ settings: BrainstormSettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        .brainstorm(text: try words.single("de tekst"))
    }

    static func summary(_ results: StepResults, language: Language) -> [String] {
        let count = results.items.count
        return ["  " + language.word("items: \(count)", "items: \(count)")]
    }

    /// Tab completion after `submit P STAP`: the words this werkvorm takes (`key` is set after `key=`).
    static func completions(_ settings: BrainstormSettings, items: [Item], valueOf key: String?) -> [String] {
        []
    }
}
