import NoaberAggregation
import NoaberCore

/// Ranking at the console: `submit P STAP item item …` (best first; all items, or 1…k for a top-k step); `close`
/// gives the group's order by the step's method and the agreement (Kendall's W).
enum RankConsole {
    static let help = ["rank: item item …"]

    static func input(_ settings: RankSettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        .rank(words.arguments)
    }

    static func summary(
        _ step: Step, _ settings: RankSettings, inputs: [InputRecord], state: SessionState, language: Language
    ) -> [String] {
        let items = state.items(for: step.id)
        let ballots = inputs.compactMap { record -> [Item.ID]? in
            if case .rank(let order) = record.input { return order }
            return nil
        }
        guard !ballots.isEmpty,
            let profile = try? RankingProfile(candidates: items.map(\.id), namedBallots: ballots)
        else { return [] }
        let report = RankingReport(profile)
        let texts = Dictionary(items.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let order = report.order(by: settings.method).prefix(5).enumerated().map { place, group in
            "\(place + 1). " + profile.names(group).map { texts[$0] ?? $0 }.joined(separator: " = ")
        }
        // Above 16 items Kemeny–Young is refused and the order is Schulze's; say so, as the report does.
        var method = settings.method.rawValue
        if settings.method == .kemenyYoung && report.kemenyYoung == nil {
            method = language.word(
                "schulze; kemeny-young is bij zoveel items niet exact te berekenen",
                "schulze; kemeny-young cannot be computed exactly for this many items")
        }
        let heading = language.word("volgorde van de groep", "group order")
        let agreement = report.agreementSentence(in: language)
        return ["  \(heading) (\(method)): " + order.joined(separator: "; "), "  " + agreement]
    }
}
