import Foundation
import NoaberCore
import NoaberStore
import NoaberTestSupport
import Testing

/// Issue 10 items 1–3 through the real binary: reading commands create nothing, two processes create one new
/// store at once, and a kill during a store's first creation leaves no store or a complete one.
@Suite struct StoreCreationCommandTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-creation-cli")
    }

    @Test func sessionsAndExportOnAMissingStoreCreateNothing() throws {
        let store = directory.path("typo/deep/x.sqlite")
        let sessions = try NoaberProcess.run(["sessions", "--store", store])
        #expect(sessions.status == 1)
        #expect(sessions.standardError == "fout: de opslag \(store) bestaat niet\n")
        let export = try NoaberProcess.run(["export", "s", "--store", store, "--lang", "en"])
        #expect(export.status == 1)
        #expect(export.standardError == "error: the store \(store) does not exist\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    }

    @Test func anEmptyFileIsEmptyToReadersAndANewStoreToAWriter() throws {
        let store = directory.path("leeg.sqlite")
        FileManager.default.createFile(atPath: store, contents: Data())
        let sessions = try NoaberProcess.run(["sessions", "--store", store])
        #expect(sessions.status == 1)
        #expect(sessions.standardError == "fout: de opslag \(store) is leeg: er staan nog geen sessies in\n")
        let export = try NoaberProcess.run(["export", "s", "--store", store, "--lang", "en"])
        #expect(export.standardError == "error: the store \(store) is empty: it holds no sessions yet\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)).isEmpty)
        let run = try runTiny(store: store, session: "s")
        #expect(run.status == 0)
        #expect(try NoaberProcess.run(["sessions", "--store", store]).outputLines.count == 2)
    }

    /// Reproduction of issue 10 item 1: what a kill left behind in an older Noaber.
    @Test func aHalfCreatedStoreIsCompletedByTheNextRun() throws {
        let store = directory.path("d.sqlite")
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = [
            "sqlite3", store, "PRAGMA journal_mode=WAL;",
            "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);",
        ]
        sqlite.standardOutput = FileHandle.nullDevice
        try sqlite.run()
        sqlite.waitUntilExit()
        try #require(sqlite.terminationStatus == 0)
        let run = try runTiny(store: store, session: "s")
        #expect(run.status == 0)
        #expect(run.standardError == "")
        #expect(try SessionStore.reading(store).sessionSummaries().map(\.id) == ["s"])
    }

    @Test func twoProcessesCreatingOneNewStoreAtOnceBothSucceed() throws {
        let script = try tinyScript()
        for round in 0..<8 {
            let store = directory.path("samen-\(round).sqlite")
            let processes = try ["a", "b"].map { session in
                let process = Process()
                process.executableURL = NoaberProcess.executable
                process.arguments = [
                    "run", "grasveldje", "--store", store, "--session-id", session, "--script", script, "--no-export",
                ]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            for process in processes { try process.run() }
            for process in processes { process.waitUntilExit() }
            #expect(processes.map(\.terminationStatus) == [0, 0], "round \(round)")
            #expect(try SessionStore.reading(store).sessionSummaries().map(\.id).sorted() == ["a", "b"])
        }
    }

    /// A handful of SIGKILLs spread over a run that creates its store (`noaber-bench store crash` does hundreds):
    /// afterwards there is no store or a complete one, and the next run always works.
    @Test func aKillDuringTheFirstCreationLeavesNoStoreOrACompleteOne() throws {
        let script = try tinyScript()
        let window = ContinuousClock().measure { _ = try? runTiny(store: directory.path("vol.sqlite"), session: "s") }
        let microseconds = Double(window.components.seconds) * 1e6 + Double(window.components.attoseconds) / 1e12
        for trial in 0..<6 {
            let store = directory.path("kill-\(trial).sqlite")
            let process = Process()
            process.executableURL = NoaberProcess.executable
            process.arguments = [
                "run", "grasveldje", "--store", store, "--session-id", "s", "--script", script, "--no-export",
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(microseconds * Double(trial) / 6))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: store) {
                #expect(throws: Never.self, "trial \(trial)") { try SessionStore.reading(store).sessionSummaries() }
            }
            let again = try runTiny(store: store, session: "t")
            #expect(again.status == 0, "trial \(trial): \(again.standardError)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
            .filter { $0.contains(".creating-") }
        #expect(leftovers.isEmpty)
    }

    private func tinyScript() throws -> String {
        let script = directory.path("kort.script")
        if !FileManager.default.fileExists(atPath: script) {
            try "join \"Anna de Vries\"\nend\n".write(toFile: script, atomically: true, encoding: .utf8)
        }
        return script
    }

    private func runTiny(store: String, session: String) throws -> NoaberProcess.Result {
        try NoaberProcess.run([
            "run", "grasveldje", "--store", store, "--session-id", session, "--script", try tinyScript(),
            "--no-export",
        ])
    }
}
