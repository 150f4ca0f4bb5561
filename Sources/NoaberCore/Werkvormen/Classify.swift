/// `classify`: place items in categories (for example a participation ladder).
public struct ClassifySettings: Sendable, Equatable, Hashable, Codable {
    public var items: ItemSource
    public var categories: [Item]

    public init(items: ItemSource, categories: [Item]) {
        self.items = items
        self.categories = categories
    }

    /// Ids that must be unique within the step besides its items.
    var idLists: [[String]] { [categories.map(\.id)] }
}

/// One item placed in one category.
public struct Placement: Sendable, Equatable, Hashable, Codable {
    public var item: Item.ID
    public var category: Item.ID

    public init(item: Item.ID, category: Item.ID) {
        self.item = item
        self.category = category
    }
}

extension SessionState {
    /// Distinct known items, each in a category of the step.
    func validateClassify(
        _ placements: [Placement], settings: ClassifySettings, own: StepParticipant
    ) throws(SessionError) {
        try requireDistinctKnown(placements.map(\.item), own)
        let categories = Set(settings.categories.map(\.id))
        for placement in placements where !categories.contains(placement.category) {
            throw .unknownCategory(step: own.step, category: placement.category)
        }
    }
}
