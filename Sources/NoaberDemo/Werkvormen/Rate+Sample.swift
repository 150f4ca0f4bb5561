import NoaberCore

extension RateSettings {
    /// Every item a score drawn evenly from the scale.
    func sampleInputs(_ context: SampleContext, _ random: inout SeededRandom) -> [Input] {
        let scores = context.items.map { item in
            ItemScore(item: item.id, value: scale.min + random.below(scale.max - scale.min + 1))
        }
        return scores.isEmpty ? [] : [.rate(scores)]
    }
}
