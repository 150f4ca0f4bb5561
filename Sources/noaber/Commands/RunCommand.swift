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

    @Option(name: .customLong("session-id"), help: "Id van de sessie (standaard: scenario, datum en tijd).")
    var sessionID: String?

    @Option(help: "Waar de sessie plaatsvindt, bijvoorbeeld \"Raadzaal, Hellendoorn\".")
    var place: String = ""

    @Option(help: "Naam van de griffier of trainer.")
    var facilitator: String = ""

    @Flag(help: "Verslagen tonen alleen schuilnamen.")
    var pseudonymous = false

    func run() async throws {
        let language = options.language
        try await options.runConsole(
            preparing: { try ScenarioReference.load(scenario, language: language) },
            opening: { scenario, store, clock, _ in
                let id = try sessionID ?? store.freeSessionID(scenarioID: scenario.id, start: clock.now)
                let settings = SessionSettings(
                    sessionID: id, scenario: scenario, place: place, facilitatorName: facilitator,
                    pseudonymous: pseudonymous)
                let runner = try await SessionRunner.start(settings, store: store, clock: clock)
                ConsoleOutput.terminal.standardOutput("ok \(language == .nl ? "sessie" : "session") \(id)")
                return (runner, exportAfterEnd: true)
            })
    }
}
