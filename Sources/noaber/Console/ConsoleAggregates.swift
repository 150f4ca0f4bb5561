import NoaberAggregation
import NoaberCore

/// The aggregate lines of a closed step's summary, from the aggregation module: for a ranking the consensus by the
/// step's own method and the group's agreement (Kendall's W); for a likert step the group's mean per theme.
enum ConsoleAggregates {
    static func lines(for step: Step, inputs: [InputRecord], state: SessionState, language: Language) -> [String] {
        switch step.activity {
        case .rank(let settings): rankLines(step, settings, inputs: inputs, state: state, language: language)
        case .likert(let settings): likertLines(settings, inputs: inputs, language: language)
        default: []
        }
    }

    private static func likertLines(_ settings: LikertSettings, inputs: [InputRecord], language: Language) -> [String] {
        let answers = inputs.compactMap { record -> (participant: String, answers: [LikertAnswer])? in
            if case .likert(let answers) = record.input { return (record.participant, answers) }
            return nil
        }
        guard !answers.isEmpty else { return [] }
        let scores = LikertScores(settings: settings, answers: answers)
        return scores.group.map { theme in
            let mean = theme.mean.map { DecimalText.fixed($0, decimals: 2, language: language) } ?? "–"
            let label = language == .nl ? "gemiddeld" : "mean"
            return "  \(theme.title): \(label) \(mean) (\(theme.participants) "
                + (language == .nl ? "deelnemers" : "participants") + ")"
        }
    }

    private static func rankLines(
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
        let heading = language == .nl ? "volgorde van de groep" : "group order"
        // Above `KemenyYoung.maximumCandidates` items Kemeny–Young is refused and the order is Schulze's; say so,
        // as the report does.
        var method = settings.method.rawValue
        if settings.method == .kemenyYoung && report.kemenyYoung == nil {
            method = language == .nl ? "schulze; kemeny-young is bij zoveel items niet exact te berekenen"
                : "schulze; kemeny-young cannot be computed exactly for this many items"
        }
        return ["  \(heading) (\(method)): " + order.joined(separator: "; ")]
            + ["  " + report.agreementSentence(in: language)]
    }
}
