import NoaberFormats

/// Parse + RelaxNG validation + semantic checks per shipped scenario file (target: under 5 ms per file in a
/// release build). Arguments: `[iterations]` (default 500 per file).
enum ScenarioBenchmark {
    static func run(arguments: [String]) async throws {
        let iterations = max(1, arguments.first.flatMap(Int.init) ?? 500)
        let clock = ContinuousClock()
        let files = EmbeddedScenarios.scenarios.map { ($0.path, Array($0.contents.utf8)) }

        // The first load compiles the schema, which every later load reuses.
        let first = try clock.measure {
            for (path, bytes) in files { _ = try ScenarioLoader.load(bytes, file: path) }
        }
        print("eerste keer (incl. schema compileren), alle \(files.count) bestanden: \(milliseconds(first)) ms")

        for (path, bytes) in files {
            var fastest = Duration.seconds(3600)
            var total = Duration.zero
            for _ in 0..<iterations {
                let elapsed = try clock.measure { _ = try ScenarioLoader.load(bytes, file: path) }
                fastest = min(fastest, elapsed)
                total += elapsed
            }
            let mean = total / iterations
            print(
                "\(path) (\(bytes.count) bytes): gemiddeld \(milliseconds(mean)) ms, snelste \(milliseconds(fastest)) ms "
                    + "per bestand over \(iterations) keer")
        }
    }

    /// Milliseconds with three decimals.
    private static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let micro = Int(seconds) * 1_000_000 + Int(attoseconds / 1_000_000_000_000)
        let fraction = micro % 1000
        return "\(micro / 1000)." + String(repeating: "0", count: 3 - String(fraction).count) + "\(fraction)"
    }
}
