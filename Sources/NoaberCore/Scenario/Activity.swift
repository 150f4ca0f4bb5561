/// The werkvorm of a step, with its settings (each in `Werkvormen/<Kind>.swift`).
///
/// One case per step kind of `DESIGN.md`; the raw value of `Activity.Kind` is the XML element name. The switches
/// over every werkvorm live here and in `Werkvormen/Werkvormen+Registry.swift`, so that the compiler lists each
/// place a new kind must fill; see README "Adding a werkvorm".
public enum Activity: Sendable, Equatable, Hashable, Codable {
    case info(InfoSettings)
    case brainstorm(BrainstormSettings)
    case open(OpenSettings)
    case roleplay(RoleplaySettings)
    case likert(LikertSettings)
    case rank(RankSettings)
    case rate(RateSettings)
    case vote(VoteSettings)
    case classify(ClassifySettings)
    case actions(ActionsSettings)

    public enum Kind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        case info, brainstorm, open, roleplay, likert, rank, rate, vote, classify, actions
    }

    public var kind: Kind {
        switch self {
        case .info: .info
        case .brainstorm: .brainstorm
        case .open: .open
        case .roleplay: .roleplay
        case .likert: .likert
        case .rank: .rank
        case .rate: .rate
        case .vote: .vote
        case .classify: .classify
        case .actions: .actions
        }
    }

    /// Where the items of this step come from, for the kinds that have items.
    public var itemSource: ItemSource? {
        switch self {
        case .info, .likert, .actions: nil
        case .brainstorm(let settings): .listed(settings.examples)
        case .open(let settings): settings.items
        case .roleplay(let settings): settings.roles
        case .rank(let settings): settings.items
        case .rate(let settings): settings.items
        case .vote(let settings): settings.items
        case .classify(let settings): settings.items
        }
    }
}

extension Activity {
    /// The input kind a step of this werkvorm takes; `nil` for a step that takes none. Most werkvormen take the
    /// input kind of their own name; a vote step takes votes or dots, an actions step one action at a time.
    public var inputKind: Input.Kind? {
        switch self {
        case .info: nil
        case .vote(let settings): settings.inputKind
        case .actions: .action
        case .brainstorm, .open, .roleplay, .likert, .rank, .rate, .classify: Input.Kind(rawValue: kind.rawValue)
        }
    }

    /// The scales of the step, whose bounds the engine checks.
    var scales: [Scale] {
        switch self {
        case .likert(let settings): [settings.scale]
        case .rate(let settings): [settings.scale]
        case .info, .brainstorm, .open, .roleplay, .rank, .vote, .classify, .actions: []
        }
    }

    /// Lists of ids besides the items that must be unique within the step (categories, themes, statements).
    var idLists: [[String]] {
        switch self {
        case .classify(let settings): settings.idLists
        case .likert(let settings): settings.idLists
        case .info, .brainstorm, .open, .roleplay, .rank, .rate, .vote, .actions: []
        }
    }

    /// For a step that collects items during the session (the facilitator merges and renames them): the items
    /// it starts with. `nil` for a step whose items are fixed by the scenario.
    var collectedItemsAtStart: [Item]? {
        switch self {
        case .brainstorm(let settings): settings.initialItems
        case .info, .open, .roleplay, .likert, .rank, .rate, .vote, .classify, .actions: nil
        }
    }
}

extension Activity {
    /// The same werkvorm with the step its items come from renamed by `map`: a programme that takes steps from
    /// other scenarios may give them new ids.
    public func mappingReferencedStep(_ map: (Step.ID) -> Step.ID) -> Activity {
        func remap<Settings>(
            _ settings: Settings, _ source: WritableKeyPath<Settings, ItemSource>, _ wrap: (Settings) -> Activity
        ) -> Activity {
            var settings = settings
            settings[keyPath: source] = settings[keyPath: source].mappingReferencedStep(map)
            return wrap(settings)
        }
        switch self {
        case .info, .brainstorm, .likert, .actions: return self
        case .open(var settings):
            settings.items = settings.items?.mappingReferencedStep(map)
            return .open(settings)
        case .roleplay(let settings): return remap(settings, \.roles, Activity.roleplay)
        case .rank(let settings): return remap(settings, \.items, Activity.rank)
        case .rate(let settings): return remap(settings, \.items, Activity.rate)
        case .vote(let settings): return remap(settings, \.items, Activity.vote)
        case .classify(let settings): return remap(settings, \.items, Activity.classify)
        }
    }
}

extension ItemSource {
    /// The same source with the earlier step it names renamed by `map`.
    public func mappingReferencedStep(_ map: (Step.ID) -> Step.ID) -> ItemSource {
        switch self {
        case .listed: self
        case .fromStep(let id): .fromStep(map(id))
        case .topOfRanking(let id, let count): .topOfRanking(map(id), count: count)
        }
    }
}

/// A labelled numeric scale.
public struct Scale: Sendable, Equatable, Hashable, Codable {
    public var min: Int
    public var max: Int
    /// One label per value from `min` through `max`, in order (checked by the loader).
    public var labels: [ScaleLabel]

    public init(min: Int, max: Int, labels: [ScaleLabel]) {
        self.min = min
        self.max = max
        self.labels = labels
    }

    public func contains(_ value: Int) -> Bool { value >= min && value <= max }

    public func label(for value: Int) -> String? { labels.first { $0.value == value }?.text }
}

public struct ScaleLabel: Sendable, Equatable, Hashable, Codable {
    public var value: Int
    public var text: String

    public init(value: Int, text: String) {
        self.value = value
        self.text = text
    }
}
