import ArgumentParser
import Foundation
import NoaberCore
import NoaberFormats
import NoaberStore

/// `noaber import FILE`: reads a session XML file (`sessie.xml`) back into the store.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Lees een sessiebestand (sessie.xml) in het journaal in.",
        discussion: """
            Het bestand wordt gecontroleerd tegen het sessieschema (Exports/session.rng), daarna worden alle \
            gebeurtenissen opnieuw afgespeeld en de resultaten opnieuw berekend; wat niet klopt, wordt geweigerd \
            met BESTAND:REGEL:KOLOM. Een sessie-id dat al in het journaal staat, wordt geweigerd; kies dan met \
            --as een nieuw id. Geweigerde invoer stopt met afsluitcode 2.
            """
    )

    @Argument(help: "Het sessiebestand (sessie.xml).")
    var file: String

    @Option(help: "Het journaal (standaard $XDG_DATA_HOME/noaber/noaber.sqlite).")
    var store: String?

    @Option(name: .customLong("as"), help: "Sla de sessie op onder dit id in plaats van het id in het bestand.")
    var sessionID: String?

    @Option(help: "Taal van de uitvoer: nl of en.")
    var lang: Language = .nl

    func run() throws {
        let language = lang
        do {
            let read = try SessionXMLReader.load(contentsOf: file)
            for note in read.notes {
                FileHandle.standardError.write(Data((note.rendered(in: language) + "\n").utf8))
            }
            var events = read.events
            if let sessionID {
                events = try Self.renamed(events, to: sessionID)
            }
            let journal = try SessionStore(path: store ?? SessionStore.defaultPath())
            let id = try journal.importSession(events: events)
            switch language {
            case .nl: print("ok sessie \(id) (\(events.count) gebeurtenissen)")
            case .en: print("ok session \(id) (\(events.count) events)")
            }
        } catch let error as any UserFacingError {
            // Errors of the store and the engine carry no place; the file is what the user has to look at.
            let unplaced = error is StoreError || error is SessionError
            var text = (unplaced ? "\(file): " : "") + error.rendered(in: language) + "\n"
            if case .sessionExists? = error as? StoreError {
                text +=
                    language == .nl
                    ? "tip: lees het bestand onder een ander id in met --as NIEUW-ID\n"
                    : "hint: import the file under another id with --as NEW-ID\n"
            }
            FileHandle.standardError.write(Data(text.utf8))
            throw ExitCode(2)
        }
    }

    /// The events under another session id, checked again by the engine (the id must be usable).
    static func renamed(_ events: [SessionEvent], to id: SessionID) throws(SessionError) -> [SessionEvent] {
        var events = events
        if case .sessionStarted(var settings)? = events.first?.payload {
            settings.sessionID = id
            events[0].payload = .sessionStarted(settings)
        }
        _ = try SessionState.replay(events)
        return events
    }
}
