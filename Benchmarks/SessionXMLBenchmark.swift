import Foundation
import NoaberCore
import NoaberDemo
import NoaberFormats

/// Figures for session XML (`sessie.xml`): a session of N participants (default 1000) on the shipped scenarios
/// `democratische-waarden` (values ranking), `zelfanalyse` (the full questionnaire) and `grasveldje` (brainstorm,
/// role-play). Writes it, reads it back (parse, RelaxNG validation, replay, recomputed aggregates) and prints the
/// times, the file size and the peak memory. Arguments: `[participants]`.
enum SessionXMLBenchmark {
    static func run(arguments: [String]) async throws {
        let participants = arguments.first.flatMap(Int.init) ?? 1000
        let clock = ContinuousClock()
        for entry in try ScenarioCatalog.embedded()
        where ["democratische-waarden", "zelfanalyse", "grasveldje"].contains(entry.scenario.id) {
            let events = try session(entry.scenario, participants: participants)
            var bytes: [UInt8] = []
            let writeTime = try clock.measure { bytes = try SessionXMLWriter.write(events) }
            var read: [SessionEvent] = []
            let readTime = try clock.measure { read = try SessionXMLReader.read(bytes, file: "sessie.xml") }
            guard read == events else { throw BenchmarkFailure.roundTrip(entry.scenario.id) }
            print(
                "\(entry.scenario.id): \(participants) deelnemers, \(events.count) gebeurtenissen, "
                    + "\(bytes.count / 1024) KiB; schrijven \(milliseconds(writeTime)) ms, "
                    + "inlezen (schema, afspelen, aggregaten) \(milliseconds(readTime)) ms"
            )
        }
        print("piekgeheugen \(peakMemoryMiB()) MiB")
    }

    enum BenchmarkFailure: Error { case roundTrip(String) }

    /// Every participant joins and answers every step that takes input, with NoaberDemo's sample inputs.
    static func session(_ scenario: Scenario, participants: Int) throws -> [SessionEvent] {
        var random = SeededRandom(seed: 2026)
        var room = SimulatedRoom(start: Timestamp(millisecondsSince1970: 1_795_633_200_000))
        try room.run(
            .start(
                SessionSettings(
                    sessionID: "bench", scenario: scenario, place: "Raadzaal", facilitatorName: "Griffier",
                    pseudonymous: false)),
            after: 0.25)
        try room.joinNumbered(participants, group: { $0 % 3 == 0 ? "vvd" : "cda" }, random: &random, after: 0.25)
        for step in scenario.steps {
            try room.run(.open(step.id), after: 0.25)
            try room.fill(step, random: &random, after: 0.25)
            try room.run(.close(step.id), after: 0.25)
        }
        try room.run(.end, after: 0.25)
        return room.events
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    private static func peakMemoryMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }
}
