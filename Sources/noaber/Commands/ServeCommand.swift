import ArgumentParser
import Foundation
import NoaberConsole
import NoaberCore
import NoaberRoom
import NoaberSession
import NoaberStore

/// `noaber serve SCENARIO` / `noaber serve --session ID`: the room on the local network, with the console on the
/// terminal in the same process (hybrid: the griffier can still type for someone without a phone).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open de zaal: deelnemers doen mee met hun telefoon, de console blijft open.")

    @Argument(help: "Het scenario van een nieuwe sessie: een id of een pad naar een scenariobestand.")
    var scenario: String?

    @Option(name: .customLong("session"), help: "Ga verder met deze sessie (zie 'noaber sessions').")
    var session: String?

    @Option(help: "Adres om op te luisteren; 0.0.0.0 voor het netwerk van de zaal.")
    var host = "127.0.0.1"

    @Option(help: "Poort om op te luisteren (0: een vrije poort).")
    var port = 8080

    @OptionGroup var options: ConsoleSessionOptions

    @OptionGroup var newSession: NewSessionOptions

    func validate() throws {
        if (scenario == nil) == (session == nil) {
            throw ValidationError("geef een scenario (nieuwe sessie) of --session ID (verder gaan), niet allebei")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port moet tussen 0 en 65535 liggen") }
    }

    func run() async throws {
        let language = options.language
        try await ConsoleFailure.reporting(in: language) {
            let lines = try options.scriptLines(language: language)
            let store = try options.store.open()
            let (clock, simulated) = try options.makeClock(language: language)
            let runner =
                if let session {
                    try await options.resume(session, store: store, clock: clock, simulated: simulated)
                } else {
                    try await newSession.start(
                        try ScenarioReference.load(scenario ?? "", language: language), store: store, clock: clock)
                }
            let status = try await serve(runner, storePath: options.store.path, lines: lines, simulated: simulated)
            if status != 0 { throw ExitCode(status) }
        }
    }

    private func serve(
        _ runner: SessionRunner, storePath: String, lines: [String]?, simulated: SimulatedClock?
    ) async throws -> Int32 {
        let language = options.language
        let id = runner.sessionID
        let room = try Room(runner: runner, keysPath: ServeAnnouncement.keysPath(store: storePath, session: id))
        let console = Console(runner: runner, simulatedClock: simulated, language: language, output: .terminal)
        let announcement = ServeAnnouncement(
            host: host, sessionID: id, joinCode: await room.joinCode, secret: await room.facilitatorSecret)
        let status = ConsoleStatus()
        let output = console.output
        let (script, keepGoing) = (options.script, options.keepGoing)
        let consoleTask = Task {
            // A console of its own: the one below writes the exports after the room closed.
            let typing = Console(runner: runner, simulatedClock: simulated, language: language, output: output)
            await status.set(await ServeConsole.run(typing, lines: lines, script: script, keepGoing: keepGoing))
        }
        try await RoomServer.run(
            room: room, settings: RoomServerSettings(host: host, port: port),
            announce: { port in
                for line in announcement.lines(port: port) { output.standardOutput(line) }
            },
            ended: {
                output.standardOutput(
                    "  de sessie is beëindigd; de zaal blijft 15 minuten open voor de persoonlijke verslagen"
                        + " (Ctrl-C sluit nu)")
            })
        consoleTask.cancel()
        // Waits for the write in flight, releases the writer lock; the journal has everything acknowledged.
        await runner.close()
        let ended = await runner.state.isEnded
        if ended && !options.noExport { try await console.exportIfEnded(to: options.exportTo) }
        // The tokens and the secret live as long as the session.
        if ended, let path = room.keysPath { try? FileManager.default.removeItem(atPath: path) }
        console.output.standardOutput(
            language == .nl ? "ok zaal gesloten; sessie \(id) is bewaard" : "ok room closed; session \(id) is kept")
        return await status.value
    }
}

/// The exit status of the console lines (1 when one was refused), set when the console is done.
actor ConsoleStatus {
    private(set) var value: Int32 = 0
    func set(_ status: Int32) { value = status }
}
