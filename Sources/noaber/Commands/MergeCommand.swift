import ArgumentParser
import NoaberConsole
import NoaberCore
import NoaberSession
import NoaberStore

/// `noaber merge ID ID… --into NEW`: the tables of one evening (a G1000) become one session.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract:
            "Voeg sessies van hetzelfde scenario samen tot één nieuwe sessie (bijvoorbeeld de tafels van een G1000).")

    @Argument(help: "De sessies die samengaan (minstens twee).")
    var sessions: [String]

    @Option(help: "Id van de nieuwe sessie.")
    var into: String

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let language = storeOptions.language
        let output = ConsoleOutput.terminal
        try await ConsoleFailure.reporting(in: language) {
            guard sessions.count >= 2 else {
                throw ConsoleFailure(
                    ConsoleError.missingArgument(command: "merge", what: "een tweede sessie"),
                    language: language)
            }
            let store = try storeOptions.open()
            // One writer per session: a live `run`/`resume` of NEW (or another merge into it) is refused at once.
            let lock = try SessionWriterLock.acquire(into, store: store)
            defer { lock.release() }
            if try store.contains(into) { throw StoreError.sessionExists(into) }
            // A session named twice would count every input of it twice in the merged aggregate.
            var seen: Set<String> = []
            for id in sessions where !seen.insert(id).inserted {
                throw ConsoleFailure(ConsoleError.sessionNamedTwice(command: "merge", session: id), language: language)
            }
            let journals = try sessions.map { id throws in try store.events(of: id) }
            // The latest event of the sources, not the wall clock: merging the same tables twice gives the same journal.
            let latest = journals.compactMap { $0.last?.time }.max() ?? SystemClock().now
            let merged = try SessionMerger.merge(journals, into: into, at: latest)
            try store.importSession(events: merged.events)
            for conflict in merged.conflicts { output.standardError("\(language.warningWord): \(conflict)") }
            let state = try SessionState.replay(merged.events)
            output.standardOutput(
                language == .nl
                    ? "ok sessie \(into): \(sessions.count) sessies samengevoegd, \(state.participants.count) "
                        + "deelnemers, \(state.inputs.count) inbreng, \(merged.conflicts.count) conflicten"
                    : "ok session \(into): \(sessions.count) sessions merged, \(state.participants.count) "
                        + "participants, \(state.inputs.count) inputs, \(merged.conflicts.count) conflicts")
        }
    }
}
