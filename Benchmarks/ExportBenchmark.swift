import Foundation
import NoaberAggregation
import NoaberCore
import NoaberDemo
import NoaberFormats
import NoaberODF

/// `noaber-bench export [PARTICIPANTS] [--ods-out FILE]`: a session with 1000 participants (the democratic values
/// ranking, the full zelfanalyse and a brainstorm) exported as group report + raw data, then as every personal
/// report. Prints wall-clock times and the memory of the export alone (`ExportMemory`). `--ods-out` keeps the
/// spreadsheet so that `Benchmarks/odfpy_spreadsheet.py` can build the same one for comparison.
enum ExportBenchmark {
    static func run(arguments: [String]) async throws {
        let count = arguments.first.flatMap(Int.init) ?? 1000
        var odsOut: String?
        if let index = arguments.firstIndex(of: "--ods-out"), index + 1 < arguments.count {
            odsOut = arguments[index + 1]
        }
        let setupStart = Date()
        let state = try session(participants: count)
        print("sessie: \(count) deelnemers, \(state.inputs.count) inbreng, opgebouwd in \(seconds(since: setupStart))")
        // The export alone, before the other runs leave freed memory behind: the peak is reset once the session is
        // built and what the process already held is taken off, so the figure is what one export (group report,
        // data, every personal report, as `noaber` writes them after `end`) adds.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("noaber-bench-export-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try ExportMemory.measure {
            _ = try SessionExporter.export(
                state, to: folder, options: ExportOptions(formats: [.odt, .ods], personal: true))
        }
        print(memory.summary(participants: count))

        var groupBytes = 0
        let groupTime = try measure(times: 3) {
            groupBytes = try GroupReport.document(for: state).odt().count + RawData.spreadsheet(for: state).ods().count
        }
        print("verslag.odt + gegevens.ods: \(groupTime) (beste van 3; doel < 0,5 s), \(groupBytes / 1024) KiB")
        let odsTime = try measure(times: 3) { _ = try RawData.spreadsheet(for: state).ods() }
        print("alleen gegevens.ods: \(odsTime) (beste van 3)")
        // The pieces, to see where the group documents' time goes: the step results (every document's context
        // computes them), building each document, and writing it.
        let results = try measure(times: 3) { _ = StepResults.byStep(in: state) }
        var report = try GroupReport.document(for: state)
        let reportBuild = try measure(times: 3) { report = try GroupReport.document(for: state) }
        let reportWrite = try measure(times: 3) { _ = try report.odt() }
        var data = try RawData.spreadsheet(for: state)
        let dataBuild = try measure(times: 3) { data = try RawData.spreadsheet(for: state) }
        let dataWrite = try measure(times: 3) { _ = try data.ods() }
        print(
            "waarvan: uitkomsten per stap \(results); verslag opbouwen \(reportBuild), schrijven \(reportWrite); "
                + "gegevens opbouwen \(dataBuild), schrijven \(dataWrite) (elk beste van 3)")
        var personalBytes = 0
        let processorBefore = ExportMemory.processorSeconds()
        let personalTime = try measure(times: 1) {
            personalBytes = try PersonalReport.documents(for: state).reduce(0) { $0 + (try $1.document.odt().count) }
        }
        // Processor time as well: on a shared machine the wall clock grows with the load, this much less.
        let processor = String(format: "%.3f s", ExportMemory.processorSeconds() - processorBefore)
        print(
            "\(count) persoonlijke verslagen: \(personalTime), processortijd \(processor) (doel < 5 s bij 1000, "
                + "< 10 s bij 5000), \(personalBytes / 1024) KiB")
        if let odsOut {
            try RawData.spreadsheet(for: state).ods().write(to: URL(fileURLWithPath: odsOut))
            print("gegevens.ods geschreven naar \(odsOut)")
        }
    }

    /// Best of `times` runs, as text.
    static func measure(times: Int, _ body: () throws -> Void) throws -> String {
        var best = Double.infinity
        for _ in 0..<times {
            let start = Date()
            try body()
            best = min(best, Date().timeIntervalSince(start))
        }
        return String(format: "%.3f s", best)
    }

    static func seconds(since start: Date) -> String { String(format: "%.2f s", Date().timeIntervalSince(start)) }

    /// The benchmark scenario: the waarden ranking, every step of the zelfanalyse and the rollen brainstorm, taken
    /// from the embedded scenarios (step ids prefixed so they stay unique).
    static func scenario() throws -> Scenario {
        let entries = try ScenarioCatalog.embedded()
        func scenario(_ id: String) -> Scenario? { entries.first { $0.scenario.id == id }?.scenario }
        guard var base = scenario("zelfanalyse"), let values = scenario("democratische-waarden"),
            let grasveldje = scenario("grasveldje")
        else { throw CocoaError(.fileNoSuchFile) }
        var steps = base.steps
        steps += values.steps.filter { $0.activity.kind == .rank }.map {
            var s = $0
            s.id = "dw-" + s.id
            return s
        }
        steps += grasveldje.steps.filter { $0.activity.kind == .brainstorm }.map {
            var s = $0
            s.id = "gv-" + s.id
            return s
        }
        base.id = "benchmark"
        base.steps = steps
        return base
    }

    /// Every participant answers every step with NoaberDemo's sample inputs, drawn from a fixed seed.
    static func session(participants count: Int) throws -> SessionState {
        let scenario = try scenario()
        var random = SeededRandom(seed: 42)
        var room = SimulatedRoom(start: Timestamp(millisecondsSince1970: 1_795_600_800_000))
        try room.run(
            .start(
                SessionSettings(
                    sessionID: "bench", scenario: scenario, place: "Raadzaal", facilitatorName: "Trainer",
                    pseudonymous: false)))
        try room.joinNumbered(count, random: &random)
        for step in scenario.steps {
            try room.run(.open(step.id))
            try room.fill(step, random: &random, after: 1)
            try room.run(.close(step.id))
        }
        try room.run(.end)
        return room.state
    }
}
