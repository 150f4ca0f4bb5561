import Foundation
import NoaberStore

/// `noaber-bench store crash [trials]`: SIGKILL at moments spread evenly over a `noaber run` that creates its store
/// (issue 10 item 1). Each trial must leave no store or a complete one (readable, not "leeg", not refused), no
/// temporary file after the next run, and the next run on the same path must succeed.
enum StoreCrashBenchmark {
    /// Unbuffered, so that the figures are out before a failed precondition stops the process.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func run(trials: Int) throws {
        let binary = StoreBenchmark.binary
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            say("\(binary.path) ontbreekt: bouw eerst 'swift build -c release --product noaber'")
            return
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("noaber-create-crash-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("kort.script").path
        try "join \"Anna de Vries\"\nend\n".write(toFile: script, atomically: true, encoding: .utf8)
        func arguments(_ store: String, _ session: String) -> [String] {
            ["run", "grasveldje", "--store", store, "--session-id", session, "--script", script, "--no-export"]
        }
        // One uninterrupted run sets the window over which the kills are spread.
        let window = try StoreBenchmark.wholeProcess(
            arguments(directory.appendingPathComponent("vol.sqlite").path, "s"))
        var none = 0
        var complete = 0
        var broken: [String] = []
        for trial in 0..<trials {
            let store = directory.appendingPathComponent("kill-\(trial).sqlite").path
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments(store, "s")
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(window * 1_000_000 * Double(trial) / Double(trials)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: store) {
                do {
                    _ = try SessionStore.reading(store).sessionSummaries()
                    complete += 1
                } catch {
                    broken.append("\(trial): \(error.rendered())")
                }
            } else {
                none += 1
            }
            let next = Process()
            next.executableURL = binary
            next.arguments = arguments(store, "t")
            next.standardOutput = FileHandle.nullDevice
            next.standardError = FileHandle.nullDevice
            try next.run()
            next.waitUntilExit()
            if next.terminationStatus != 0 { broken.append("\(trial): de volgende run faalde") }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.contains(".creating-") }
        say(
            String(format: "aanmaken onderbroken: %d keer SIGKILL over %.0f ms; ", trials, window * 1000)
                + "daarna \(none) keer geen opslag, \(complete) keer een volledige, \(broken.count) half of geweigerd; "
                + "\(leftovers.count) tijdelijke bestanden over")
        for line in broken.prefix(10) { say("  " + line) }
        for name in leftovers.prefix(10) { say("  over: " + name) }
        precondition(broken.isEmpty && leftovers.isEmpty, "a killed creation left a broken store")
    }
}
