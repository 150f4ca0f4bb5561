import NoaberAggregation
import NoaberCore

/// Ranking at the console: `submit P STAP item item …` (best first; all items, or 1…k for a top-k step); `close`
/// gives the group's order (by the method `RankResults` chose) and the agreement (Kendall's W).
enum RankConsole {
    static let help = ["rank: item item …"]

    static func input(_ settings: RankSettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        .rank(words.arguments)
    }

    static func summary(_ results: RankResults, language: Language) -> [String] {
        guard !results.participants.isEmpty else { return [] }
        let order = results.order.prefix(5).enumerated().map { place, group in
            "\(place + 1). " + results.names(group)
        }
        // The method that gave the order is RankResults' choice; when it is not the step's own, say why.
        var method = results.method.rawValue
        if results.fellBack {
            method += language.word(
                "; \(results.requestedMethod.rawValue) is bij zoveel items niet exact te berekenen",
                "; \(results.requestedMethod.rawValue) cannot be computed exactly for this many items")
        }
        let heading = language.word("volgorde van de groep", "group order")
        let agreement = results.report.agreementSentence(in: language)
        return ["  \(heading) (\(method)): " + order.joined(separator: "; "), "  " + agreement]
    }

    /// Tab completion after `submit P STAP`: the words this werkvorm takes (`key` is set after `key=`).
    static func completions(_ settings: RankSettings, items: [Item], valueOf key: String?) -> [String] {
        key == nil ? items.map(\.id) : []
    }
}
