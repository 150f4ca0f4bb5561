import NoaberCore

extension RateSettings: SampledWerkvorm {
    /// Every item a score drawn evenly from the scale.
    func sampleInputs(_ context: SampleContext, _ random: inout SeededRandom) -> [Input] {
        let scores = context.items.map { item in
            ItemScore(item: item.id, value: scale.min + random.below(scale.max - scale.min + 1))
        }
        return scores.isEmpty ? [] : [.rate(scores)]
    }

    /// A score off the scale (or for an unknown item when there are none), which the engine refuses.
    func spoiledSample(_ context: SampleContext, _ random: inout SeededRandom) -> Input {
        guard let item = context.items.first else { return .rate([ItemScore(item: "onbekend", value: scale.min)]) }
        return .rate([ItemScore(item: item.id, value: random.below(2) == 0 ? scale.min - 1 : scale.max + 1)])
    }
}
