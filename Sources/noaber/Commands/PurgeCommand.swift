import ArgumentParser
import Foundation
import NoaberConsole
import NoaberCore
import NoaberSession
import NoaberStore

/// `noaber purge ID`: deletes a session and everything its participants put in (AVG, the right to be forgotten).
struct PurgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge", abstract: "Verwijder een sessie en al haar inbreng definitief (AVG).")

    @Argument(help: "Id van de sessie.")
    var sessionID: String

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Niet om bevestiging vragen.")
    var yes = false

    func run() async throws {
        let language = storeOptions.language
        let output = ConsoleOutput.terminal
        try await ConsoleFailure.reporting(in: language) {
            let store = try storeOptions.open()
            let summary = try store.summary(of: sessionID)
            // One writer per session: a session that a live `run`/`resume` holds is not purged under its feet.
            let lock = try SessionWriterLock.acquire(sessionID, store: store)
            defer { lock.release() }
            // Without --yes the answer is always asked, also when standard input is a pipe or a file: a purge
            // cannot be undone, so only an explicit yes deletes (`echo nee | noaber purge ID` deletes nothing).
            // The question goes to stderr so that stdout keeps only the `ok` line.
            if !yes {
                FileHandle.standardError.write(
                    Data(
                        (language == .nl
                            ? "Sessie \(sessionID) met "
                                + ConsoleOutput.counted(summary.participants, "deelnemer", "deelnemers")
                                + " en \(summary.inputs) inbreng definitief verwijderen? [j/N] "
                            : "Delete session \(sessionID) with "
                                + ConsoleOutput.counted(summary.participants, "participant", "participants")
                                + " and \(summary.inputs) inputs for good? [y/N] ").utf8))
                let answer = (readLine() ?? "").trimmedWhitespace.lowercased()
                guard ["j", "ja", "y", "yes"].contains(answer) else {
                    output.standardOutput(language == .nl ? "niets verwijderd" : "nothing deleted")
                    throw ExitCode(1)
                }
            }
            try store.purge(sessionID)
            output.standardOutput(
                language == .nl
                    ? "ok sessie \(sessionID) verwijderd (\(summary.events) gebeurtenissen)"
                    : "ok session \(sessionID) deleted (\(summary.events) events)")
        }
    }
}
