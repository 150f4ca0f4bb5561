import NoaberAggregation
import NoaberCore

/// Likert questionnaires at the console: `submit P STAP stelling=waarde …`; `close` gives the group's mean per
/// theme.
enum LikertConsole {
    static let help = ["likert: stelling=3 …"]

    static func input(_ settings: LikertSettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        .likert(
            try words.pairs().map { pair throws(ConsoleError) in
                LikertAnswer(statement: pair.0, value: try words.integer(pair.1))
            })
    }

    static func summary(_ results: LikertResults, language: Language) -> [String] {
        guard results.respondents > 0 else { return [] }
        return results.scores.group.map { theme in
            let mean = theme.mean.map { DecimalText.fixed($0, decimals: 2, language: language) } ?? "–"
            return "  \(theme.title): \(language.word("gemiddeld", "mean")) \(mean) (\(theme.participants) "
                + language.word("deelnemers", "participants") + ")"
        }
    }

    /// Tab completion after `submit P STAP`: the words this werkvorm takes (`key` is set after `key=`).
    static func completions(_ settings: LikertSettings, items: [Item], valueOf key: String?) -> [String] {
        key == nil ? settings.statements.map { $0.id + "=" } : settings.scale.completionValues
    }
}
