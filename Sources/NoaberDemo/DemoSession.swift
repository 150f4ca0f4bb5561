import NoaberCore
import NoaberSession

/// One simulated session: participants join, every step is opened, filled with each werkvorm's sample input, and
/// closed after roughly its planned time.
struct DemoSession {
    let runner: SessionRunner
    let clock: SimulatedClock
    let scenario: Scenario
    var random: SeededRandom
    private var participants: [SimulatedParticipant] = []

    init(runner: SessionRunner, clock: SimulatedClock, scenario: Scenario, random: SeededRandom) {
        self.runner = runner
        self.clock = clock
        self.scenario = scenario
        self.random = random
    }

    /// How far from the agenda's clock time a step is closed, in minutes, by a draw of `random.below(7)`: most
    /// steps end on time, some a little early; the griffier keeps to the agenda, so no step takes longer than
    /// planned and a late start is made up within the step.
    static let closingDrift: [Double] = [-1.5, -1, -0.5, 0, 0, 0, 0.5]

    mutating func play() async throws {
        try await join()
        // The agenda's clock: each step is planned to end its minutes after the one before it.
        var plannedEnd = clock.now
        for (index, step) in scenario.steps.enumerated() {
            // A minute for the welcome, then the facilitator opens each step right after closing the last.
            clock.advance(minutes: index == 0 ? 1 : 0.25)
            _ = try await runner.perform(.open(step.id))
            let opened = clock.now
            try await fill(step)
            plannedEnd.millisecondsSince1970 += Int64(step.minutes) * 60_000
            let drift = Self.closingDrift[random.below(Self.closingDrift.count)]
            // Never longer than planned, never before half its time, and never before its inputs are in.
            let planned = Int64(step.minutes) * 60_000
            let onTime = min(
                plannedEnd.millisecondsSince1970 + Int64(drift * 60_000), opened.millisecondsSince1970 + planned)
            let close = max(
                onTime, opened.millisecondsSince1970 + planned / 2, clock.now.millisecondsSince1970 + 30_000)
            clock.catchUp(to: Timestamp(millisecondsSince1970: close))
            _ = try await runner.perform(.close(step.id))
            for command in DemoScript.afterStep(step.id, in: await runner.state) {
                _ = try await runner.perform(command)
            }
        }
        _ = try await runner.perform(.note(step: nil, text: DemoTexts.closingNote))
        _ = try await runner.perform(.end)
    }

    private mutating func join() async throws {
        let count = 7 + random.below(6)
        var names = DemoTexts.firstNames
        var surnames = DemoTexts.surnames
        let groups =
            scenario.groups.isEmpty ? DemoScript.groups(scenario.id) ?? DemoTexts.groups : scenario.groups.map(\.name)
        for index in 0..<count {
            let first = names.remove(at: random.below(names.count))
            let last = surnames.remove(at: random.below(surnames.count))
            let event = try await runner.perform(
                .join(
                    name: "\(first) \(last)", group: groups[index % groups.count],
                    pseudonym: SessionState.numberedName(index + 1)))
            if case .participantJoined(let participant) = event.payload {
                // A leaning in [-1, 1]: one person's scale answers lean the same way.
                participants.append(SimulatedParticipant(id: participant.id, leaning: random.unit() * 2 - 1))
            }
        }
    }

    /// Round by round, every participant's sample inputs, each after a little time; then the facilitator's
    /// follow-up.
    private mutating func fill(_ step: Step) async throws {
        let activity = step.activity
        for round in 1...activity.sampleRounds {
            let state = await runner.state
            for participant in participants where state.participant(participant.id)?.isPresent ?? true {
                let context = SampleContext(
                    step: step, state: await runner.state, participant: participant.id, round: round,
                    leaning: participant.leaning, everyoneAnswers: false)
                for input in activity.sampleInputs(context, using: &random) {
                    clock.advance(minutes: activity.sampleMinutesPerInput)
                    _ = try await runner.perform(.submit(participant: participant.id, step: step.id, input: input))
                }
            }
        }
        for command in activity.sampleFollowUp(step.id, in: await runner.state) {
            _ = try await runner.perform(command)
        }
    }
}
