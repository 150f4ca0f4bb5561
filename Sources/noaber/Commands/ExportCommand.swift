import ArgumentParser
import Foundation
import NoaberConsole
import NoaberCore
import NoaberStore

/// `noaber export SESSION`: the group report, personal reports, raw data and session XML of a stored session.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Schrijf het verslag, de persoonlijke verslagen, de gegevens en de sessie-XML van een sessie.",
        discussion: """
            Standaard in Exports/<sessie-id>/: verslag.odt, verslag.fodt, gegevens.ods en sessie.xml; met \
            --personal ook persoonlijk/<naam>.odt per deelnemer. pdf vraagt LibreOffice (soffice); zonder \
            LibreOffice volgt een melding en worden de andere formaten toch geschreven.
            """
    )

    @Argument(help: "Het id van de sessie (zie noaber sessions).")
    var session: String

    @Option(help: "De map voor de bestanden (standaard Exports/<sessie-id>).")
    var to: String?

    @Option(help: "Formaten, door komma's gescheiden: odt, ods, fodt, xml, pdf (standaard odt,ods,fodt,xml).")
    var format: String = "odt,ods,fodt,xml"

    @Flag(help: "Schrijf ook een persoonlijk verslag per deelnemer.")
    var personal = false

    @Flag(help: "Zet de status van de verslagen op definitief (anders: concept, tenzij de sessie 'definitief' kreeg).")
    var definitief = false

    @Option(help: "Het journaal (standaard $XDG_DATA_HOME/noaber/noaber.sqlite).")
    var store: String?

    @Option(help: "Taal van de meldingen: nl of en.")
    var lang: Language = .nl

    func validate() throws {
        guard SessionExport.parseFormats(format) != nil else {
            throw ValidationError("onbekend formaat in --format \"\(format)\"; kies uit odt, ods, fodt, xml, pdf")
        }
    }

    func run() throws {
        let language = lang
        let formats = SessionExport.parseFormats(format) ?? SessionExport.defaultFormats
        do {
            let journal = try SessionStore.reading(store ?? SessionStore.defaultPath())
            let events = try journal.events(of: session)
            let directory = URL(fileURLWithPath: to ?? "Exports/\(session)", isDirectory: true)
            let result = try SessionExport.write(
                events, to: directory, formats: formats, personal: personal, language: language,
                final: definitief)
            for file in result.files {
                print("ok \(file.path)")
            }
            for warning in result.warnings {
                FileHandle.standardError.write(Data((warning + "\n").utf8))
            }
        } catch let error as any UserFacingError {
            FileHandle.standardError.write(Data((error.rendered(in: language) + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
