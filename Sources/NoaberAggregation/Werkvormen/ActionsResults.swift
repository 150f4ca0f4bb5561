public import NoaberCore

/// An actions step's results: every action in order of input, and the actions per trekker as typed (trimmed, any
/// case), so that a participant's own actions are found without reading every action again.
public struct ActionsResults: Sendable {
    /// Every action of the step, in order of input.
    public var actions: [Action]
    /// Positions in `actions` per trekker key (`ownerKey`), in order.
    private var byOwner: [String: [Int]]

    public init(inputs: [InputRecord]) {
        actions = inputs.compactMap { if case .action(let action) = $0.input { action } else { nil } }
        var byOwner: [String: [Int]] = [:]
        for (position, action) in actions.enumerated() {
            byOwner[Self.ownerKey(action.owner), default: []].append(position)
        }
        self.byOwner = byOwner
    }

    /// A trekker as compared: without surrounding whitespace, lowercased.
    public static func ownerKey(_ name: String) -> String { name.trimmedWhitespace.lowercased() }

    /// The actions whose trekker is any of `names` (compared as `ownerKey`), in order of input.
    public func actions(ownedByAnyOf names: [String]) -> [Action] {
        let keys = Set(names.map(Self.ownerKey)).subtracting([""])
        return keys.flatMap { byOwner[$0] ?? [] }.sorted().map { actions[$0] }
    }
}

extension StepResults {
    /// The actions, when the step collects them.
    public var actions: ActionsResults? {
        if case .actions(let results) = aggregate { results } else { nil }
    }
}
