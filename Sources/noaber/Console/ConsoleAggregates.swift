import NoaberAggregation
import NoaberCore

/// The aggregate lines of a closed step's summary: for a ranking the consensus by the step's own method and the
/// group's agreement (Kendall's W), from the aggregation module.
enum ConsoleAggregates {
    static func lines(for step: Step, inputs: [InputRecord], state: SessionState, language: Language) -> [String] {
        guard case .rank(let settings) = step.activity else { return [] }
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
        return ["  \(heading) (\(settings.method.rawValue)): " + order.joined(separator: "; ")]
            + ["  " + report.agreementSentence(in: language)]
    }
}
