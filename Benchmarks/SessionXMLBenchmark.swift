import Foundation
import NoaberCore
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

    /// Every participant joins and answers every step that takes input; inputs vary with the participant.
    static func session(_ scenario: Scenario, participants: Int) throws -> [SessionEvent] {
        var state = SessionState()
        var events: [SessionEvent] = []
        var millis: Int64 = 1_795_633_200_000
        func run(_ command: SessionCommand) {
            millis += 250
            // Commands the engine refuses (a werkvorm this generator does not fill in well) are left out.
            if let event = try? state.execute(command, at: Timestamp(millisecondsSince1970: millis)) {
                events.append(event)
            }
        }
        run(
            .start(
                SessionSettings(
                    sessionID: "bench", scenario: scenario, place: "Raadzaal", facilitatorName: "Griffier",
                    pseudonymous: false)))
        for number in 1...participants {
            run(.join(name: "Deelnemer \(number)", group: number % 3 == 0 ? "vvd" : "cda", pseudonym: nil))
        }
        for step in scenario.steps {
            run(.open(step.id))
            for number in 1...participants {
                let participant = "p\(number)"
                if let input = input(for: step, participant: participant, number: number, state: state) {
                    run(.submit(participant: participant, step: step.id, input: input))
                }
            }
            run(.close(step.id))
        }
        run(.end)
        return events
    }

    private static func input(for step: Step, participant: ParticipantID, number: Int, state: SessionState) -> Input? {
        let items = state.items(for: step.id, participant: participant).map(\.id)
        switch step.activity {
        case .brainstorm:
            return number % 10 == 0 ? .brainstorm(text: "Idee \(number): meer groen & speelruimte") : nil
        case .open(let settings):
            return settings.items == nil ? .open(item: nil, text: "Antwoord van deelnemer \(number)") : nil
        case .roleplay:
            return items.first.map { .roleplay(role: $0, round: 1, text: "Inbreng \(number)") }
        case .likert(let settings):
            let span = settings.scale.max - settings.scale.min + 1
            return .likert(
                settings.statements.enumerated().map { index, statement in
                    LikertAnswer(statement: statement.id, value: settings.scale.min + (number * 7 + index * 3) % span)
                })
        case .rank(let settings):
            var order = items
            for index in order.indices.reversed() where index > 0 {
                order.swapAt(index, (number * 31 + index * 17) % (index + 1))
            }
            return .rank(settings.top.map { Array(order.prefix($0)) } ?? order)
        case .vote(let settings):
            guard let first = items.isEmpty ? nil : items[number % items.count] else { return nil }
            if case .dots = settings.mode { return .dots([ItemScore(item: first, value: 1)]) }
            return .vote([first])
        case .rate(let settings):
            return .rate(items.map { ItemScore(item: $0, value: settings.scale.min) })
        case .classify(let settings):
            guard let category = settings.categories.first else { return nil }
            return .classify(items.map { Placement(item: $0, category: category.id) })
        case .actions:
            return number % 5 == 0
                ? .action(Action(what: "Actie \(number)", owner: "Deelnemer \(number)", when: "2027")) : nil
        case .info:
            return nil
        }
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
