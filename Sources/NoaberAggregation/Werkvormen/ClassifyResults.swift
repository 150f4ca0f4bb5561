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

extension StepResults {
    /// The classification, when the step classifies items.
    public var classify: ClassifyResults? {
        if case .classify(let results) = aggregate { results } else { nil }
    }
}
