import Foundation
import NoaberTestSupport
import Testing

/// The interactive console on a real terminal (a pseudo-terminal, driven by `Fixtures/terminal.py`): ↑ recalls the
/// previous line for editing instead of printing `^[[A`, tab completes, and nothing of the history reaches the disk.
@Suite struct LineEditingTests {
    @Test func arrowRecallsTheLineAndTabCompletes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("noaber-edit-\(UUID())")
        let home = directory.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // ↑ recalls `join "Anna Jansen"`; seven backspaces and `Bos"` make it `join "Anna Bos"`; `sta⇥` completes.
        let keys = [
            #"join "Anna Jansen"\r"#, #"\x1b[A\x7f\x7f\x7f\x7f\x7f\x7f\x7fBos"\r"#, #"sta\t\r"#,
            #"submit p2 rol\t "x"\r"#,
        ]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", try NoaberProcess.fixture("terminal.py"), NoaberProcess.executable.path,
            "run", "grasveldje", "--store", "s.sqlite", "--clock", "2026-11-30T19:30",
        ]
        process.currentDirectoryURL = directory
        process.environment = ["HOME": home.path, "TERM": "xterm", "PATH": "/usr/local/bin:/usr/bin:/bin"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(keys.joined(separator: "\n").utf8))
        try input.fileHandleForWriting.close()
        let screen = String(decoding: output.fileHandleForReading.readAllRetryingInterrupts(), as: UTF8.self)
        process.waitUntilExit()
        #expect(screen.contains("ok p1 Anna Jansen"), "\(screen)")
        #expect(screen.contains("ok p2 Anna Bos"), "\(screen)")
        #expect(screen.contains("deelnemers: 2 aanwezig"), "\(screen)")
        #expect(screen.contains("fout: stap ‘rollen’ is niet open"), "\(screen)")
        #expect(!screen.contains("^[[A"))
        // History lives in memory only: nothing written to the home folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty)
    }
}
