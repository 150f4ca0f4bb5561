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

/// Ratings of a `rate` step per item: count, mean, median, spread.
///
/// Conventions: when a participant rates an item twice the last rating counts (a revision). Ratings of items the
/// step does not have, or outside the scale, are not used and are counted in `rejected`. Participants who gave no
/// rating for an item are counted in `missing`. Quartiles as in `RankSpread` (linear interpolation, type 7).
public struct RatingSummary: Sendable, Equatable {
    public struct ItemRatings: Sendable, Equatable {
        public var item: Item.ID
        public var count: Int
        /// Sum of the ratings (mean = sum / count, kept so that means compare exactly).
        public var sum: Int
        public var missing: Int
        /// `nil` without ratings, like the other statistics.
        public var mean: Double?
        public var median: Double?
        public var minimum: Int?
        public var maximum: Int?
        public var lowerQuartile: Double?
        public var upperQuartile: Double?
        /// Population standard deviation.
        public var standardDeviation: Double?
        /// How many gave each scale value, from `min` through `max`.
        public var counts: [ScaleValueCount]
    }

    /// In the order of `items`.
    public var items: [ItemRatings]
    /// Ratings not used: unknown items or values outside the scale.
    public var rejected: Int
    /// Items ordered by mean, highest first; items without ratings last, tied; ties in item order.
    public var order: [[Item.ID]]

    public init(items: [Item], scale: Scale, ratings: [(participant: String, scores: [ItemScore])]) {
        let known = Set(items.map(\.id))
        let last = LastAnswers(ratings.lazy.map { ($0.participant, $0.scores) }) { (score: ItemScore) in
            known.contains(score.item) && scale.contains(score.value) ? (score.item, score.value) : nil
        }
        let summaries = items.map { item in
            let values = last.participants.compactMap { last.answers[$0]?[item.id] }
            return Self.summary(of: item.id, values: values, participants: last.participants.count, scale: scale)
        }
        self.items = summaries
        self.rejected = last.rejected
        let ranked = summaries.indices.sorted { lhs, rhs in
            let (a, b) = (summaries[lhs], summaries[rhs])
            if Self.sameMean(a, b) { return lhs < rhs }
            if a.count == 0 || b.count == 0 { return b.count == 0 }
            return a.sum * b.count > b.sum * a.count
        }
        var order: [[Item.ID]] = []
        var previous: Int?
        for index in ranked {
            if let previous, Self.sameMean(summaries[previous], summaries[index]) {
                order[order.count - 1].append(summaries[index].item)
            } else {
                order.append([summaries[index].item])
            }
            previous = index
        }
        self.order = order
    }

    private static func sameMean(_ a: ItemRatings, _ b: ItemRatings) -> Bool {
        // Means compared as the quotients sum/count, cross-multiplied, so that equal means are never split.
        if a.count == 0 || b.count == 0 { return a.count == b.count }
        return a.sum * b.count == b.sum * a.count
    }

    private static func summary(of item: Item.ID, values: [Int], participants: Int, scale: Scale) -> ItemRatings {
        let counts = (scale.min...max(scale.min, scale.max)).map { value in
            ScaleValueCount(value: value, count: values.count { $0 == value })
        }
        guard !values.isEmpty else {
            return ItemRatings(
                item: item, count: 0, sum: 0, missing: participants, mean: nil, median: nil, minimum: nil, maximum: nil,
                lowerQuartile: nil, upperQuartile: nil, standardDeviation: nil, counts: counts)
        }
        let sorted = values.sorted().map(Double.init)
        let mean = Double(values.reduce(0, +)) / Double(values.count)
        let variance = sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return ItemRatings(
            item: item, count: values.count, sum: values.reduce(0, +), missing: participants - values.count, mean: mean,
            median: Quantile.inclusive(sorted, 0.5), minimum: values.min(), maximum: values.max(),
            lowerQuartile: Quantile.inclusive(sorted, 0.25), upperQuartile: Quantile.inclusive(sorted, 0.75),
            standardDeviation: variance.squareRoot(), counts: counts)
    }
}
