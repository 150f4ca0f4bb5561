import NoaberCore

extension ClassifySettings {
    /// Every item placed in a category drawn evenly.
    func sampleInputs(_ context: SampleContext, _ random: inout SeededRandom) -> [Input] {
        let items = context.items
        guard !categories.isEmpty, !items.isEmpty else { return [] }
        return [.classify(items.map { Placement(item: $0.id, category: random.pick(categories).id) })]
    }
}
