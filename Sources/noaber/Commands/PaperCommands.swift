import ArgumentParser
import Foundation
import NoaberCore
import NoaberFormats
import NoaberODF

/// Writes the printable paper of a scenario: the draaiboek (`show --format odt`) or the participants' forms
/// (`forms`), as `.odt` in the current folder unless `--to` names the file.
enum PaperCommand {
    enum Kind { case draaiboek, forms }

    static func write(
        _ kind: Kind, scenario name: String, start: String, directory: String?, to path: String?, language: Language
    ) throws {
        let scenario: Scenario
        do {
            scenario = try ScenarioCatalog.resolve(name, directory: directory).scenario
        } catch {
            ConsoleFailure(text: error.renderedLines(in: language).joined(separator: "\n")).exit()
        }
        do {
            let now = Timestamp(millisecondsSince1970: Int64(Date().timeIntervalSince1970 * 1000))
            let document: TextDocument
            let file: String
            switch kind {
            case .draaiboek:
                let clock = try ClockTime(parsing: start)
                document = Draaiboek.document(
                    scenario, startMinute: clock.minutes,
                    metadata: PaperFile.metadata(scenario, title: "Draaiboek", now: now))
                file = path ?? "draaiboek-\(scenario.id).odt"
            case .forms:
                document = ParticipantForms.document(
                    scenario, metadata: PaperFile.metadata(scenario, title: "Invulformulieren", now: now))
                file = path ?? "formulieren-\(scenario.id).odt"
            }
            try PaperFile.write(document, to: file)
            print("ok \(file)")
        } catch {
            ConsoleFailure(error, language: language).exit()
        }
    }
}

/// `noaber forms SCENARIO`: the participants' paper forms.
struct FormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms",
        abstract: "Schrijf de invulformulieren voor de deelnemers (ODT).",
        discussion: """
            Eén onderdeel per stap met inbreng, in de volgorde van de agenda, met de codes die de begeleider \
            daarna aan de console typt; elke pagina heeft een vak voor het deelnemersnummer en de naam. \
            Standaard formulieren-<id>.odt in de huidige map.
            """
    )

    @Argument(help: "Het scenario: een id (uit ./Scenarios of ingebouwd) of een pad naar een bestand.")
    var scenario: String

    @Option(help: "Het bestand (standaard formulieren-<id>.odt).")
    var to: String?

    @OptionGroup var folder: ScenarioFolderOptions

    func run() throws {
        try PaperCommand.write(
            .forms, scenario: scenario, start: "0:00", directory: folder.dir, to: to, language: folder.lang)
    }
}
