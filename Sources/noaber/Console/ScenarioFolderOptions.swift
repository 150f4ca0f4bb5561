import ArgumentParser
import NoaberCore
import NoaberFormats

/// `--dir` and `--lang` of the commands that make a file from a scenario (`new`, `forms`).
struct ScenarioFolderOptions: ParsableArguments {
    @Option(name: .long, help: "Map met scenario's (standaard ./Scenarios, als die bestaat).")
    var dir: String = ScenarioCatalog.defaultDirectory

    @Option(name: .long, help: "Taal van de meldingen: nl of en.")
    var lang: Language = .nl
}
