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
        // Doubled ranks are integers 2 … 2n+1, so each candidate's ranks are kept as counts per value rather than
        // as a list per ballot: memory n·(2n+2) instead of ballots × n. The unlisted rank of a ballot is counted
        // once for everybody and taken back from the candidates the ballot lists, so a ballot costs its length.
        let width = 2 * n + 2
        var counts = [Int](repeating: 0, count: n * width)
        var everyone = [Int](repeating: 0, count: width)
        for ballot in profile.ballots {
            let unlisted = ballot.count + 1 + n
            everyone[unlisted] += 1
            for (position, candidate) in ballot.enumerated() {
                counts[candidate * width + unlisted] -= 1
                counts[candidate * width + 2 * (position + 1)] += 1
            }
        }
        let total = profile.ballots.count
        return (0..<n).map { candidate in
            let row = candidate * width
            var histogram = [Int](repeating: 0, count: width)
            for value in 0..<width { histogram[value] = counts[row + value] + everyone[value] }
            let sorted = SortedCounts(histogram: histogram, total: total)
            return RankSpread(
                candidate: candidate, minimum: sorted.value(at: 0), lowerQuartile: sorted.quantile(0.25),
                median: sorted.quantile(0.5), upperQuartile: sorted.quantile(0.75), maximum: sorted.value(at: total - 1)
            )
        }
    }
}

/// Sorted doubled ranks given as a count per value: the i-th smallest rank without building the list.
private struct SortedCounts {
    /// `(value, count)` for the values present, ascending, with running totals.
    var values: [Int] = []
    var ends: [Int] = []
    let total: Int

    init(histogram: [Int], total: Int) {
        self.total = total
        var end = 0
        for (value, count) in histogram.enumerated() where count > 0 {
            end += count
            values.append(value)
            ends.append(end)
        }
    }

    /// The rank at 0-based position `index` of the sorted ranks.
    func value(at index: Int) -> Double {
        var low = 0
        var high = ends.count - 1
        while low < high {
            let middle = (low + high) / 2
            if ends[middle] > index { high = middle } else { low = middle + 1 }
        }
        return Double(values[low]) / 2
    }

    /// As `Quantile.inclusive` over the sorted list.
    func quantile(_ q: Double) -> Double {
        let position = Double(total - 1) * q
        let lower = Int(position.rounded(.down))
        let fraction = position - Double(lower)
        guard lower + 1 < total, fraction > 0 else { return value(at: lower) }
        let first = value(at: lower)
        return first + fraction * (value(at: lower + 1) - first)
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
