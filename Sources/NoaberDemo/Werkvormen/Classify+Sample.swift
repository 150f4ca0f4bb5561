import NoaberCore

extension ClassifySettings: SampledWerkvorm {
    /// Every item placed in a category drawn evenly.
    func sampleInputs(_ context: SampleContext, _ random: inout SeededRandom) -> [Input] {
        let items = context.items
        guard !categories.isEmpty, !items.isEmpty else { return [] }
        return [.classify(items.map { Placement(item: $0.id, category: random.pick(categories).id) })]
    }

    /// A placement in a category the step does not have, which the engine refuses.
    func spoiledSample(_ context: SampleContext, _ random: inout SeededRandom) -> Input {
        let item = context.items.isEmpty ? "onbekend" : random.pick(context.items).id
        return .classify([Placement(item: item, category: "onbekend")])
    }
}
