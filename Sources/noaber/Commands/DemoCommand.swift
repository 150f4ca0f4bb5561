import ArgumentParser
import Foundation
import NoaberConsole
import NoaberCore
import NoaberDemo
import NoaberFormats
import NoaberSession
import NoaberStore

/// `noaber demo`: complete example sessions with simulated participants, through the same engine and store as a
/// real session, a summary of each, and their exports (reports, personal reports, data, session XML) in
/// `Exports/voorbeeld/<session-id>/`.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Speel voorbeeldsessies (grasveldje, democratische waarden, zelfanalyse) met gesimuleerde deelnemers."
    )

    @Option(help: "Startwaarde van de toevalsgenerator; dezelfde waarde geeft dezelfde sessies.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Bewaar de sessies in dit opslagbestand (standaard een tijdelijk bestand).")
    var store: String?

    @Option(help: "De map voor de exports; per sessie een map <sessie-id> (standaard Exports/voorbeeld).")
    var to: String = "Exports/voorbeeld"

    @Option(name: .long, help: "Taal van meldingen: nl of en.")
    var lang: Language = .nl

    func run() async throws {
        let language = lang
        let output = ConsoleOutput.terminal
        let temporary =
            store == nil
            ? FileManager.default.temporaryDirectory.appendingPathComponent("noaber-demo-\(UUID().uuidString)") : nil
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        try await ConsoleFailure.reporting(in: language) {
            let path = store ?? temporary?.appendingPathComponent("noaber.sqlite").path ?? SessionStore.defaultPath()
            let journal = try SessionStore(path: path)
            let ids = try await DemoSimulation.run(scenarios: DemoSimulation.scenarios(), seed: seed, store: journal)
            for id in ids {
                for line in try await Self.summary(of: id, store: journal, language: language) {
                    output.standardOutput(line)
                }
                let directory = URL(fileURLWithPath: to, isDirectory: true).appendingPathComponent(
                    id, isDirectory: true)
                let result = try SessionExport.write(
                    try journal.events(of: id), to: directory, formats: SessionExport.defaultFormats, personal: true,
                    language: language)
                for warning in result.warnings { output.standardError(warning) }
                // The folder as the user named it (relative stays relative), so the output is the same everywhere.
                let shown = (to.hasSuffix("/") ? String(to.dropLast()) : to) + "/" + id
                output.standardOutput("ok \(shown): \(result.files.count) " + (language == .nl ? "bestanden" : "files"))
            }
        }
    }

    /// The same step summaries and time report the console prints, for a finished session.
    static func summary(of id: SessionID, store: SessionStore, language: Language) async throws -> [String] {
        let runner = try await SessionRunner.resume(id, store: store, clock: SystemClock())
        let state = await runner.state
        guard let scenario = state.scenario else { return [] }
        let console = Console(runner: runner, simulatedClock: nil, language: language, output: .terminal)
        let end = state.lastTime ?? Timestamp(millisecondsSince1970: 0)
        var lines = [
            "ok " + console.word("sessie", "session") + " \(id): \(scenario.title) — "
                + "\(state.participants.count) " + console.word("deelnemers", "participants") + ", "
                + "\(state.inputs.count) " + console.word("inbreng", "inputs")
        ]
        for step in scenario.steps {
            let summary = console.stepSummary(step.id, in: state)
            guard !summary.isEmpty else { continue }
            lines.append("  \(step.id) — \(step.title)")
            lines += summary.map { "  " + $0 }
        }
        lines += console.timeReport(in: state, at: end)
        await runner.close()
        return lines
    }
}
