import NoaberAggregation

/// A small seeded generator so that property tests see the same "random" profiles on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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
