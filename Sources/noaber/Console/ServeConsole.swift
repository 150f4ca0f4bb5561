import Foundation
import NoaberConsole
import NoaberCore
import NoaberRoom

/// The console beside the room: a script's lines, or standard input read on a thread of its own (a blocking read
/// must not hold one of the few threads the server's tasks run on). When the lines end the room stays open.
enum ServeConsole {
    static func run(_ console: Console, lines: [String]?, script: String?, keepGoing: Bool) async -> Int32 {
        let status: Int32
        if let lines, let script {
            status = await console.run(lines: lines, scriptName: script, keepGoing: keepGoing)
        } else {
            let interactive = isatty(STDIN_FILENO) != 0
            var failed = false
            var number = 0
            for await line in standardInput(prompt: interactive ? "noaber> " : nil) {
                number += 1
                do throws(ConsoleLineError) {
                    let text: String
                    switch line {
                    case .success(let read): text = read
                    case .failure(let unreadable): throw .notUnderstood(unreadable)
                    }
                    for printed in try await console.execute(line: text) { console.output.standardOutput(printed) }
                } catch {
                    console.output.standardError(console.render(error, scriptName: nil, line: number))
                    failed = true
                }
            }
            status = failed ? 1 : 0
        }
        guard !Task.isCancelled else { return status }
        console.output.standardOutput(
            console.word(
                "  de console is gesloten; de zaal blijft open tot 'end' op de leiderspagina of SIGTERM (Ctrl-C)",
                "  the console is closed; the room stays open until 'end' on the facilitator page or SIGTERM (Ctrl-C)"
            ))
        return status
    }

    /// Standard input's lines, read on a dedicated thread.
    private static func standardInput(prompt: String?) -> AsyncStream<Result<String, ConsoleError>> {
        let (stream, continuation) = AsyncStream.makeStream(of: Result<String, ConsoleError>.self)
        let thread = Thread {
            var lines = StandardInputLines(prompt: prompt)
            while let line = lines.next() { continuation.yield(line) }
            continuation.finish()
        }
        thread.start()
        return stream
    }
}

/// What `serve` prints when the room listens: the participants' and the facilitator's URLs.
struct ServeAnnouncement: Sendable {
    let host: String
    let sessionID: SessionID
    let joinCode: String
    let secret: String

    /// The room's key file beside the store: `<store>.zaal-<session>.json`.
    static func keysPath(store: String, session: SessionID) -> String { "\(store).zaal-\(session).json" }

    func lines(port: Int) -> [String] {
        var lines = ["ok zaal open voor sessie \(sessionID)"]
        let shown: String
        if host == "0.0.0.0" || host == "::" {
            let addresses = RoomServer.networkAddresses()
            shown = addresses.first ?? "127.0.0.1"
            if addresses.isEmpty {
                lines.append(
                    "  let op: deze computer heeft geen netwerkadres buiten zichzelf; telefoons kunnen er niet bij")
            } else if addresses.count > 1 {
                lines.append("  netwerkadressen van deze computer: " + addresses.joined(separator: ", "))
            }
        } else {
            shown = host
        }
        let base = "http://\(shown.contains(":") ? "[\(shown)]" : shown):\(port)"
        lines.append("  deelnemers:     \(base)/?code=\(joinCode)   (code \(joinCode))")
        lines.append("  gespreksleider: \(base)/leiding/\(secret)")
        if RoomServer.isLoopback(host) {
            lines.append(
                "  let op: alleen bereikbaar op deze computer (\(host)); telefoons in de zaal kunnen er niet bij."
                    + " Gebruik --host 0.0.0.0 voor het netwerk van de zaal.")
        }
        return lines
    }
}
