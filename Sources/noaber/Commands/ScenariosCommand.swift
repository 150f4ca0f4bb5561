import ArgumentParser
import Foundation
import NoaberCore
import NoaberFormats

/// `noaber scenarios`: the scenarios in `./Scenarios` (or `--dir`) and the embedded ones.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "Toon de beschikbare scenario's: id, titel, doelgroep, duur en stappen."
    )

    @Option(name: .long, help: "Map met scenario's (standaard ./Scenarios, als die bestaat).")
    var dir: String = ScenarioCatalog.defaultDirectory

    @Option(name: .long, help: "Taal van de uitvoer: nl of en.")
    var lang: Language = .nl

    func run() throws {
        try ScenarioCommands.scenarios(directory: dir, language: lang).emit()
    }
}

extension CommandOutput {
    /// Prints stdout and stderr lines and ends with the exit code (0 returns normally).
    func emit() throws {
        for line in stdout { print(line) }
        for line in stderr { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }
}
