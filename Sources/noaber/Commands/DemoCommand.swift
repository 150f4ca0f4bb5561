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
/// `Exports/voorbeeld/<session-id>/`. `--scenario ID` (repeatable) plays those scenarios instead, by default into
/// `Exports/demo/<session-id>/`.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Speel voorbeeldsessies (grasveldje, democratische waarden, zelfanalyse) met gesimuleerde deelnemers."
    )

    @Option(help: "Startwaarde van de toevalsgenerator; dezelfde waarde geeft dezelfde sessies.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Bewaar de sessies in dit opslagbestand (standaard een tijdelijk bestand).")
    var store: String?

    @Option(
        name: .customLong("scenario"),
        help: "Speel dit scenario (id of pad; herhaalbaar) in plaats van de drie voorbeelden.")
    var scenarioNames: [String] = []

    @Option(
        help: ArgumentHelp(
            "De map voor de exports; per sessie een map <sessie-id> (standaard Exports/voorbeeld, met --scenario "
                + "Exports/demo)."))
    var to: String?

    /// Where the exports go: `--to`, or the folder of the committed example, or with `--scenario` one beside it.
    var folder: String { to ?? (scenarioNames.isEmpty ? "Exports/voorbeeld" : "Exports/demo") }

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
            let scenarios =
                scenarioNames.isEmpty
                ? try DemoSimulation.scenarios()
                : try scenarioNames.map { try ScenarioReference.load($0, language: language) }
            let ids = try await DemoSimulation.run(scenarios: scenarios, seed: seed, store: journal)
            let to = folder
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
