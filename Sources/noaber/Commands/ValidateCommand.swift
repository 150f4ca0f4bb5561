import ArgumentParser
import NoaberCore
import NoaberFormats

/// `noaber validate FILE…`: exit 0 when every file is a valid scenario, 1 otherwise; problems on stderr.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Controleer scenariobestanden tegen het schema en op samenhang."
    )

    @Argument(help: "Een of meer scenariobestanden.")
    var files: [String]

    @Option(name: .long, help: "Taal van de meldingen: nl of en.")
    var lang: Language = .nl

    func run() throws {
        try ScenarioCommands.validate(files, language: lang).emit()
    }
}
