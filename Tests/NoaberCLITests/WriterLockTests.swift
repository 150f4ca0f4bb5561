import Foundation
import NoaberTestSupport
import Testing

/// One writer per session, with real `noaber` processes: while `noaber run X` holds session X, every other writer
/// of X is refused at once, readers keep working and create no lock file, and a holder killed with SIGKILL leaves
/// the session free.
@Suite struct WriterLockTests {
    let directory: TemporaryDirectory
    let store: String

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-lock")
        store = directory.path("noaber.sqlite")
    }

    var lockFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.url.path)) ?? []).filter {
            $0.hasSuffix(".lock")
        }.sorted()
    }

    /// `noaber run` on standard input that stays open: it holds the session until its input ends or it is killed.
    final class Holder {
        let process = Process()
        let input = Pipe()
        let output = Pipe()

        init(_ arguments: [String]) throws {
            process.executableURL = NoaberProcess.executable
            process.arguments = arguments
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        /// Reads standard output until a line starts with `prefix`.
        func waitForLine(startingWith prefix: String) -> Bool {
            var text = ""
            while true {
                let chunk = output.fileHandleForReading.nextChunk()
                if chunk.isEmpty { return false }
                text += String(decoding: chunk, as: UTF8.self)
                if text.split(separator: "\n").contains(where: { $0.hasPrefix(prefix) }) { return true }
            }
        }

        func send(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }

        /// SIGKILL, once: a reaped child's pid may already belong to another process.
        func kill9() {
            guard process.isRunning else { return }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    @Test func aHeldSessionRefusesOtherWritersAndServesReaders() throws {
        // An ended session beside it, for the readers.
        let other = try NoaberProcess.run(
            [
                "run", "democratische-waarden", "--store", store, "--session-id", "andere", "--clock",
                "2026-11-25T19:30", "--no-export",
            ], input: "join Anna\nend\n")
        #expect(other.status == 0, "\(other.standardError)")
        #expect(lockFiles.isEmpty)

        let holder = try Holder([
            "run", "democratische-waarden", "--store", store, "--session-id", "raad", "--clock", "2026-11-25T19:30",
        ])
        defer { holder.kill9() }
        #expect(holder.waitForLine(startingWith: "ok sessie raad"))
        holder.send("join \"Anna de Vries\"")
        #expect(holder.waitForLine(startingWith: "ok p1"))
        #expect(lockFiles == ["noaber.sqlite-raad.lock"])
        let pid = holder.process.processIdentifier
        let refusal =
            "fout: sessie raad is al geopend door proces \(pid); stop dat proces eerst (Ctrl-D in die console, "
            + "of kill \(pid)) en probeer het dan opnieuw\n"

        let started = Date()
        let resumed = try NoaberProcess.run(["resume", "raad", "--store", store], input: "note \"tweede\"\n")
        #expect(resumed.status == 1)
        #expect(resumed.standardOutput == "")
        #expect(resumed.standardError == refusal)
        // At once: no waiting for the holder.
        #expect(Date().timeIntervalSince(started) < 10)

        let english = try NoaberProcess.run(["resume", "raad", "--store", store, "--lang", "en"])
        #expect(english.status == 1)
        #expect(
            english.standardError
                == "error: session raad is already open in process \(pid); stop that process first (Ctrl-D in its "
                + "console, or kill \(pid)) and then try again\n")
        for arguments in [
            ["run", "democratische-waarden", "--store", store, "--session-id", "raad"],
            ["merge", "andere", "raad", "--into", "raad", "--store", store],
            ["purge", "raad", "--yes", "--store", store],
        ] {
            let refused = try NoaberProcess.run(arguments)
            #expect(refused.status == 1, "\(arguments)")
            #expect(refused.standardError == refusal, "\(arguments)")
        }

        // Readers work meanwhile, on the held session and on the other one, and create no lock file.
        let sessions = try NoaberProcess.run(["sessions", "--store", store])
        #expect(sessions.status == 0)
        #expect(sessions.outputLines.count == 3)
        for id in ["raad", "andere"] {
            let export = try NoaberProcess.run([
                "export", id, "--store", store, "--to", directory.path("export-\(id)"), "--format", "xml",
            ])
            #expect(export.status == 0, "\(export.standardError)")
        }
        #expect(lockFiles == ["noaber.sqlite-raad.lock"])

        // The holder dies without letting go: its lock file stays behind, but the session is free.
        holder.kill9()
        #expect(lockFiles == ["noaber.sqlite-raad.lock"])
        let after = try NoaberProcess.run(["resume", "raad", "--store", store], input: "note \"na de crash\"\n")
        #expect(after.status == 0, "\(after.standardError)")
        #expect(after.outputLines.first == "ok sessie raad hervat: 2 gebeurtenissen, 1 deelnemer, 0 inbreng")
        #expect(after.outputLines.last == "ok notitie 3")
        // A writer that stops cleanly removes its lock file.
        #expect(lockFiles.isEmpty)
    }
}
