public import NoaberCore

/// What makes a demo session read like a real meeting: per scenario the groups in the room (fracties for the raad,
/// afdelingen for ambtenaren), per step what people say in their own voice, and what the facilitator does after a
/// step (a conclusion, an agreement, someone who has to leave early). Scenarios without a script get the
/// werkvormen's general sample texts, and the tests and benchmarks (which play invented scenarios) too.
public enum DemoScript {
    /// What a facilitator does after closing a step: record, and let someone go.
    enum Follow: Sendable {
        case conclusion(String)
        case agreement(String)
        /// The participant at this place in join order (from the end when negative) leaves.
        case leave(Int)
    }

    /// The groups of the room for a scripted scenario, else `nil`.
    static func groups(_ scenario: String) -> [String]? { DemoScriptTexts.groups[scenario] }

    /// The scripted answers for a step (`item` for an answer per item or role), or `nil` when there are none.
    public static func texts(_ context: SampleContext, item: Item.ID? = nil) -> [String]? {
        guard let scenario = context.state.scenario?.id else { return nil }
        let key = [scenario, context.step.id] + (item.map { [$0] } ?? [])
        return DemoScriptTexts.answers[key.joined(separator: "/")]
    }

    /// Scripted text number `index` (participants in join order get different ones), or `nil` without a script.
    public static func text(_ context: SampleContext, item: Item.ID? = nil, index: Int) -> String? {
        guard let texts = texts(context, item: item), !texts.isEmpty else { return nil }
        return texts[index % texts.count]
    }

    /// The order a scripted ranking step's answers lie around (item ids, most important first), or `nil`.
    public static func order(_ context: SampleContext) -> [Item.ID]? {
        guard let scenario = context.state.scenario?.id else { return nil }
        return DemoScriptTexts.orders["\(scenario)/\(context.step.id)"]
    }

    /// How far a scripted questionnaire step's answers lean from the middle of the scale (−1 to 1), or 0.
    public static func bias(_ context: SampleContext) -> Double {
        guard let scenario = context.state.scenario?.id else { return 0 }
        return DemoScriptTexts.biases["\(scenario)/\(context.step.id)"] ?? 0
    }

    /// Actions for a scripted scenario's action steps (wat, met wie, wanneer), or `nil`.
    static func actions(_ context: SampleContext) -> [(what: String, with: String, when: String)]? {
        guard let scenario = context.state.scenario?.id, groups(scenario) != nil else { return nil }
        return DemoScriptTexts.actions.map { row in
            let parts = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmedWhitespace }
            return (parts[0], parts[1], parts[2])
        }
    }

    /// Ideas of a step that the facilitator merges, as texts: the ideas `from` go into `into`.
    static func merges(_ scenario: String, _ step: Step.ID) -> [(from: [String], into: String)] {
        DemoScriptTexts.merges["\(scenario)/\(step)"] ?? []
    }

    /// The facilitator's commands after closing `step`.
    static func afterStep(_ step: Step.ID, in state: SessionState) -> [SessionCommand] {
        guard let scenario = state.scenario?.id else { return [] }
        let present = state.participants.filter(\.isPresent)
        return (DemoScriptTexts.follows["\(scenario)/\(step)"] ?? []).compactMap { follow in
            switch follow {
            case .conclusion(let text): return .record(.conclusion, step: step, text: text)
            case .agreement(let text): return .record(.agreement, step: nil, text: text)
            case .leave(let place):
                let index = place < 0 ? present.count + place : place
                guard present.indices.contains(index), present.count > 2 else { return nil }
                return .leave(present[index].id)
            }
        }
    }
}
