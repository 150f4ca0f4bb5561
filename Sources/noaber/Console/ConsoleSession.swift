import ArgumentParser
import Foundation
import NoaberConsole
import NoaberCore
import NoaberSession
import NoaberStore

/// What `run` and `resume` share: their options (the store's among them), the clock, the line source and the
/// console loop.
struct ConsoleSessionOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Lees de opdrachten uit dit bestand (één per regel, # voor commentaar).")
    var script: String?

    @Flag(name: .long, help: "Ga in een script door na een geweigerde regel.")
    var keepGoing = false

    @Option(
        name: .long,
        help: "Gesimuleerde klok vanaf dit tijdstip (ISO 8601); de tijd loopt dan alleen met 'wait'.")
    var clock: String?

    @Option(
        name: .customLong("export-to"),
        help: "Map voor de exports wanneer de sessie met 'end' is afgesloten (standaard Exports/<sessie-id>).")
    var exportTo: String?

    @Flag(name: .customLong("no-export"), help: "Schrijf geen exports, ook niet als de sessie is afgesloten.")
    var noExport = false

    var language: Language { store.language }

    /// The whole of `run` and `resume` around their own part. `prepare` checks what the command was given (before
    /// any file is touched); the script's lines are read next (a wrong path is refused before anything is stored),
    /// then the store is opened and the clock made; `open` starts or resumes the runner and says whether a session
    /// that ends gets its exports; the console drives it, and the command exits with the status of its lines.
    /// Errors print as `fout: …`.
    func runConsole<Prepared>(
        preparing prepare: () throws -> Prepared,
        opening open: (Prepared, SessionStore, any SessionClock, SimulatedClock?) async throws -> (
            SessionRunner, exportAfterEnd: Bool
        )
    ) async throws {
        try await ConsoleFailure.reporting(in: language) {
            let prepared = try prepare()
            let lines = try scriptLines(language: language)
            let store = try self.store.open()
            let (clock, simulated) = try makeClock(language: language)
            let (runner, exportAfterEnd) = try await open(prepared, store, clock, simulated)
            let status = try await drive(
                runner, scriptLines: lines, simulatedClock: simulated, language: language,
                exportAfterEnd: exportAfterEnd)
            if status != 0 { throw ExitCode(status) }
        }
    }

    func makeClock(language: Language) throws -> (any SessionClock, SimulatedClock?) {
        guard let clock else { return (SystemClock(), nil) }
        let start: Timestamp
        do {
            start = try ClockArgument.timestamp(from: clock)
        } catch {
            throw ConsoleFailure(error, language: language)
        }
        let simulated = SimulatedClock(start: start)
        return (simulated, simulated)
    }

    /// The script's lines, or nil without --script. Read before the session starts or resumes, so that a wrong
    /// path is refused before anything is stored (it used to leave an empty session behind).
    func scriptLines(language: Language) throws -> [String]? {
        guard let script else { return nil }
        guard let data = FileManager.default.contents(atPath: script) else {
            throw ConsoleFailure(ConsoleError.unreadableScript(script), language: language)
        }
        do {
            return try ConsoleLines.script(data, path: script)
        } catch {
            throw ConsoleFailure(error.error, language: language, location: error.location)
        }
    }

    /// Runs the console over the script's lines (from `scriptLines`) or standard input, then writes the exports of
    /// a session ended with `end` (unless `--no-export`) and closes the runner; returns the exit status of the lines.
    ///
    /// A session ended with `end` gets its exports even when an earlier line was refused (a typo in the room, or
    /// --keep-going); the exit status still reports the refusal. `exportAfterEnd` is false for a session that had
    /// already ended before it was resumed: it keeps the exports it got then (`noaber export` writes them anew).
    func drive(
        _ runner: SessionRunner, scriptLines lines: [String]?, simulatedClock: SimulatedClock?, language: Language,
        exportAfterEnd: Bool = true
    ) async throws -> Int32 {
        let console = Console(
            runner: runner, simulatedClock: simulatedClock, language: language, output: .terminal)
        let status: Int32
        if let lines, let script {
            status = await console.run(lines: lines, scriptName: script, keepGoing: keepGoing)
        } else {
            let interactive = isatty(STDIN_FILENO) != 0
            if interactive {
                console.output.standardOutput(
                    language == .nl
                        ? "  typ 'help' voor de opdrachten; Ctrl-D stopt (de sessie blijft bewaard, 'noaber resume' gaat verder)"
                        : "  type 'help' for the commands; Ctrl-D stops (the session is kept, 'noaber resume' continues)"
                )
            }
            if interactive && isatty(STDOUT_FILENO) != 0 {
                status = await console.run(
                    reading: EditedConsoleLines(runner: runner).next, scriptName: nil, keepGoing: true)
            } else {
                let lines = StandardInputLines(prompt: interactive ? "noaber> " : nil)
                status = await console.run(lines: lines, scriptName: nil, keepGoing: true)
            }
        }
        if exportAfterEnd && !noExport { try await console.exportIfEnded(to: exportTo) }
        // Releases the session's writer lock (and removes its lock file); a crash releases it too.
        await runner.close()
        return status
    }
}
