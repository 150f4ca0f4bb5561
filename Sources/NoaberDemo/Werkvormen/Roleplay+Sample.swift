import NoaberCore

extension RoleplaySettings: SampledWerkvorm {
    /// Everyone speaks once per round.
    var sampleRounds: Int { Swift.max(1, rounds) }

    /// One note per round. The roles rotate over the participants in join order, one place per round: exactly
    /// the `assigned` rotation, and one role per person per round, so every assignment mode accepts it.
    func sampleInputs(_ context: SampleContext, _ random: inout SeededRandom) -> [Input] {
        let roles = context.items
        guard !roles.isEmpty else { return [] }
        let role = roles[(context.index + context.round - 1) % roles.count]
        // A scripted demo: the role's own text the first time round the roles, the step's general ones after.
        let firstPass = context.index + context.round - 1 < roles.count
        let scripted =
            (firstPass ? DemoScript.text(context, item: role.id, index: 0) : nil)
            ?? DemoScript.text(context, index: context.index + context.round - 1)
        return [.roleplay(role: role.id, round: context.round, text: scripted ?? Self.sampleNote(role.text, &random))]
    }

    static func sampleNote(_ role: String, _ random: inout SeededRandom) -> String {
        random.pick([
            "Als \(role) vraag ik eerst wat de omwonenden willen met het veldje.",
            "Als \(role) stel ik voor om alle partijen samen te laten komen.",
            "Als \(role) let ik erop dat de kinderen een speelplek houden.",
            "Als \(role) wil ik weten wat het de gemeente kost.",
        ])
    }

    /// A note for a round after the last, which the engine refuses.
    func spoiledSample(_ context: SampleContext, _ random: inout SeededRandom) -> Input {
        let role = context.items.first?.id ?? "onbekend"
        return .roleplay(role: role, round: sampleRounds + 1 + random.below(2), text: "Te laat.")
    }
}
