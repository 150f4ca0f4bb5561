import ArgumentParser
import NoaberCore
import NoaberFormats

/// `noaber show SCENARIO`: the agenda with planned clock times.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Toon de agenda van een scenario met geplande kloktijden."
    )

    @Argument(help: "Het scenario: een id (uit ./Scenarios of ingebouwd) of een pad naar een bestand.")
    var scenario: String

    @Option(name: .long, help: "Begintijd, UU:MM.")
    var start: String = "19:30"

    @Option(name: .long, help: "Map met scenario's (standaard ./Scenarios, als die bestaat).")
    var dir: String = ScenarioCatalog.defaultDirectory

    @Option(name: .long, help: "Taal van de uitvoer: nl of en.")
    var lang: Language = .nl

    func run() throws {
        try ScenarioCommands.show(scenario, start: start, directory: dir, language: lang).emit()
    }
}
