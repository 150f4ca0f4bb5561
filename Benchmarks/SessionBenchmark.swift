import NoaberCore
import NoaberDemo

/// The session engine in memory, without the store: how fast commands are decided and applied, and how fast a
/// long journal replays. The durable figures (through SQLite) are the store's benchmark.
enum SessionBenchmark {
    static func run(arguments: [String]) async throws {
        let participants = arguments.first.flatMap(Int.init) ?? 1_000
        let scenario = benchmarkScenario()
        let settings = SessionSettings(
            sessionID: "bench", scenario: scenario, place: "Raadzaal", facilitatorName: "Griffier", pseudonymous: false
        )
        var state = SessionState()
        var events: [SessionEvent] = []
        var now: Int64 = 1_790_000_000_000
        func run(_ command: SessionCommand) throws {
            now += 250
            events.append(try state.execute(command, at: Timestamp(millisecondsSince1970: now)))
        }
        try run(.start(settings))
        for index in 1...participants {
            try run(.join(name: SessionState.numberedName(index), group: nil, pseudonym: nil))
        }
        var random = SeededRandom(seed: 2026)

        // 1000 participants each submitting a 16-item ranking, decided and applied one by one.
        try run(.open("rangorde"))
        let rangorde = try input(step: 0, for: 1...participants, in: state, &random)
        let clock = ContinuousClock()
        let rankStart = clock.now
        for index in 1...participants {
            try run(.submit(participant: "p\(index)", step: "rangorde", input: rangorde[index - 1]))
        }
        let rankTime = clock.now - rankStart
        try run(.close("rangorde"))

        // Grow the journal past 100,000 events with role-play notes, round after round of the room.
        try run(.open("rollenspel"))
        while events.count < 100_000 {
            let notes = try input(step: 1, for: 1...participants, in: state, &random)
            for index in 1...participants where events.count < 100_000 {
                try run(.submit(participant: "p\(index)", step: "rollenspel", input: notes[index - 1]))
            }
        }
        try run(.close("rollenspel"))

        let replayStart = clock.now
        let replayed = try SessionState.replay(events)
        let replayTime = clock.now - replayStart
        precondition(replayed == state, "replay differs from the live state")

        print(
            "engine: \(participants) rankings of 16 items decided+applied in \(format(rankTime))"
                + " (\(perSecond(participants, rankTime)) inputs/s, in memory)")
        print(
            "replay: \(events.count) events in \(format(replayTime)) (\(perSecond(events.count, replayTime)) events/s)")
    }

    /// NoaberDemo's sample input of a step of the benchmark scenario for each participant, drawn before the clock
    /// starts so that only the engine is measured.
    static func input(
        step index: Int, for participants: ClosedRange<Int>, in state: SessionState, _ random: inout SeededRandom
    ) throws -> [Input] {
        guard let step = state.scenario?.steps[index] else { throw BenchmarkFailure.noInput }
        return try participants.map { number in
            let context = SampleContext(step: step, state: state, participant: "p\(number)", everyoneAnswers: true)
            guard let input = step.activity.sampleInputs(context, using: &random).first else {
                throw BenchmarkFailure.noInput
            }
            return input
        }
    }

    enum BenchmarkFailure: Error { case noInput }

    static func format(_ duration: Duration) -> String {
        let milliseconds =
            Double(duration.components.seconds) * 1_000
            + Double(duration.components.attoseconds) / 1e15
        return "\((milliseconds * 10).rounded() / 10) ms"
    }

    static func perSecond(_ count: Int, _ duration: Duration) -> Int {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return seconds > 0 ? Int(Double(count) / seconds) : 0
    }

    static func benchmarkScenario() -> Scenario {
        let values = (1...16).map { Item(id: "w\($0)", text: "Waarde \($0)") }
        return Scenario(
            id: "bench", version: "1", title: "Benchmark", summary: "", audience: "raadsleden", language: "nl",
            minutes: 60, sources: [], facilitator: FacilitatorRole(title: "griffier"), groups: [],
            steps: [
                Step(
                    id: "rangorde", title: "Rangorde", minutes: 20, instructions: "", prompt: "",
                    activity: .rank(RankSettings(items: .listed(values)))
                ),
                Step(
                    id: "rollenspel", title: "Rollenspel", minutes: 40, instructions: "", prompt: "",
                    activity: .roleplay(
                        RoleplaySettings(
                            roles: .fromStep("rangorde"), caseTitle: "Grasveldje", caseText: "", assignment: .all,
                            rounds: 1
                        )
                    )
                ),
            ]
        )
    }
}
