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

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var sessionOptions: ConsoleSessionOptions

    @OptionGroup var newSession: NewSessionOptions

    func run() async throws {
        let language = storeOptions.language
        try await ConsoleFailure.reporting(in: language) {
            let scenario = try ScenarioReference.load(scenario, language: language)
            let (lines, store, clock, simulated) = try sessionOptions.prepare(storeOptions)
            let runner = try await newSession.start(scenario, store: store, clock: clock)
            let id = runner.sessionID
            ConsoleOutput.terminal.standardOutput("ok \(language == .nl ? "sessie" : "session") \(id)")
            let status = try await sessionOptions.drive(
                runner, scriptLines: lines, simulatedClock: simulated, language: language)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
