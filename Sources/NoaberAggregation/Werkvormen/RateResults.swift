public import NoaberCore

/// A rating step's results: `RatingSummary` per item (a revision counts once; unknown items and scores outside
/// the scale are left out and counted).
public struct RateResults: Sendable {
    public var items: [Item]
    public var summary: RatingSummary

    public init(settings: RateSettings, items: [Item], inputs: [InputRecord]) {
        self.items = items
        summary = RatingSummary(
            items: items, scale: settings.scale,
            ratings: inputs.compactMap { if case .rate(let r) = $0.input { ($0.participant, r) } else { nil } })
    }
}

extension StepResults {
    /// The ratings, when the step rates items.
    public var rate: RateResults? {
        if case .rate(let results) = aggregate { results } else { nil }
    }
}
