import Foundation
import NoaberCore
import NoaberStore
import NoaberTestSupport
import Testing

/// A running `noaber run --script` is killed with SIGKILL at random points. Every input whose `ok` line reached
/// the pipe before the kill must be in the journal, and the journal must open, check and replay cleanly.
@Suite struct CrashTests {
    static let trials = 20
    static let participants = 24

    /// 24 participants join, then each ranks the sixteen values and adds a note: ~75 durable commands.
    static let script: String = {
        let values = [
            "insluiting", "diversiteit", "varieteit", "invloed", "deliberatie", "collectieve-besluitvorming",
            "zeggenschap", "burgerschap", "onafhankelijkheid", "efficientie", "legitimiteit", "transparantie",
            "publieke-verantwoording", "monitoring", "conflictmechanismen", "checks-and-balances",
        ]
        var lines = (1...participants).map { "join \"Deelnemer \($0)\" --group \"Tafel \($0 % 3 + 1)\"" }
        lines.append("open waarden")
        for participant in 1...participants {
            let shift = participant % values.count
            let order = values[shift...] + values[..<shift]
            lines.append("submit p\(participant) waarden \(order.joined(separator: " "))")
            if participant % 8 == 0 { lines.append("note \"Tafel \(participant / 8) is klaar\"") }
        }
        lines.append("close waarden")
        lines.append("end")
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func acknowledgedInputsSurviveSIGKILL() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-crash")
        let scriptPath = directory.path("sessie.script")
        try Self.script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let totalLines = Self.script.split(separator: "\n").count + 1
        var random = SplitMix64(seed: 20_261_125)
        var killedMidway = 0
        for trial in 0..<Self.trials {
            let store = directory.path("crash-\(trial).sqlite")
            let killAfter = Int(random.next() % UInt64(totalLines))
            let lines = try runAndKill(
                [
                    "run", "democratische-waarden", "--store", store, "--session-id", "crash", "--clock",
                    "2026-11-25T19:30", "--script", scriptPath, "--no-export",
                ],
                afterOkLines: killAfter)
            if lines.count < totalLines { killedMidway += 1 }
            try checkJournal(store: store, acknowledged: lines, trial: trial)
        }
        // The kill points are random; most must land inside the session, or the test proves little.
        #expect(killedMidway >= Self.trials / 2)
    }

    /// Starts the child, kills it once `afterOkLines` lines have arrived, returns every `ok` line it printed.
    private func runAndKill(_ arguments: [String], afterOkLines: Int) throws -> [String] {
        let process = Process()
        process.executableURL = NoaberProcess.executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let reader = output.fileHandleForReading
        var buffer = Data()
        var killed = false
        while true {
            let chunk = reader.nextChunk()
            if chunk.isEmpty { break }
            buffer.append(chunk)
            if !killed && buffer.split(separator: UInt8(ascii: "\n")).count >= afterOkLines {
                kill(process.processIdentifier, SIGKILL)
                killed = true
            }
        }
        if !killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        // Everything in the pipe was written before the child died, so all of it counts as acknowledged.
        return String(decoding: buffer, as: UTF8.self).split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix("ok ") }
    }

    private func checkJournal(store: String, acknowledged: [String], trial: Int) throws {
        let startedAcknowledged = acknowledged.contains("ok sessie crash")
        guard FileManager.default.fileExists(atPath: store) else {
            #expect(!startedAcknowledged, "trial \(trial): acknowledged start but no store")
            return
        }
        let journal = try SessionStore(path: store)
        #expect(try journal.integrityProblems() == [], "trial \(trial)")
        guard try journal.contains("crash") else {
            #expect(!startedAcknowledged, "trial \(trial): acknowledged start but no session")
            return
        }
        let state = try SessionState.replay(try journal.events(of: "crash"))
        for line in acknowledged {
            let words = line.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            let id = words[1]
            if id.hasPrefix("i") {
                #expect(state.input(id) != nil, "trial \(trial): acknowledged \(id) is missing")
            } else if id.hasPrefix("p") {
                #expect(state.participant(id) != nil, "trial \(trial): acknowledged \(id) is missing")
            }
        }
        // And the session can be resumed by the CLI and takes new input.
        let resumed = try NoaberProcess.run(
            ["resume", "crash", "--store", store], input: state.isEnded ? "status\n" : "note \"na de crash\"\n")
        #expect(resumed.status == 0, "trial \(trial): \(resumed.standardError)")
        #expect(
            resumed.outputLines.first?.hasPrefix(
                "ok sessie crash \(state.isEnded ? "(al beëindigd; alleen opvragen)" : "hervat"): "
                    + "\(state.lastSequence) gebeurtenissen") == true
        )
        // Resuming a session that had already ended writes no exports again.
        #expect(!resumed.standardOutput.contains("ok export"))
    }
}

/// The seeded generator of NoaberTestSupport (SplitMix64), so that the kill points are the same on every run.
typealias SplitMix64 = SessionRandom
