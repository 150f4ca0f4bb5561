/// How widely the ballots place one candidate: the five-number summary of its (mid)ranks.
///
/// Quartiles interpolate linearly between the closest order statistics (the "inclusive" method of spreadsheets,
/// QUARTILE.INC / Hyndman–Fan type 7): for sorted ranks `x₀ … x_{m−1}` the quantile `q` lies at position `(m−1)q`.
public struct RankSpread: Sendable, Equatable {
    public var candidate: Int
    public var minimum: Double
    public var lowerQuartile: Double
    public var median: Double
    public var upperQuartile: Double
    public var maximum: Double

    public init(
        candidate: Int, minimum: Double, lowerQuartile: Double, median: Double, upperQuartile: Double, maximum: Double
    ) {
        self.candidate = candidate
        self.minimum = minimum
        self.lowerQuartile = lowerQuartile
        self.median = median
        self.upperQuartile = upperQuartile
        self.maximum = maximum
    }

    /// One spread per candidate in candidate order; empty when there are no ballots.
    public static func spreads(for profile: RankingProfile) -> [RankSpread] {
        guard !profile.ballots.isEmpty else { return [] }
        let n = profile.candidateCount
        var ranks = [[Double]](repeating: [], count: n)
        for ballot in profile.ballots {
            for (candidate, doubled) in Midranks.doubled(ballot, candidateCount: n).enumerated() {
                ranks[candidate].append(Double(doubled) / 2)
            }
        }
        return ranks.enumerated().map { candidate, values in
            let sorted = values.sorted()
            return RankSpread(
                candidate: candidate, minimum: sorted[0], lowerQuartile: Quantile.inclusive(sorted, 0.25),
                median: Quantile.inclusive(sorted, 0.5), upperQuartile: Quantile.inclusive(sorted, 0.75),
                maximum: sorted[sorted.count - 1])
        }
    }
}

/// Quantiles of sorted values by linear interpolation (type 7), shared by rank spreads and rating summaries.
enum Quantile {
    static func inclusive(_ sorted: [Double], _ q: Double) -> Double {
        precondition(!sorted.isEmpty, "quantile of no values")
        let position = Double(sorted.count - 1) * q
        let lower = Int(position.rounded(.down))
        let fraction = position - Double(lower)
        guard lower + 1 < sorted.count, fraction > 0 else { return sorted[lower] }
        return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower])
    }
}
