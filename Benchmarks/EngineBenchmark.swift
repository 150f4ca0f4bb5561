import Foundation
import NoaberCore
import NoaberDemo
import NoaberSession
import NoaberStore

/// `noaber-bench engine [participants] [replay-events]`: durable events per second with group commit (default 1000
/// participants each submitting a 16-item ranking at once, target ≥ 5,000/s) and the replay time of a session of
/// 100,000 events (target < 1 s), on a temporary store with `synchronous=FULL`.
///
/// `noaber-bench engine crash [trials]`: the crash test at scale (default 200 trials): the `noaber` binary built
/// next to this one runs a scripted session and is killed with SIGKILL after a random delay; every acknowledged
/// input must be in the journal afterwards.
enum EngineBenchmark {
    static func run(arguments: [String]) async throws {
        if arguments.first == "crash" {
            try crash(trials: arguments.dropFirst().first.flatMap(Int.init) ?? 200)
            return
        }
        let participants = arguments.first.flatMap(Int.init) ?? 1000
        let replayEvents = arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("noaber-bench-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SessionStore(path: directory.appendingPathComponent("bench.sqlite").path)
        try await throughput(store: store, participants: participants)
        try await replay(store: store, events: replayEvents, participants: participants)
    }

    static let values = (1...16).map { Item(id: "waarde-\($0)", text: "Waarde \($0)") }

    static func settings(_ id: SessionID) -> SessionSettings {
        let scenario = Scenario(
            id: "bench", version: "1", title: "Benchmark", summary: "", audience: "", language: "nl", minutes: 20,
            sources: [], facilitator: FacilitatorRole(title: "griffier"), groups: [],
            steps: [
                Step(
                    id: "waarden", title: "Waarden", minutes: 20, instructions: "", prompt: "",
                    activity: .rank(RankSettings(items: .listed(values))))
            ])
        return SessionSettings(sessionID: id, scenario: scenario, place: "", facilitatorName: "", pseudonymous: false)
    }

    /// Everyone joins at once, then everyone submits a ranking at once: two waves of concurrent commands.
    static func throughput(store: SessionStore, participants: Int) async throws {
        let clock = SimulatedClock(start: Timestamp(millisecondsSince1970: 1_780_000_000_000))
        let runner = try await SessionRunner.start(settings("doorvoer"), store: store, clock: clock)
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 1...participants {
                group.addTask {
                    _ = try await runner.perform(
                        .join(name: SessionState.numberedName(index), group: nil, pseudonym: nil))
                }
            }
            try await group.waitForAll()
        }
        _ = try await runner.perform(.open("waarden"))
        let state = await runner.state
        var random = SeededRandom(seed: 2026)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 1...participants {
                let input = sample("p\(index)", in: state, &random)
                group.addTask {
                    _ = try await runner.perform(.submit(participant: "p\(index)", step: "waarden", input: input))
                }
            }
            try await group.waitForAll()
        }
        let elapsed = seconds(ContinuousClock.now - started)
        let events = participants * 2 + 1
        let transactions = await runner.commits - 1
        print(
            "duurzaam: \(events) gebeurtenissen (\(participants) deelnemers × aanmelden + rangschikking van 16) in "
                + String(format: "%.3f s = %.0f gebeurtenissen/s", elapsed, Double(events) / elapsed)
                + " (doel ≥ 5.000/s), \(transactions) transacties")
        // One command at a time: every event waits for its own commit (the griffier at the keyboard).
        let sequential = 500
        let sequentialStart = ContinuousClock.now
        for index in 1...sequential { _ = try await runner.perform(.note(step: nil, text: "notitie \(index)")) }
        let sequentialTime = seconds(ContinuousClock.now - sequentialStart)
        print(
            "één voor één: \(sequential) gebeurtenissen, elk een eigen transactie: "
                + String(
                    format: "%.0f gebeurtenissen/s (%.2f ms per commit)", Double(sequential) / sequentialTime,
                    sequentialTime * 1000 / Double(sequential)))
        let journal = try store.events(of: "doorvoer")
        precondition(journal.count == events + 1 + sequential, "journal incomplete")
    }

    /// A long session (participants revising their rankings over and over), written straight through the engine,
    /// then read back from the store and replayed.
    static func replay(store: SessionStore, events count: Int, participants: Int) async throws {
        var journal = BenchmarkJournal()
        func record(_ command: SessionCommand) throws { try journal.record(command) }
        try record(.start(settings("herhaling")))
        for index in 1...participants {
            try record(.join(name: SessionState.numberedName(index), group: nil, pseudonym: nil))
        }
        try record(.open("waarden"))
        var inputs: [InputID] = []
        var round = 0
        var random = SeededRandom(seed: 2026)
        while journal.state.lastSequence < count {
            let participant = round % participants + 1
            let input = sample("p\(participant)", in: journal.state, &random)
            if inputs.count < participants {
                try record(.submit(participant: "p\(participant)", step: "waarden", input: input))
                if let id = journal.lastInputID { inputs.append(id) }
            } else {
                try record(.revise(inputs[round % participants], input))
            }
            round += 1
            if journal.events.count >= 10_000 {
                try await store.append(journal.events, to: "herhaling")
                journal.events = []
            }
        }
        try await store.append(journal.events, to: "herhaling")

        let clock = ContinuousClock()
        let readStart = clock.now
        let stored = try store.events(of: "herhaling")
        let read = seconds(clock.now - readStart)
        let replayStart = clock.now
        let replayed = try SessionState.replay(stored)
        let replayTime = seconds(clock.now - replayStart)
        precondition(replayed == journal.state, "replay differs from the live state")
        print(
            "herhaling: \(stored.count) gebeurtenissen, "
                + String(
                    format: "lezen en decoderen uit de opslag %.3f s, afspelen %.3f s, samen %.3f s", read,
                    replayTime, read + replayTime)
                + " (doel afspelen < 1 s)")
    }

    /// The item ids of the embedded `democratische-waarden` ranking step, which the crash runs use.
    static let embeddedValues = [
        "insluiting", "diversiteit", "varieteit", "invloed", "deliberatie", "collectieve-besluitvorming",
        "zeggenschap", "burgerschap", "onafhankelijkheid", "efficientie", "legitimiteit", "transparantie",
        "publieke-verantwoording", "monitoring", "conflictmechanismen", "checks-and-balances",
    ]

    static func crash(trials: Int) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("noaber")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            print("\(binary.path) ontbreekt: bouw eerst 'swift build -c release --product noaber'")
            return
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("noaber-crash-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("sessie.script")
        var lines = (1...60).map { "join \"\(SessionState.numberedName($0))\"" }
        lines.append("open waarden")
        for participant in 1...60 {
            lines.append(
                "submit p\(participant) waarden \(rotated(embeddedValues, by: participant).joined(separator: " "))")
        }
        try lines.joined(separator: "\n").write(to: script, atomically: true, encoding: .utf8)
        // One uninterrupted run sets the window in which the kills land.
        let fullRun = ContinuousClock().measure {
            let process = Process()
            process.executableURL = binary
            process.arguments = [
                "run", "democratische-waarden", "--store", directory.appendingPathComponent("vol.sqlite").path,
                "--session-id", "vol", "--clock", "2026-11-25T19:30", "--script", script.path,
            ]
            process.standardOutput = FileHandle.nullDevice
            try? process.run()
            process.waitUntilExit()
        }
        let window = UInt64(max(1, seconds(fullRun) * 1_000_000))
        var seed: UInt64 = 2026
        var acknowledged = 0
        var missing = 0
        var midway = 0
        for trial in 0..<trials {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let store = directory.appendingPathComponent("crash-\(trial).sqlite").path
            let process = Process()
            process.executableURL = binary
            process.arguments = [
                "run", "democratische-waarden", "--store", store, "--session-id", "crash", "--clock",
                "2026-11-25T19:30", "--script",
                script.path,
            ]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32((seed >> 33) % window))
            kill(process.processIdentifier, SIGKILL)
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let ids = output.split(separator: "\n").compactMap { line -> String? in
                let words = line.split(separator: " ")
                return words.count == 2 && words[0] == "ok" && words[1].hasPrefix("i") ? String(words[1]) : nil
            }
            acknowledged += ids.count
            if !output.contains("ok i\(lines.count + 1)") { midway += 1 }
            guard !ids.isEmpty else { continue }
            let state = try SessionState.replay(try SessionStore(path: store).events(of: "crash"))
            missing += ids.filter { state.input($0) == nil }.count
        }
        print(
            String(format: "crash: sessie zonder onderbreking %.3f s; ", seconds(fullRun))
                + "\(trials) keer SIGKILL (\(midway) midden in de sessie), \(acknowledged) bevestigde invoer, "
                + "\(missing) ontbrekend na herstart")
        precondition(missing == 0, "acknowledged input lost")
    }

    /// NoaberDemo's sample input of the benchmark's one step for a participant.
    static func sample(_ participant: ParticipantID, in state: SessionState, _ random: inout SeededRandom) -> Input {
        guard let step = state.scenario?.steps.first,
            let input = step.activity.sampleInputs(
                SampleContext(step: step, state: state, participant: participant, everyoneAnswers: true),
                using: &random
            ).first
        else { preconditionFailure("the benchmark step takes input") }
        return input
    }

    private static func rotated(_ items: [Item.ID], by offset: Int) -> [Item.ID] {
        let shift = offset % items.count
        var order = Array(items[shift...] + items[..<shift])
        // Swap a pair so that not every ballot is a rotation.
        if order.count > 3 { order.swapAt(1, 2 + offset % (order.count - 2)) }
        return order
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
