import ArgumentParser
import NoaberCore
import NoaberFormats

/// `noaber show SCENARIO`: the agenda with planned clock times.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Toon de agenda van een scenario met geplande kloktijden, of schrijf het draaiboek (ODT).",
        discussion: """
            Met --format odt: het draaiboek om te printen (agenda met kloktijden, instructies voor de begeleider, \
            vragen aan de deelnemers, materiaal en bronnen), standaard draaiboek-<id>.odt in de huidige map.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, odt
    }

    @Argument(help: "Het scenario: een id (uit ./Scenarios of ingebouwd) of een pad naar een bestand.")
    var scenario: String

    @Option(name: .long, help: "Begintijd, UU:MM.")
    var start: String = "19:30"

    @Option(name: .long, help: "Map met scenario's (standaard ./Scenarios, als die bestaat).")
    var dir: String = ScenarioCatalog.defaultDirectory

    @Option(name: .long, help: "Taal van de uitvoer: nl of en.")
    var lang: Language = .nl

    @Option(help: "text (de agenda op het scherm) of odt (het draaiboek).")
    var format: Format = .text

    @Option(help: "Met --format odt: het bestand (standaard draaiboek-<id>.odt).")
    var to: String?

    func run() throws {
        switch format {
        case .text: try ScenarioCommands.show(scenario, start: start, directory: dir, language: lang).emit()
        case .odt:
            try PaperCommand.write(.draaiboek, scenario: scenario, start: start, directory: dir, to: to, language: lang)
        }
    }
}
