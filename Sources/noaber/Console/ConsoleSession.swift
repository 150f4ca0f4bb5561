import ArgumentParser
import Foundation
import NoaberCore
import NoaberStore

/// What `run` and `resume` share: the clock, the line source and the console loop.
struct ConsoleSessionOptions: ParsableArguments {
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

    /// After the console: a session closed with `end` gets its exports (group report, personal reports, data,
    /// session XML), as `noaber export` would write them; `--no-export` skips this.
    func exportIfEnded(_ runner: SessionRunner, store: SessionStore, language: Language) async throws {
        let state = await runner.state
        guard !noExport, state.isEnded, let id = state.settings?.sessionID else { return }
        let folder = exportTo ?? "Exports/\(id)"
        let directory = URL(fileURLWithPath: folder, isDirectory: true)
        let result = try SessionExport.write(
            try store.events(of: id), to: directory, formats: SessionExport.defaultFormats, personal: true,
            language: language)
        ConsoleOutput.terminal.standardOutput(
            language == .nl
                ? "ok export \(folder) (\(result.files.count) bestanden)"
                : "ok export \(folder) (\(result.files.count) files)")
        for warning in result.warnings {
            FileHandle.standardError.write(Data((warning + "\n").utf8))
        }
    }

    func makeClock(language: Language) throws -> (SessionClock, SimulatedClock?) {
        guard let clock else { return (SystemClock.sessionClock, nil) }
        let start: Timestamp
        do {
            start = try ClockArgument.timestamp(from: clock)
        } catch {
            throw ConsoleFailure(error, language: language)
        }
        let simulated = SimulatedClock(start: start)
        return (simulated.sessionClock, simulated)
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

    /// Runs the console over the script's lines (from `scriptLines`) or standard input; returns the exit status.
    func drive(
        _ runner: SessionRunner, scriptLines lines: [String]?, simulatedClock: SimulatedClock?, language: Language
    ) async -> Int32 {
        let console = Console(
            runner: runner, simulatedClock: simulatedClock, language: language, output: .terminal)
        if let lines, let script {
            return await console.run(lines: lines.map { .success($0) }, scriptName: script, keepGoing: keepGoing)
        }
        let interactive = isatty(STDIN_FILENO) != 0
        if interactive {
            console.output.standardOutput(
                language == .nl
                    ? "  typ 'help' voor de opdrachten; Ctrl-D stopt (de sessie blijft bewaard, 'noaber resume' gaat verder)"
                    : "  type 'help' for the commands; Ctrl-D stops (the session is kept, 'noaber resume' continues)")
        }
        let lines = StandardInputLines(prompt: interactive ? "noaber> " : nil)
        return await console.run(lines: lines, scriptName: nil, keepGoing: true)
    }
}
