public import NoaberCore

/// A complete session of any scenario with `count` simulated participants who answer every step, for export
/// tests: the same scenario, count and seed always give the same events.
public enum ODFSessionGenerator {
    static let names = [
        "Anna de Vries", "Bram Jansen", "Carla Bakker", "Daan Visser", "Eva Smit", "Fenna Meijer",
        "Gert de Boer", "Hanna Mulder", "Ivo de Groot", "Joke Bos",
    ]
    static let birds = ["Merel", "Lijster", "Mus", "Specht", "Zwaluw", "Reiger", "Kievit", "Uil", "Vink", "Gaai"]

    public static func session(
        scenario: Scenario, participants count: Int, seed: UInt64 = 1, pseudonymous: Bool = false,
        start: Timestamp = Timestamp(millisecondsSince1970: 1_795_600_800_000)
    ) throws -> SessionState {
        var random = SessionRandom(seed: seed)
        var state = SessionState()
        var now = start.millisecondsSince1970
        func run(_ command: SessionCommand, after seconds: Int64 = 1) throws {
            now += seconds * 1000
            _ = try state.execute(command, at: Timestamp(millisecondsSince1970: now))
        }
        try run(
            .start(
                SessionSettings(
                    sessionID: "\(scenario.id)-\(seed)", scenario: scenario, place: "Raadzaal, Hellendoorn",
                    facilitatorName: "Marleen Griffioen", pseudonymous: pseudonymous)))
        for index in 0..<count {
            let round = index / names.count
            let suffix = round == 0 ? "" : " \(round + 1)"
            let group = scenario.groups.isEmpty ? nil : scenario.groups[index % scenario.groups.count].id
            try run(
                .join(
                    name: names[index % names.count] + suffix, group: group,
                    pseudonym: birds[index % birds.count] + suffix))
        }
        let people = state.participants.map(\.id)
        for step in scenario.steps {
            try run(.open(step.id), after: 30)
            for participant in people {
                for input in inputs(for: step, participant: participant, state: state, random: &random) {
                    try run(.submit(participant: participant, step: step.id, input: input), after: 2)
                }
            }
            try run(.close(step.id), after: Int64(step.minutes) * 50)
        }
        try run(.note(step: scenario.steps.first?.id, text: "Iedereen was op tijd."))
        try run(.end, after: 60)
        return state
    }

    static func inputs(for step: Step, participant: ParticipantID, state: SessionState, random: inout SessionRandom)
        -> [Input]
    {
        let items = state.items(for: step.id, participant: participant)
        let name = state.participant(participant)?.participant.name ?? participant
        switch step.activity {
        case .info:
            return []
        case .brainstorm:
            return [.brainstorm(text: "Idee \(Int.random(in: 1...5, using: &random))")]
        case .open(let settings):
            guard settings.items != nil else { return [.open(item: nil, text: "Mijn antwoord op \(step.title).")] }
            return items.map { .open(item: $0.id, text: "Over \($0.text): ik wil hier verder mee.") }
        case .roleplay:
            return items.prefix(2).map { .roleplay(role: $0.id, round: 1, text: "Als \($0.text) let ik op de buurt.") }
        case .likert(let settings):
            return [
                .likert(
                    settings.statements.map {
                        LikertAnswer(
                            statement: $0.id,
                            value: Int.random(in: settings.scale.min...settings.scale.max, using: &random))
                    })
            ]
        case .rank(let settings):
            let order = items.map(\.id).shuffled(using: &random)
            return [.rank(settings.top.map { Array(order.prefix($0)) } ?? order)]
        case .rate(let settings):
            return [
                .rate(
                    items.map {
                        ItemScore(
                            item: $0.id, value: Int.random(in: settings.scale.min...settings.scale.max, using: &random))
                    })
            ]
        case .vote(let settings):
            guard let first = items.randomElement(using: &random) else { return [] }
            switch settings.mode {
            case .single, .multi: return [.vote([first.id])]
            case .dots(let dots): return [.dots([ItemScore(item: first.id, value: dots)])]
            }
        case .classify(let settings):
            guard !settings.categories.isEmpty else { return [] }
            return [
                .classify(
                    items.map {
                        Placement(
                            item: $0.id,
                            category: settings.categories[Int.random(in: 0..<settings.categories.count, using: &random)]
                                .id)
                    })
            ]
        case .actions:
            return [.action(Action(what: "Gesprek met de wijkraad", owner: name, when: "voor de zomer"))]
        }
    }
}
