public import NoaberCore

/// The seeded generator of NoaberCore, under the name the tests have used from the start.
public typealias SessionRandom = SeededRandom

/// Plays a long, varied session against the engine: mostly sensible commands, some that must be refused.
/// Used to check that replay equals the live state and that refusals change nothing.
public struct SessionSimulator: Sendable {
    public var harness: SessionHarness
    public var random: SessionRandom
    /// Commands refused so far.
    public private(set) var refusals = 0
    /// Refused commands that changed the state anyway (must stay empty).
    public private(set) var refusalsThatChangedTheState: [SessionCommand] = []

    static let firstNames = ["Anna", "Bram", "Carla", "Daan", "Eva", "Fenna", "Gert", "Hanna", "Ivo", "Joke"]

    public init(seed: UInt64, settings: SessionSettings = SessionSamples.settings()) throws(SessionError) {
        random = SessionRandom(seed: seed)
        harness = SessionHarness()
        try harness.run(.start(settings))
    }

    /// Tries `count` random commands. Each refused one is checked to leave the state unchanged.
    public mutating func play(_ count: Int) {
        for _ in 0..<count {
            let command = nextCommand()
            let before = harness.state
            do {
                try harness.run(command, after: Int64.random(in: 1...90, using: &random))
            } catch {
                refusals += 1
                if harness.state != before { refusalsThatChangedTheState.append(command) }
            }
        }
    }

    /// A random command; roughly half submit or revise inputs.
    public mutating func nextCommand() -> SessionCommand {
        let state = harness.state
        let present = state.participants.filter(\.isPresent).map(\.id)
        let steps = state.scenario?.steps ?? []
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case 0..<10 where present.count < 12 || roll < 2:
            let name = Self.firstNames.randomElement(using: &random) ?? "Anna"
            let suffix = Int.random(in: 0..<30, using: &random)
            return .join(name: "\(name) \(suffix)", group: Bool.random(using: &random) ? "vvd" : nil, pseudonym: nil)
        case 10..<12:
            return .rename(present.randomElement(using: &random) ?? "p1", name: "Nieuw \(roll)")
        case 12..<13:
            return .leave(present.randomElement(using: &random) ?? "p1")
        case 13..<22:
            if let open = state.openStep { return .close(open) }
            let step = steps.randomElement(using: &random)?.id ?? "intro"
            return state.stepState(step)?.status == .closed ? .reopen(step) : .open(step)
        case 22..<70:
            guard let open = state.openStep, let step = state.step(open) else { return .open("rollen") }
            let participant = present.randomElement(using: &random) ?? "p1"
            return .submit(participant: participant, step: open, input: randomInput(step, participant))
        case 70..<80:
            guard let record = state.inputs.randomElement(using: &random), let step = state.step(record.step) else {
                return .withdraw("i0")
            }
            return .revise(record.id, randomInput(step, record.participant))
        case 80..<85:
            return .withdraw(state.inputs.randomElement(using: &random)?.id ?? "i0")
        case 85..<90:
            let items = state.items(for: "rollen").map(\.id).shuffled(using: &random).prefix(2)
            return .merge(step: "rollen", items: Array(items), into: items.first ?? "x", text: "Samen \(roll)")
        case 90..<93:
            let item = state.items(for: "rollen").randomElement(using: &random)?.id ?? "x"
            return .renameItem(step: "rollen", item: item, text: "Hernoemd \(roll)")
        case 93..<96:
            return .note(step: state.openStep, text: "Notitie \(roll)")
        default:
            return state.isTimerPaused ? .resumeTimer : .pauseTimer
        }
    }

    /// A plausible input for the step; about one in eight is spoiled so that validation gets exercised.
    public mutating func randomInput(_ step: Step, _ participant: ParticipantID) -> Input {
        let items = harness.state.items(for: step.id, participant: participant).map(\.id)
        let spoil = Int.random(in: 0..<8, using: &random) == 0
        let shuffled = items.shuffled(using: &random) + (spoil ? ["onbekend"] : [])
        let value = Int.random(in: (spoil ? 0 : 1)...5, using: &random)
        switch step.activity {
        case .info, .brainstorm:
            return .brainstorm(text: spoil ? " " : "Idee \(Int.random(in: 0..<1000, using: &random))")
        case .open(let settings):
            return .open(item: settings.items == nil ? nil : shuffled.first, text: spoil ? "" : "Antwoord")
        case .roleplay:
            return .roleplay(role: shuffled.first ?? "x", round: Int.random(in: 1...2, using: &random), text: "Inbreng")
        case .likert(let settings):
            let statements = settings.statements.map(\.id).shuffled(using: &random)
            let count = Int.random(in: 1...statements.count, using: &random)
            return .likert(statements.prefix(count).map { LikertAnswer(statement: $0, value: value) })
        case .rank(let settings):
            return .rank(Array(shuffled.prefix(settings.top ?? shuffled.count)))
        case .rate:
            return .rate(shuffled.prefix(3).map { ItemScore(item: $0, value: value) })
        case .vote(let settings):
            switch settings.mode {
            case .single: return .vote(Array(shuffled.prefix(1)))
            case .multi: return .vote(Array(shuffled.prefix(Int.random(in: 1...3, using: &random))))
            case .dots: return .dots(shuffled.prefix(2).map { ItemScore(item: $0, value: value) })
            }
        case .classify(let settings):
            let category = settings.categories.randomElement(using: &random)?.id ?? "x"
            return .classify(shuffled.prefix(2).map { Placement(item: $0, category: category) })
        case .actions:
            return .action(Action(what: "Actie", owner: spoil ? "" : "Anna", when: "voor de zomer"))
        }
    }
}
