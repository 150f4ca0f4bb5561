public import NoaberCore
import NoaberDemo

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
            guard let input = randomInput(step, participant) else { return .note(step: open, text: "Niets \(roll)") }
            return .submit(participant: participant, step: open, input: input)
        case 70..<80:
            guard let record = state.inputs.randomElement(using: &random), let step = state.step(record.step),
                let input = randomInput(step, record.participant)
            else {
                return .withdraw("i0")
            }
            return .revise(record.id, input)
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

    /// A plausible input for the step (NoaberDemo's sample); about one in eight is spoiled (the werkvorm's spoiled
    /// sample: blank, off the scale, an unknown item …) so that validation gets exercised. A step that yields no
    /// input now (an info step, no own top yet) gets another step's sample, which it refuses. `nil` when no step
    /// yields one.
    public mutating func randomInput(_ step: Step, _ participant: ParticipantID) -> Input? {
        let state = harness.state
        let spoil = Int.random(in: 0..<8, using: &random) == 0
        let others = (state.scenario?.steps ?? []).shuffled(using: &random)
        for source in [step] + others {
            let context = SampleContext(
                step: source, state: state, participant: participant,
                round: Int.random(in: 1...source.activity.sampleRounds, using: &random),
                leaning: Double.random(in: -1...1, using: &random), everyoneAnswers: true)
            let input =
                spoil
                ? source.activity.sampleSpoiled(context, using: &random)
                : source.activity.sampleInputs(context, using: &random).first
            if let input { return input }
        }
        return nil
    }
}
