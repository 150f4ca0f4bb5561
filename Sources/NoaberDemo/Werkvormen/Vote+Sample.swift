import NoaberCore

extension VoteSettings: SampledWerkvorm {
    /// A single choice, up to the maximum of a multiple choice (three when open), or all dots spent. Earlier items
    /// are a little more popular (the smaller of two draws), so the tally has a winner.
    func sampleInputs(_ context: SampleContext, _ random: inout SeededRandom) -> [Input] {
        let items = context.items
        guard !items.isEmpty else { return [] }
        let favourite = { (random: inout SeededRandom) in
            items[Swift.min(random.below(items.count), random.below(items.count))].id
        }
        switch mode {
        case .single:
            return [.vote([favourite(&random)])]
        case .multi(let maximum):
            var chosen: [Item.ID] = []
            for _ in 0..<Swift.min(maximum ?? 3, items.count) {
                let item = favourite(&random)
                if !chosen.contains(item) { chosen.append(item) }
            }
            return [.vote(chosen)]
        case .dots(let dots):
            var spent: [Item.ID: Int] = [:]
            for _ in 0..<dots { spent[favourite(&random), default: 0] += 1 }
            let scores = items.compactMap { item in spent[item.id].map { ItemScore(item: item.id, value: $0) } }
            return scores.isEmpty ? [] : [.dots(scores)]
        }
    }

    /// A choice of an item the step does not have, or more dots than there are, which the engine refuses.
    func spoiledSample(_ context: SampleContext, _ random: inout SeededRandom) -> Input {
        guard case .dots(let dots) = mode else { return .vote(["onbekend"]) }
        guard let item = context.items.first, random.below(2) == 0 else {
            return .dots([ItemScore(item: "onbekend", value: 1)])
        }
        return .dots([ItemScore(item: item.id, value: dots + 1)])
    }
}
