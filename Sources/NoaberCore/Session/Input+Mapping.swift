extension Input {
    /// The same input with every step item id (not categories or statements) passed through `map`; used when
    /// sessions are merged and brainstormed items get new ids.
    public func mappingItems(_ map: (Item.ID) -> Item.ID) -> Input {
        switch self {
        case .brainstorm, .likert, .action: self
        case .open(let item, let text): .open(item: item.map(map), text: text)
        case .roleplay(let role, let round, let text): .roleplay(role: map(role), round: round, text: text)
        case .rank(let items): .rank(items.map(map))
        case .vote(let items): .vote(items.map(map))
        case .rate(let scores): .rate(scores.map { ItemScore(item: map($0.item), value: $0.value) })
        case .dots(let scores): .dots(scores.map { ItemScore(item: map($0.item), value: $0.value) })
        case .classify(let placements):
            .classify(placements.map { Placement(item: map($0.item), category: $0.category) })
        }
    }
}
