import NoaberAggregation
import NoaberCore

/// `noaber-bench rank [ballots] [candidates]`: all ranking methods for a G1000-sized room (default 1000 ballots ×
/// 16 items, target < 50 ms) and exact Kemeny–Young alone for 16 items (target < 200 ms).
enum RankBenchmark {
    static func run(arguments: [String]) async throws {
        let voters = arguments.first.flatMap(Int.init) ?? 1000
        let candidates = arguments.dropFirst().first.flatMap(Int.init) ?? 16
        var generator = SeededRandom(seed: 2026)
        let names = (1...candidates).map { "Waarde \($0)" }
        // Ballots near a shared order with noise, some truncated: closer to a real room than uniform noise.
        let ballots = (0..<voters).map { _ in
            let keys = (0..<candidates).map { Double($0) + Double(generator.next() % 800) / 100 }
            var ballot = Array(0..<candidates).sorted { keys[$0] < keys[$1] }
            if generator.next() % 5 == 0 { ballot = Array(ballot.prefix(Int(generator.next() % UInt64(candidates)))) }
            return ballot
        }
        let profile = RankingProfile(candidates: names, ballots: ballots)

        let clock = ContinuousClock()
        var report: RankingReport?
        let all = measure(clock: clock, repetitions: 5) { report = RankingReport(profile) }
        var kemeny: KemenyYoung.Result?
        let matrix = PairwiseMatrix(profile)
        let kemenyOnly = measure(clock: clock, repetitions: 5) { kemeny = try? KemenyYoung.result(for: matrix) }

        print("alle methoden, \(voters) stembiljetten × \(candidates) items: \(milliseconds(all)) ms (doel < 50 ms)")
        print("Kemeny-Young alleen, \(candidates) items: \(milliseconds(kemenyOnly)) ms (doel < 200 ms)")
        if let kemeny, let report {
            let w = report.kendallW.map { "\($0)" } ?? "onbepaald"
            print("  optimale afstand \(kemeny.distance), \(kemeny.optimalCount) optimale volgorde(s), W = \(w)")
        }
    }

    /// The fastest of `repetitions` runs, after one warm-up run.
    private static func measure(clock: ContinuousClock, repetitions: Int, _ body: () -> Void) -> Duration {
        body()
        var fastest = Duration.seconds(3600)
        for _ in 0..<repetitions { fastest = min(fastest, clock.measure(body)) }
        return fastest
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
