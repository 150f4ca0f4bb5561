public import NoaberCore
import NoaberFormats

/// The scenarios shipped with Noaber, for tests that run a whole session through the engine.
public enum SessionScenarios {
    /// Every embedded scenario, loaded; a load failure is a test failure of the caller.
    public static func embedded() throws -> [Scenario] {
        try ScenarioCatalog.embedded().map(\.scenario)
    }

    /// A sensible, valid input of `participant` for `step` (a permutation for a ranking, every statement for a
    /// likert step, one dot per item up to the limit …), varied by `seed`; `nil` when the step takes no input or
    /// the participant has no items there (for example no own top yet).
    public static func sensibleInput(
        for step: Step, participant: ParticipantID, in state: SessionState, seed: UInt64
    ) -> Input? {
        var random = SessionRandom(seed: seed)
        let items = state.items(for: step.id, participant: participant).map(\.id).shuffled(using: &random)
        switch step.activity {
        case .info:
            return nil
        case .brainstorm:
            return .brainstorm(text: "Idee \(seed % 97) van \(participant)")
        case .actions:
            return .action(Action(what: "Actie van \(participant)", owner: participant, when: "voor de zomer"))
        case .likert(let settings):
            return .likert(
                settings.statements.map {
                    LikertAnswer(
                        statement: $0.id, value: Int.random(in: settings.scale.min...settings.scale.max, using: &random)
                    )
                }
            )
        case .open(let settings):
            if settings.items == nil { return .open(item: nil, text: "Antwoord van \(participant)") }
            return items.first.map { .open(item: $0, text: "Over \($0)") }
        default:
            break
        }
        guard let first = items.first else { return nil }
        switch step.activity {
        case .roleplay: return .roleplay(role: first, round: 1, text: "\(participant) als \(first)")
        case .rank(let settings): return .rank(Array(items.prefix(settings.top ?? items.count)))
        case .rate(let settings):
            return .rate(
                items.map {
                    ItemScore(item: $0, value: Int.random(in: settings.scale.min...settings.scale.max, using: &random))
                })
        case .vote(let settings):
            switch settings.mode {
            case .single: return .vote([first])
            case .multi(let max): return .vote(Array(items.prefix(Swift.min(max ?? 2, 2))))
            case .dots(let dots): return .dots(items.prefix(dots).map { ItemScore(item: $0, value: 1) })
            }
        case .classify(let settings):
            guard !settings.categories.isEmpty else { return nil }
            return .classify(
                items.map {
                    Placement(
                        item: $0,
                        category: settings.categories[Int.random(in: 0..<settings.categories.count, using: &random)].id)
                }
            )
        default: return nil
        }
    }
}
