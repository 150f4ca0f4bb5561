public import NoaberCore

extension BrainstormSettings: SampledWerkvorm {
    /// Ideas simulated participants bring in: council roles in the words of a room.
    public static let sampleIdeas = [
        "bruggenbouwer tussen buurten", "verbinder van buurten", "hoeder van de begroting", "stem van de jongeren",
        "luisteraar op de markt", "aanjager van initiatieven", "bewaker van de lange termijn",
    ]

    /// Saying an idea aloud takes longer than ticking a box.
    var sampleMinutesPerInput: Double { 0.5 }

    /// Six in ten bring in one idea not yet on the board; once every idea is there, someone repeats one (the room
    /// says what it says, the facilitator merges look-alikes).
    func sampleInputs(_ context: SampleContext, _ random: inout SeededRandom) -> [Input] {
        guard context.takesPart(outOfTen: 6, &random) else { return [] }
        // A scripted demo step: the room's ideas in the order people come up with them.
        if let idea = DemoScript.text(context, index: context.state.inputs(for: context.step.id).count) {
            return [.brainstorm(text: idea)]
        }
        let present = Set(context.state.items(for: context.step.id).map(\.text))
        let fresh = Self.sampleIdeas.filter { !present.contains($0) }
        let pool = fresh.isEmpty ? Self.sampleIdeas : fresh
        return [.brainstorm(text: pool[random.below(pool.count)])]
    }

    /// The facilitator merges the two newest ideas, which say the same thing, as happens in every room.
    func sampleFollowUp(_ step: Step.ID, in state: SessionState) -> [SessionCommand] {
        if let scenario = state.scenario?.id, !DemoScript.merges(scenario, step).isEmpty {
            return DemoScript.merges(scenario, step).compactMap { merge in
                let items = state.items(for: step)
                guard let into = items.first(where: { $0.text == merge.into }) else { return nil }
                let from = items.filter { merge.from.contains($0.text) }.map(\.id)
                return from.isEmpty ? nil : .merge(step: step, items: [into.id] + from, into: into.id, text: nil)
            }
        }
        let seeded = examplesAreItems ? Set(examples.map(\.id)) : []
        let created = state.items(for: step).map(\.id).filter { !seeded.contains($0) }
        guard created.count >= 2 else { return [] }
        let pair = Array(created.suffix(2))
        return [.merge(step: step, items: pair, into: pair[0], text: nil)]
    }

    /// A blank idea, which the engine refuses.
    func spoiledSample(_ context: SampleContext, _ random: inout SeededRandom) -> Input {
        .brainstorm(text: random.pick([" ", "", "\n\t"]))
    }
}
