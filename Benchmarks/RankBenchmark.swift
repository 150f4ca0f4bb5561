import Foundation
import NoaberAggregation
import NoaberCore
import NoaberFormats

/// `noaber-bench rank [ballots] [candidates]`: all ranking methods for a G1000-sized room (default 1000 ballots ×
/// 16 items, target < 50 ms), exact Kemeny–Young alone for 16 and for 20 items (targets < 200 ms and < 1 s), and
/// `noaber rank` on a 100,000-ballot × 16-item file in JSON and CSV: the reader alone, and the release `noaber`
/// binary beside this one as a whole process (time and peak memory), next to the figures before the streaming
/// reader.
enum RankBenchmark {
    /// `noaber rank FILE --json` on the same files, whole process, measured 2026-11-30 on main before the streaming
    /// reader (JSONSerialization and `Any`; CSV through `String`), release build, 2 cores shared with other builds:
    /// processor time (user + system, which the load does not inflate as it does the wall clock) and peak memory.
    static let before = (json: (cpu: 0.88, mebibytes: 175), csv: (cpu: 2.32, mebibytes: 129))

    static func run(arguments: [String]) async throws {
        let voters = arguments.first.flatMap(Int.init) ?? 1000
        let candidates = arguments.dropFirst().first.flatMap(Int.init) ?? 16
        var generator = SeededRandom(seed: 2026)
        let profile = Self.profile(voters: voters, candidates: candidates, using: &generator)

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

        let largest = KemenyYoung.maximumCandidates
        let wide = PairwiseMatrix(Self.profile(voters: voters, candidates: largest, using: &generator))
        var widest: KemenyYoung.Result?
        let kemenyLargest = measure(clock: clock, repetitions: 3) { widest = try? KemenyYoung.result(for: wide) }
        print(
            "Kemeny-Young alleen, \(largest) items: \(milliseconds(kemenyLargest)) ms (doel < 1 s; vóór: boven 16 "
                + "items geweigerd), piekgeheugen van dit proces tot hier \(ExportMemory.lifetimePeakMebibytes()) MiB (doel < 256 MiB)"
        )
        if let widest { print("  optimale afstand \(widest.distance), \(widest.optimalCount) optimale volgorde(s)") }

        try files(clock: clock, using: &generator)
    }

    /// Ballots near a shared order with noise, a fifth of them cut short: closer to a real room than uniform noise.
    private static func profile(
        voters: Int, candidates: Int, using generator: inout SeededRandom
    ) -> RankingProfile {
        let names = (1...candidates).map { "Waarde \($0)" }
        let ballots = (0..<voters).map { _ in
            let keys = (0..<candidates).map { Double($0) + Double(generator.next() % 800) / 100 }
            var ballot = Array(0..<candidates).sorted { keys[$0] < keys[$1] }
            if generator.next() % 5 == 0 { ballot = Array(ballot.prefix(Int(generator.next() % UInt64(candidates)))) }
            return ballot
        }
        return RankingProfile(candidates: names, ballots: ballots)
    }

    /// The 100,000 × 16 files: read in this process, then ranked by the `noaber` binary as a whole process.
    private static func files(clock: ContinuousClock, using generator: inout SeededRandom) throws {
        let profile = Self.profile(voters: 100_000, candidates: 16, using: &generator)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("noaber-bench-rank-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let quoted = profile.candidates.map { "\"\($0)\"" }
        let json = directory.appendingPathComponent("stembiljetten.json")
        let ballots = profile.ballots.map { "[" + $0.map { quoted[$0] }.joined(separator: ", ") + "]" }
        try Data(
            ("{\"candidates\": [" + quoted.joined(separator: ", ") + "],\n \"ballots\": [\n"
                + ballots.joined(separator: ",\n") + "]}\n").utf8
        ).write(to: json)
        let csv = directory.appendingPathComponent("stembiljetten.csv")
        try Data(
            profile.ballots.map { $0.map { profile.candidates[$0] }.joined(separator: ",") + "\n" }.joined().utf8
        ).write(to: csv)

        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("noaber")
        for (name, file, old) in [("JSON", json, before.json), ("CSV", csv, before.csv)] {
            let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
            var read: RankingProfile?
            let reading = measure(clock: clock, repetitions: 3) {
                read = try? RankingInput.profile(path: file.path)
            }
            // CSV names its candidates in order of first appearance, so ballots are compared by name.
            precondition(
                read.map { read in
                    read.ballots.count == profile.ballots.count
                        && zip(read.ballots, profile.ballots).allSatisfy { read.names($0) == profile.names($1) }
                } ?? false, "the \(name) file must read back as the generated ballots")
            print("\(name), 100000 stembiljetten × 16 items (\(size / 1024) KiB): inlezen \(milliseconds(reading)) ms")
            guard FileManager.default.isExecutableFile(atPath: binary.path) else {
                print("  \(binary.path) ontbreekt: bouw eerst 'swift build -c release --product noaber'")
                continue
            }
            let run = try wholeProcess(binary: binary, file: file)
            print(
                "  noaber rank --json, heel proces: \(String(format: "%.2f", run.seconds)) s, processortijd "
                    + "\(String(format: "%.2f", run.cpu)) s, piek \(run.mebibytes) MiB (vóór: processortijd "
                    + "\(String(format: "%.2f", old.cpu)) s, \(old.mebibytes) MiB; "
                    + "\(String(format: "%.1f", old.cpu / max(run.cpu, 0.001)))× sneller, doel ≥ 5×)")
        }
    }

    /// The fastest of three runs of `noaber rank FILE --json` (output discarded): wall clock, processor time and
    /// peak memory of that run's process (the last two from `/usr/bin/time` where it is installed, else 0).
    private static func wholeProcess(binary: URL, file: URL) throws -> (seconds: Double, cpu: Double, mebibytes: Int) {
        let time = URL(fileURLWithPath: "/usr/bin/time")
        let hasTime = FileManager.default.isExecutableFile(atPath: time.path)
        var best = (seconds: Double.infinity, cpu: 0.0, mebibytes: 0)
        for _ in 0..<3 {
            let process = Process()
            process.executableURL = hasTime ? time : binary
            process.arguments = (hasTime ? ["-f", "%U %S %M", binary.path] : []) + ["rank", file.path, "--json"]
            process.standardOutput = FileHandle.nullDevice
            let error = Pipe()
            process.standardError = error
            let start = Date()
            try process.run()
            let report = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let seconds = Date().timeIntervalSince(start)
            precondition(process.terminationStatus == 0, "noaber rank failed: \(report)")
            let fields = report.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
            let cpu = fields.count == 3 ? fields[0] + fields[1] : 0
            if seconds < best.seconds { best = (seconds, cpu, fields.count == 3 ? Int(fields[2]) / 1024 : 0) }
        }
        return best
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
