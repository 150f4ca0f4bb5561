extension SessionState {
    /// The known items of a step whose items cannot change during the session (listed in the scenario, or followed
    /// from such a step), made once when the session starts: replay checks every input against them, and building
    /// them anew per input was a tenth of a long replay. `nil` for items collected during the session or taken from
    /// a participant's own ranking.
    func fixedKnownItems(of step: Step.ID) -> KnownItems? {
        guard let index = stepIndex[step], index < fixedItems.count else { return nil }
        return fixedItems[index]
    }

    /// `fixedItems` for a scenario, by step index (`record(.sessionStarted)`).
    static func fixedItems(of scenario: Scenario) -> [KnownItems?] {
        var fixed: [KnownItems?] = []
        var index: [Step.ID: Int] = [:]
        for step in scenario.steps {
            var known: KnownItems?
            if step.activity.collectedItemsAtStart == nil {
                switch step.activity.itemSource {
                case .listed(let items): known = KnownItems(items)
                case .fromStep(let earlier): known = index[earlier].flatMap { fixed[$0] }
                case .topOfRanking, nil: known = nil
                }
            }
            index[step.id] = fixed.count
            fixed.append(known)
        }
        return fixed
    }
}

/// The distinct item ids a participant may name in a step. A short list is searched linearly: comparing a few
/// short ids costs less than hashing each into a set, and replay runs this for every journalled input. (A
/// fingerprint per id, to compare integers before strings, was tried: computing it cost as much as it saved.)
struct KnownItems: Sendable, Equatable {
    /// At most one id per bit of a word (`requireDistinct`).
    static let linearLimit = 64

    // The items as the step has them: taking their ids into an array of their own cost an allocation per input.
    private let items: [Item]
    private let hashed: Set<Item.ID>?

    init(_ items: [Item]) {
        self.items = items
        hashed = items.count > Self.linearLimit ? Set(items.map(\.id)) : nil
    }

    var isEmpty: Bool { items.isEmpty }

    /// Searched linearly; `position(of:)` answers.
    var isShort: Bool { hashed == nil }

    /// The first place of `id` in a short list (the same for every copy of a duplicated id).
    func position(of id: Item.ID) -> Int? { items.firstIndex { $0.id == id } }

    /// The number of distinct ids.
    var count: Int { hashed?.count ?? Set(items.map(\.id)).count }

    /// Whether `distinct` different known ids name all of them; spares the count when they are as many as the
    /// list holds.
    func areAll(_ distinct: Int) -> Bool { distinct >= items.count || distinct >= count }

    func contains(_ id: Item.ID) -> Bool {
        if let hashed { return hashed.contains(id) }
        return items.contains { $0.id == id }
    }
}
