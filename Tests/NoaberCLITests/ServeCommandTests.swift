import Foundation
import NoaberTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `noaber serve`: prints the URLs, serves the join page, keeps the console's lines, stops cleanly on SIGTERM
/// with nothing acknowledged lost, and `serve --session ID` continues the session.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `noaber serve` whose standard output is collected line by line.
    final class Server: @unchecked Sendable {
        // @unchecked: `lines` is guarded by `lock`; the process is driven by one test.
        let process = Process()
        private let lock = NSLock()
        private var collected: [String] = []

        init(_ arguments: [String], input: String) throws {
            process.executableURL = NoaberProcess.executable
            process.arguments = arguments
            let output = Pipe()
            let standardInput = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            process.standardInput = standardInput
            try process.run()
            standardInput.fileHandleForWriting.write(Data(input.utf8))
            try standardInput.fileHandleForWriting.close()
            let reader = output.fileHandleForReading
            Thread {
                var pending = Data()
                while true {
                    let chunk = reader.nextChunk()
                    if chunk.isEmpty { break }
                    pending.append(chunk)
                    while let newline = pending.firstIndex(of: 0x0A) {
                        let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                        pending.removeSubrange(pending.startIndex...newline)
                        self.lock.lock()
                        self.collected.append(line)
                        self.lock.unlock()
                    }
                }
            }.start()
        }

        var lines: [String] {
            lock.lock()
            defer { lock.unlock() }
            return collected
        }

        /// Waits up to `seconds` for a line containing `text`.
        func line(containing text: String, seconds: Double = 60) -> String? {
            let end = Date().addingTimeInterval(seconds)
            while Date() < end {
                if let line = lines.first(where: { $0.contains(text) }) { return line }
                usleep(20_000)
            }
            return nil
        }

        /// SIGTERM, then the seconds until the process exited (nil: it did not within `limit`). Sent a moment after
        /// the URLs were printed: the service group installs its signal handler as it starts the server.
        func terminate(limit: Double = 10) -> Double? {
            usleep(300_000)
            let start = Date()
            kill(process.processIdentifier, SIGTERM)
            while process.isRunning {
                if Date().timeIntervalSince(start) > limit {
                    kill(process.processIdentifier, SIGKILL)
                    return nil
                }
                usleep(20_000)
            }
            return Date().timeIntervalSince(start)
        }
    }

    static func get(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func servePrintsTheURLsServesTheRoomAndStopsOnSIGTERM() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("noaber-serve-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("noaber.sqlite").path
        let script = directory.appendingPathComponent("zaal.script")
        try "join Anna\nopen casus\n".write(to: script, atomically: true, encoding: .utf8)
        let first = try Server(
            [
                "serve", "grasveldje", "--store", store, "--port", "0", "--session-id", "zaal-1", "--script",
                script.path,
                "--clock", "2026-11-25T19:30",
            ],
            input: "")
        let participants = try #require(first.line(containing: "deelnemers:"))
        #expect(first.line(containing: "gespreksleider: http://127.0.0.1:") != nil)
        #expect(first.line(containing: "telefoons in de zaal kunnen er niet bij") != nil)
        #expect(first.line(containing: "ok p1 Anna") != nil)
        let url = try #require(participants.split(separator: " ").first { $0.hasPrefix("http://") })
        let (status, body) = try await Self.get(String(url))
        #expect(status == 200)
        #expect(body.contains("<h1>Aanmelden</h1>"))
        let seconds = try #require(first.terminate())
        #expect(seconds < 5)
        #expect(first.process.terminationStatus == 0)
        #expect(first.line(containing: "ok zaal gesloten; sessie zaal-1 is bewaard", seconds: 2) != nil)

        let second = try Server(["serve", "--session", "zaal-1", "--store", store, "--port", "0"], input: "status\n")
        #expect(second.line(containing: "deelnemers:") != nil)
        #expect(second.line(containing: "deelnemers: 1 aanwezig") != nil)
        #expect(second.line(containing: "open stap: casus") != nil)
        #expect(second.terminate() != nil)
        #expect(second.process.terminationStatus == 0)
    }

    @Test func serveNeedsAScenarioOrASessionNotBoth() throws {
        let result = try NoaberProcess.run(["serve"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("geef een scenario (nieuwe sessie) of --session ID (verder gaan)"))
    }
}
