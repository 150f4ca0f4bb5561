import ArgumentParser
import NoaberConsole
import NoaberCore
import NoaberSession
import NoaberStore

/// `noaber run SCENARIO`: starts a session and opens the facilitator console on it.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Begeleid een nieuwe sessie van een scenario in de console (of vanuit een script).")

    @Argument(help: "Het scenario: een id (bijvoorbeeld grasveldje) of een pad naar een scenariobestand.")
    var scenario: String

    @OptionGroup var options: ConsoleSessionOptions

    @OptionGroup var newSession: NewSessionOptions

    func run() async throws {
        let language = options.language
        try await options.runConsole(
            preparing: { try ScenarioReference.load(scenario, language: language) },
            opening: { scenario, store, clock, _ in
                let runner = try await newSession.start(scenario, store: store, clock: clock)
                ConsoleOutput.terminal.standardOutput(
                    "ok \(language == .nl ? "sessie" : "session") \(runner.sessionID)")
                return (runner, exportAfterEnd: true)
            })
    }
}
