import NoaberCore

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
        for index in 1...participants { try run(.join(name: "Deelnemer \(index)", group: nil, pseudonym: nil)) }
        var random = SeededRandom(seed: 2026)
        let items = (1...16).map { "w\($0)" }

        // 1000 participants each submitting a 16-item ranking, decided and applied one by one.
        try run(.open("rangorde"))
        let clock = ContinuousClock()
        let rankStart = clock.now
        for index in 1...participants {
            try run(.submit(participant: "p\(index)", step: "rangorde", input: .rank(items.shuffled(using: &random))))
        }
        let rankTime = clock.now - rankStart
        try run(.close("rangorde"))

        // Grow the journal past 100,000 events with notes, ideas and likert answers.
        try run(.open("rollenspel"))
        var round = 0
        while events.count < 100_000 {
            round += 1
            for index in 1...participants where events.count < 100_000 {
                let role = items[(index + round) % items.count]
                try run(
                    .submit(
                        participant: "p\(index)", step: "rollenspel",
                        input: .roleplay(role: role, round: 1, text: "Notitie \(round) van deelnemer \(index)")
                    )
                )
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
