import NoaberCore

extension RankSettings: SampledWerkvorm {
    /// The hidden consensus is the listed order, or in a scripted demo the scenario's (`DemoScript.order`); each
    /// person's noise (up to 0.8 of the list) keeps the agreement (Kendall's W) well below 1. A top-k step keeps
    /// the first k.
    func sampleInputs(_ context: SampleContext, _ random: inout SeededRandom) -> [Input] {
        let items = context.items
        let hidden = DemoScript.order(context) ?? []
        let keyed = items.enumerated().map { offset, item in
            let place = hidden.firstIndex(of: item.id) ?? offset
            return (item.id, Double(place) + random.unit() * Double(items.count) * 0.8)
        }
        var order = keyed.sorted { $0.1 < $1.1 }.map(\.0)
        if let top { order = Array(order.prefix(top)) }
        return order.isEmpty ? [] : [.rank(order)]
    }

    /// A ranking that names an item the step does not have, which the engine refuses.
    func spoiledSample(_ context: SampleContext, _ random: inout SeededRandom) -> Input {
        let known = context.items.map(\.id)
        return .rank(Array(known.prefix(random.below(known.count + 1))) + ["onbekend"])
    }
}
