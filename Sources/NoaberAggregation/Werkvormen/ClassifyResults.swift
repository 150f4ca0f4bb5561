public import NoaberCore

/// A classification step's results: how often each item was placed in each category (`ClassifyMatrix`).
public struct ClassifyResults: Sendable {
    public var items: [Item]
    public var categories: [Item]
    public var matrix: ClassifyMatrix

    public init(settings: ClassifySettings, items: [Item], inputs: [InputRecord]) {
        self.items = items
        categories = settings.categories
        matrix = ClassifyMatrix(
            items: items, categories: settings.categories,
            placements: inputs.compactMap { if case .classify(let p) = $0.input { ($0.participant, p) } else { nil } })
    }

    /// A category's text, or its id when the step does not have it.
    public func categoryText(_ id: Item.ID) -> String { categories.first { $0.id == id }?.text ?? id }
}

/// Placements of a `classify` step: how many participants put each item in each category (for example a rung of
/// the participation ladder).
///
/// Conventions: a participant's last placement of an item counts (a revision, also across submissions).
/// Placements of unknown items or in unknown categories are not counted and are reported in `rejected`; an item a
/// participant did not place is counted in that item's `unplaced`.
public struct ClassifyMatrix: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var item: Item.ID
        /// One count per category, in the order of `categories`.
        public var counts: [Int]
        public var unplaced: Int
        /// The categories with the most placements, in category order; empty when nobody placed the item.
        public var modal: [Item.ID]
    }

    public var categories: [Item.ID]
    /// In the order of the step's items.
    public var rows: [Row]
    public var participants: Int
    public var rejected: Int

    public init(items: [Item], categories: [Item], placements: [(participant: String, placements: [Placement])]) {
        let itemIndex = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let categoryIndex = Dictionary(
            categories.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let placed = LastAnswers(placements.lazy.map { ($0.participant, $0.placements) }) { (placement: Placement) in
            itemIndex[placement.item].flatMap { item in categoryIndex[placement.category].map { (item, $0) } }
        }
        let order = placed.participants
        var counts = [[Int]](repeating: [Int](repeating: 0, count: categories.count), count: items.count)
        for participant in order {
            for (item, category) in placed.answers[participant] ?? [:] { counts[item][category] += 1 }
        }
        self.categories = categories.map(\.id)
        self.rows = items.indices.map { item in
            let row = counts[item]
            let placedCount = row.reduce(0, +)
            let most = row.max() ?? 0
            return Row(
                item: items[item].id, counts: row, unplaced: order.count - placedCount,
                modal: most == 0 ? [] : categories.indices.filter { row[$0] == most }.map { categories[$0].id })
        }
        self.participants = order.count
        self.rejected = placed.rejected
    }
}
