import NoaberAggregation
import NoaberCore

/// The aggregate lines of a closed step's summary, read from the step's `StepResults`: for a ranking the group's
/// order (by the method `RankResults` decided) and its agreement (Kendall's W); for a likert step the group's mean
/// per theme.
enum ConsoleAggregates {
    static func lines(for results: StepResults, language: Language) -> [String] {
        switch results.aggregate {
        case .rank(let rank): rankLines(rank, language: language)
        case .likert(let likert): likertLines(likert, language: language)
        case .none, .rate, .vote, .classify: []
        }
    }

    private static func likertLines(_ results: LikertResults, language: Language) -> [String] {
        guard results.respondents > 0 else { return [] }
        return results.scores.group.map { theme in
            let mean = theme.mean.map { DecimalText.fixed($0, decimals: 2, language: language) } ?? "–"
            let label = language == .nl ? "gemiddeld" : "mean"
            return "  \(theme.title): \(label) \(mean) (\(theme.participants) "
                + (language == .nl ? "deelnemers" : "participants") + ")"
        }
    }

    private static func rankLines(_ results: RankResults, language: Language) -> [String] {
        guard !results.participants.isEmpty else { return [] }
        let order = results.order.prefix(5).enumerated().map { place, group in
            "\(place + 1). " + results.names(group)
        }
        let heading = language == .nl ? "volgorde van de groep" : "group order"
        var method = results.method.rawValue
        if results.fellBack {
            method +=
                language == .nl
                ? "; \(results.requestedMethod.rawValue) is bij zoveel items niet exact te berekenen"
                : "; \(results.requestedMethod.rawValue) cannot be computed exactly for this many items"
        }
        return ["  \(heading) (\(method)): " + order.joined(separator: "; ")]
            + ["  " + results.report.agreementSentence(in: language)]
    }
}
