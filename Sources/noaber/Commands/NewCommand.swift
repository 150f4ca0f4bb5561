import ArgumentParser
import NoaberCore
import NoaberFormats

/// `noaber new ID --from SCENARIO`: copy a scenario under a new id, as the start of one's own.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Maak een nieuw scenario als kopie van een bestaand, met een nieuw id.",
        discussion: """
            Schrijft ./Scenarios/ID.xml (of ID.xml als er geen map Scenarios is) als kopie van het scenario na \
            --from, met alleen het id veranderd. Pas het daarna aan en controleer het met noaber validate.
            """
    )

    @Argument(help: "Het id van het nieuwe scenario (kleine letters, cijfers en streepjes).")
    var id: String

    @Option(name: .long, help: "Het scenario om te kopiëren: een id (uit ./Scenarios of ingebouwd) of een pad.")
    var from: String

    @Option(name: .long, help: "Het bestand om te schrijven (standaard Scenarios/ID.xml).")
    var to: String?

    @OptionGroup var folder: ScenarioFolderOptions

    func run() throws {
        try ScenarioCopy.copy(id: id, from: from, to: to, directory: folder.dir, language: folder.lang).emit()
    }
}
