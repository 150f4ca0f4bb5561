import NoaberAggregation
import NoaberTestSupport

/// The seeded generator of NoaberTestSupport (SplitMix64), so that property tests see the same "random"
/// profiles on every run.
typealias SplitMix64 = SessionRandom

enum RandomProfiles {
    /// A profile of `voters` ballots over `candidates` items; with `truncate`, ballots list a random prefix
    /// (possibly none) of a random order.
    static func make(
        candidates: Int, voters: Int, truncate: Bool, using generator: inout SplitMix64
    ) -> RankingProfile {
        let names = (0..<candidates).map { "K\($0)" }
        let ballots = (0..<voters).map { _ in
            let order = Array(0..<candidates).shuffled(using: &generator)
            return truncate ? Array(order.prefix(Int.random(in: 0...candidates, using: &generator))) : order
        }
        return RankingProfile(candidates: names, ballots: ballots)
    }
}
