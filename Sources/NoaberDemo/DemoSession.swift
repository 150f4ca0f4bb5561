import NoaberCore
import NoaberSession

/// One simulated session: participants join, every step is opened, filled with plausible input, and closed after
/// roughly its planned time.
struct DemoSession {
    let runner: SessionRunner
    let clock: SimulatedClock
    let scenario: Scenario
    var random: DemoRandom
    private var participants: [ParticipantID] = []
    /// Per participant a leaning in [-1, 1]: likert answers and ratings lean the same way for one person.
    private var leaning: [ParticipantID: Double] = [:]

    init(runner: SessionRunner, clock: SimulatedClock, scenario: Scenario, random: DemoRandom) {
        self.runner = runner
        self.clock = clock
        self.scenario = scenario
        self.random = random
    }

    mutating func play() async throws {
        try await join()
        for step in scenario.steps {
            clock.advance(minutes: 1)
            _ = try await runner.perform(.open(step.id))
            try await fill(step)
            // Most steps keep to time; some run a few minutes over, which the time report then shows.
            let minutes = Double(step.minutes) + Double(random.below(7)) - 3
            clock.advance(minutes: max(1, minutes))
            _ = try await runner.perform(.close(step.id))
        }
        _ = try await runner.perform(.note(step: nil, text: DemoTexts.closingNote))
        _ = try await runner.perform(.end)
    }

    private mutating func join() async throws {
        let count = 7 + random.below(6)
        var names = DemoTexts.firstNames
        var surnames = DemoTexts.surnames
        let groups = scenario.groups.isEmpty ? DemoTexts.groups : scenario.groups.map(\.name)
        for index in 0..<count {
            let first = names.remove(at: random.below(names.count))
            let last = surnames.remove(at: random.below(surnames.count))
            let event = try await runner.perform(
                .join(
                    name: "\(first) \(last)", group: groups[index % groups.count], pseudonym: "Deelnemer \(index + 1)"))
            if case .participantJoined(let participant) = event.payload {
                participants.append(participant.id)
                leaning[participant.id] = random.unit() * 2 - 1
            }
        }
    }

    private mutating func submit(_ participant: ParticipantID, _ step: Step, _ input: Input) async throws {
        clock.advance(minutes: 0.1)
        _ = try await runner.perform(.submit(participant: participant, step: step.id, input: input))
    }

    private mutating func fill(_ step: Step) async throws {
        switch step.activity {
        case .info:
            break
        case .brainstorm:
            try await brainstorm(step)
        case .open:
            for participant in participants where random.below(10) < 8 {
                let items = await runner.state.items(for: step.id, participant: participant)
                if case .open(let settings) = step.activity, settings.items != nil {
                    for item in items {
                        try await submit(
                            participant, step, .open(item: item.id, text: DemoTexts.answer(about: item.text, &random)))
                    }
                } else {
                    try await submit(participant, step, .open(item: nil, text: random.pick(DemoTexts.reflections)))
                }
            }
        case .roleplay(let settings):
            let roles = await runner.state.items(for: step.id)
            guard !roles.isEmpty else { return }
            for round in 1...max(1, settings.rounds) {
                for (index, participant) in participants.enumerated() {
                    let role = roles[(index + round - 1) % roles.count]
                    try await submit(
                        participant, step,
                        .roleplay(role: role.id, round: round, text: DemoTexts.roleNote(role.text, &random)))
                }
            }
        case .likert(let settings):
            for participant in participants {
                let lean = leaning[participant] ?? 0
                let span = Double(settings.scale.max - settings.scale.min)
                let answers = settings.statements.map { statement in
                    let centre = Double(settings.scale.min) + span * (0.5 + 0.35 * (statement.reversed ? -lean : lean))
                    let value = Int((centre + (random.unit() - 0.5) * span * 0.6).rounded())
                    return LikertAnswer(
                        statement: statement.id, value: min(settings.scale.max, max(settings.scale.min, value)))
                }
                try await submit(participant, step, .likert(answers))
            }
        case .rank(let settings):
            let items = await runner.state.items(for: step.id)
            // The hidden consensus is the listed order; each person's noise keeps W well below 1.
            for participant in participants {
                let keyed = items.enumerated().map {
                    ($0.element.id, Double($0.offset) + random.unit() * Double(items.count) * 0.8)
                }
                var order = keyed.sorted { $0.1 < $1.1 }.map(\.0)
                if let top = settings.top { order = Array(order.prefix(top)) }
                try await submit(participant, step, .rank(order))
            }
        case .rate(let settings):
            let items = await runner.state.items(for: step.id)
            for participant in participants {
                let scores = items.map { item in
                    ItemScore(
                        item: item.id,
                        value: settings.scale.min + random.below(settings.scale.max - settings.scale.min + 1))
                }
                try await submit(participant, step, .rate(scores))
            }
        case .vote(let settings):
            try await vote(step, settings)
        case .classify(let settings):
            let items = await runner.state.items(for: step.id)
            guard !settings.categories.isEmpty else { return }
            for participant in participants {
                let placements = items.map { Placement(item: $0.id, category: random.pick(settings.categories).id) }
                try await submit(participant, step, .classify(placements))
            }
        case .actions:
            for participant in participants where random.below(10) < 6 {
                let action = Action(
                    what: random.pick(DemoTexts.actions), owner: await runner.state.displayName(of: participant),
                    when: random.pick(DemoTexts.deadlines))
                try await submit(participant, step, .action(action))
            }
        }
    }

    private mutating func brainstorm(_ step: Step) async throws {
        var ideas = DemoTexts.ideas
        var created: [Item.ID] = []
        for participant in participants where random.below(10) < 6 {
            guard !ideas.isEmpty else { break }
            let idea = ideas.remove(at: random.below(ideas.count))
            clock.advance(minutes: 0.5)
            let before = Set(await runner.state.items(for: step.id).map(\.id))
            _ = try await runner.perform(
                .submit(participant: participant, step: step.id, input: .brainstorm(text: idea)))
            created += await runner.state.items(for: step.id).map(\.id).filter { !before.contains($0) }
        }
        // The griffier merges two ideas that say the same thing, as happens in every room.
        if created.count >= 2 {
            let pair = Array(created.suffix(2))
            _ = try await runner.perform(.merge(step: step.id, items: pair, into: pair[0], text: nil))
        }
    }

    private mutating func vote(_ step: Step, _ settings: VoteSettings) async throws {
        let items = await runner.state.items(for: step.id)
        guard !items.isEmpty else { return }
        for participant in participants {
            // Earlier items are a little more popular, so the tally has a winner.
            let favourite = { (random: inout DemoRandom) in
                items[min(random.below(items.count), random.below(items.count))].id
            }
            switch settings.mode {
            case .single:
                try await submit(participant, step, .vote([favourite(&random)]))
            case .multi(let maximum):
                var chosen: [Item.ID] = []
                for _ in 0..<min(maximum ?? 3, items.count) {
                    let item = favourite(&random)
                    if !chosen.contains(item) { chosen.append(item) }
                }
                try await submit(participant, step, .vote(chosen))
            case .dots(let dots):
                var spent: [Item.ID: Int] = [:]
                for _ in 0..<dots { spent[favourite(&random), default: 0] += 1 }
                let scores = items.compactMap { item in spent[item.id].map { ItemScore(item: item.id, value: $0) } }
                try await submit(participant, step, .dots(scores))
            }
        }
    }
}
