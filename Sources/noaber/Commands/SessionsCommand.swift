import ArgumentParser
import Foundation
import NoaberConsole
import NoaberCore
import NoaberStore

/// `noaber sessions`: the sessions in the store, for a human or (`--json`) for a script.
struct SessionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions", abstract: "Toon de sessies in de opslag.")

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Uitvoer als JSON, voor scripts.")
    var json = false

    func run() async throws {
        let language = storeOptions.language
        // Reading only: a missing store is an error, never created (nor its folder).
        let summaries = try await ConsoleFailure.reporting(in: language) {
            try SessionStore.reading(storeOptions.path).sessionSummaries()
        }
        let output = ConsoleOutput.terminal
        if json {
            output.standardOutput(Self.json(summaries))
            return
        }
        guard !summaries.isEmpty else {
            output.standardOutput(
                language == .nl ? "geen sessies in \(storeOptions.path)" : "no sessions in \(storeOptions.path)")
            return
        }
        let header =
            language == .nl
            ? ["ID", "SCENARIO", "GESTART", "DEELNEMERS", "INBRENG", "STATUS"]
            : ["ID", "SCENARIO", "STARTED", "PARTICIPANTS", "INPUTS", "STATE"]
        let rows = summaries.map { summary in
            [
                summary.id, summary.scenarioID, ConsoleTime.dateTime(summary.startedAt.millisecondsSince1970),
                "\(summary.participants)", "\(summary.inputs)", summary.state.label(in: language),
            ]
        }
        for line in TerminalTable.lines([header] + rows) { output.standardOutput(line) }
    }

    struct JSONLine: Encodable {
        var id: String
        var scenario: String
        var scenarioVersion: String
        var started: String
        var place: String
        var facilitator: String
        var participants: Int
        var inputs: Int
        var events: Int
        var lastEvent: String
        var state: String
    }

    static func json(_ summaries: [SessionSummary]) -> String {
        let iso = ISO8601DateFormatter()
        func text(_ time: Timestamp) -> String {
            iso.string(from: Date(timeIntervalSince1970: Double(time.millisecondsSince1970) / 1000))
        }
        let lines = summaries.map { summary in
            JSONLine(
                id: summary.id, scenario: summary.scenarioID, scenarioVersion: summary.scenarioVersion,
                started: text(summary.startedAt), place: summary.place, facilitator: summary.facilitator,
                participants: summary.participants, inputs: summary.inputs, events: summary.events,
                lastEvent: text(summary.lastEventAt), state: summary.state.rawValue)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        return (try? encoder.encode(lines)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
