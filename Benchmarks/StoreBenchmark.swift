import Foundation
import GRDB
import NoaberCore
import NoaberStore

/// `noaber-bench store [events] [--runs N] [--old PATH] [--keep FOLDER]`: resuming a long session (default 100,000
/// events: 1000 participants revising a 16-item ranking over and over). The same session is read from a store in
/// journal encoding 1 (the JSON of the first release, as main wrote it until 2026-11-30) and in the current
/// encoding, in process and as a whole `noaber resume` (minimum and median of `runs`); `--old` resumes the
/// encoding-1 store with an older `noaber` beside it (e.g. a release build of ec07d10).
///
/// `noaber-bench store crash [trials]`: kills `noaber run` with SIGKILL while it creates a new store, at moments
/// spread over the run (default 200 trials); afterwards there must be no store or a complete one, and the next run
/// must work. Both need the release `noaber` beside this binary for the whole-process figures.
enum StoreBenchmark {
    static func run(arguments: [String]) async throws {
        if arguments.first == "crash" {
            try StoreCrashBenchmark.run(trials: arguments.dropFirst().first.flatMap(Int.init) ?? 200)
            return
        }
        try resume(ResumeOptions(arguments))
    }

    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("noaber")
    }

    static func resume(_ options: ResumeOptions) throws {
        let directory =
            options.keep.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("noaber-bench-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { if options.keep == nil { try? FileManager.default.removeItem(at: directory) } }
        let current = directory.appendingPathComponent("codering-3.sqlite").path
        let legacy = directory.appendingPathComponent("codering-1.sqlite").path
        for path in [current, legacy] { removeStore(path) }
        let events = try longSession(events: options.events)
        let store = try SessionStore(path: current)
        for start in stride(from: 0, to: events.count, by: 10_000) {
            try store.append(Array(events[start..<min(events.count, start + 10_000)]), to: "herhaling")
        }
        try writeLegacyCopy(of: current, to: legacy, events: events)

        let old = try measure(path: legacy, expected: events)
        let new = try measure(path: current, expected: events)
        print(
            "hervatten: \(events.count) gebeurtenissen; lezen en decoderen: codering 1 (JSON) "
                + String(
                    format: "%.3f s, codering 3 %.3f s (%.1f× sneller); afspelen %.3f s", old.read, new.read,
                    old.read / new.read, new.replay))
        let journalBytes = { (path: String) in
            (try? DatabaseQueue(path: path).read { db in
                try Int.fetchOne(db, sql: "SELECT SUM(LENGTH(CAST(payload AS BLOB))) FROM events")
            }) ?? 0
        }
        print(
            "journaal: codering 1 \(journalBytes(legacy) / 1024) KiB, codering 3 \(journalBytes(current) / 1024) KiB")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            print("\(binary.path) ontbreekt: bouw eerst 'swift build -c release --product noaber'")
            return
        }
        try wholeProcessFigures(options, directory: directory, current: current, legacy: legacy)
    }

    /// `noaber resume` as a whole process, `runs` times: the new binary on the store in the current encoding, the
    /// old one (`--old`) on the same session in encoding 1, as it wrote it; then the first resume of the encoding-1
    /// store by the new binary, with its migration.
    static func wholeProcessFigures(
        _ options: ResumeOptions, directory: URL, current: String, legacy: String
    ) throws {
        let script = directory.appendingPathComponent("leeg.script").path
        try "".write(toFile: script, atomically: true, encoding: .utf8)
        func resume(_ binary: URL, _ store: String) throws -> Double {
            try wholeProcess(["resume", "herhaling", "--store", store, "--script", script], binary: binary)
        }
        let new = Runs(try (0..<options.runs).map { _ in try resume(binary, current) })
        var line = "noaber resume (heel proces, \(options.runs)×): nu " + new.text + " (doel < 0,5 s)"
        if let oldBinary = options.old {
            // The old binary reads its own encoding; it opens the copy before the new binary migrates it.
            let old = Runs(try (0..<options.runs).map { _ in try resume(URL(fileURLWithPath: oldBinary), legacy) })
            line += "; oud (\(oldBinary)) " + old.text + String(format: " (%.1f× sneller)", old.median / new.median)
        } else {
            line += "; main vóór codering 2: 1,8 s (--old PAD meet een oude noaber ernaast)"
        }
        print(line)
        // On a copy, so that a kept encoding-1 store stays as it was written.
        let migrated = directory.appendingPathComponent("codering-1-gemigreerd.sqlite").path
        removeStore(migrated)
        try DatabaseQueue(path: legacy).backup(to: DatabaseQueue(path: migrated))
        let migration = try resume(binary, migrated)
        removeStore(migrated)
        print(String(format: "eerste hervatting van een opslag in codering 1, met de migratie: %.3f s", migration))
    }

    /// What `noaber-bench store` takes: `[events] [--runs N] [--old PATH] [--keep FOLDER]`.
    struct ResumeOptions {
        var events = 100_000
        /// Whole-process runs of each binary; the minimum and the median are printed.
        var runs = 7
        /// An older `noaber` (e.g. a release build of ec07d10) to resume the encoding-1 copy beside the new one.
        var old: String?
        /// Write the stores into this folder and leave them there (for profiling), instead of a temporary one.
        var keep: String?

        init(_ arguments: [String]) {
            var rest = arguments[...]
            while let argument = rest.popFirst() {
                switch argument {
                case "--runs": runs = rest.popFirst().flatMap(Int.init).map { Swift.max(1, $0) } ?? runs
                case "--old": old = rest.popFirst()
                case "--keep": keep = rest.popFirst()
                default: events = Int(argument) ?? events
                }
            }
        }
    }

    /// The minimum and the median of several wall-clock runs.
    struct Runs {
        var minimum: Double
        var median: Double

        init(_ seconds: [Double]) {
            let sorted = seconds.sorted()
            minimum = sorted.first ?? 0
            median =
                sorted.isEmpty
                ? 0
                : sorted.count % 2 == 1
                    ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }

        var text: String { String(format: "min %.3f s, mediaan %.3f s", minimum, median) }
    }

    static func removeStore(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-herhaling.lock"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    /// Best of three: read (and decode) through the store, then replay.
    static func measure(path: String, expected: [SessionEvent]) throws -> (read: Double, replay: Double) {
        var best = (read: Double.infinity, replay: Double.infinity)
        for _ in 0..<3 {
            let clock = ContinuousClock()
            var journal: [SessionEvent] = []
            let read = try clock.measure { journal = try SessionStore.reading(path).events(of: "herhaling") }
            precondition(journal == expected, "journal differs")
            let replay = try clock.measure { _ = try SessionState.replay(journal) }
            best = (min(best.read, seconds(read)), min(best.replay, seconds(replay)))
        }
        return best
    }

    static func wholeProcess(_ arguments: [String], binary: URL = binary) throws -> Double {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        // An unattended resume warns that the step overran its planned minutes: not part of the figure.
        process.standardError = FileHandle.nullDevice
        let start = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        precondition(process.terminationStatus == 0, "noaber \(arguments.joined(separator: " ")) failed")
        return seconds(ContinuousClock.now - start)
    }

    /// A copy whose payloads are the JSON that main wrote before encoding 2 (Swift's synthesized `Codable`, sorted
    /// keys), with migration v2 not applied: a store as it is out there.
    static func writeLegacyCopy(of path: String, to copy: String, events: [SessionEvent]) throws {
        // Through SQLite's backup, not a file copy: a short journal still lies in the write-ahead log (SQLite
        // moves it into the file only after 1000 pages), and a copy of the file alone held no session at all.
        try DatabaseQueue(path: path).backup(to: DatabaseQueue(path: copy))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let database = try DatabaseQueue(path: copy)
        try database.write { db in
            let update = try db.makeStatement(
                sql: "UPDATE events SET payload = ? WHERE session_id = 'herhaling' AND sequence = ?")
            for event in events {
                let json = String(decoding: try encoder.encode(event.payload), as: UTF8.self)
                try update.execute(arguments: [json, event.sequence])
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2'")
        }
        try database.close()
    }

    /// Start, 1000 joins, then rankings of 16 values submitted and revised until `count` events.
    static func longSession(events count: Int) throws -> [SessionEvent] {
        // The engine benchmark's one-step scenario: 16 values to rank.
        let values = EngineBenchmark.values
        var journal = BenchmarkJournal()
        func record(_ command: SessionCommand) throws { try journal.record(command) }
        try record(.start(EngineBenchmark.settings("herhaling")))
        let participants = 1000
        for index in 1...participants { try record(.join(name: "Deelnemer \(index)", group: nil, pseudonym: nil)) }
        try record(.open("waarden"))
        var inputs: [InputID] = []
        var round = 0
        var random = SeededRandom(seed: 2026)
        while journal.state.lastSequence < count {
            let order = values.map(\.id).shuffled(using: &random)
            if inputs.count < participants {
                try record(.submit(participant: "p\(round % participants + 1)", step: "waarden", input: .rank(order)))
                if let id = journal.lastInputID { inputs.append(id) }
            } else {
                try record(.revise(inputs[round % participants], .rank(order)))
            }
            round += 1
        }
        return journal.events
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
