extension Input {
    /// The input kind as the console and messages name it; `dots` is the dot-voting form of a `vote` step.
    public var kindName: String {
        switch self {
        case .brainstorm: "brainstorm"
        case .open: "open"
        case .roleplay: "roleplay"
        case .likert: "likert"
        case .rank: "rank"
        case .rate: "rate"
        case .vote: "vote"
        case .dots: "dots"
        case .classify: "classify"
        case .action: "action"
        }
    }

    /// The step items this input names (not categories or statements): what an item merge could invalidate.
    public var referencedItems: [Item.ID] {
        switch self {
        case .brainstorm, .likert, .action: []
        case .open(let item, _): item.map { [$0] } ?? []
        case .roleplay(let role, _, _): [role]
        case .rank(let items), .vote(let items): items
        case .rate(let scores), .dots(let scores): scores.map(\.item)
        case .classify(let placements): placements.map(\.item)
        }
    }
}

extension Activity {
    /// The input kind a step of this werkvorm takes; `nil` for `info`.
    public var inputKindName: String? {
        switch self {
        case .info: nil
        case .brainstorm: "brainstorm"
        case .open: "open"
        case .roleplay: "roleplay"
        case .likert: "likert"
        case .rank: "rank"
        case .rate: "rate"
        case .vote(let settings):
            if case .dots = settings.mode { "dots" } else { "vote" }
        case .classify: "classify"
        case .actions: "action"
        }
    }
}
