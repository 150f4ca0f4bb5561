/// The werkvorm of a step, with its settings.
///
/// One case per step kind of `DESIGN.md`; the raw value of `Activity.Kind` is the XML element name.
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

/// `info`: text to present.
public struct InfoSettings: Sendable, Equatable, Hashable, Codable {
    /// Paragraphs of text, quoted from the sources.
    public var paragraphs: [String]

    public init(paragraphs: [String]) { self.paragraphs = paragraphs }
}

/// `brainstorm`: collect items; the facilitator merges duplicates.
public struct BrainstormSettings: Sendable, Equatable, Hashable, Codable {
    /// Seeded examples the facilitator may show (for example the seven roles of the source text).
    public var examples: [Item]
    /// Whether the examples count as collected items from the start.
    public var examplesAreItems: Bool
    /// Most items one participant may add; `nil` means no limit.
    public var maxPerParticipant: Int?

    public init(examples: [Item], examplesAreItems: Bool = true, maxPerParticipant: Int? = nil) {
        self.examples = examples
        self.examplesAreItems = examplesAreItems
        self.maxPerParticipant = maxPerParticipant
    }
}

/// `open`: a free-text answer per participant, optionally one per item (a question of a form such as POP-OP).
public struct OpenSettings: Sendable, Equatable, Hashable, Codable {
    /// `nil`: one answer to the step's prompt. Otherwise one answer per item.
    public var items: ItemSource?
    /// Longest answer accepted, in characters.
    public var maxLength: Int

    public init(items: ItemSource? = nil, maxLength: Int = 10_000) {
        self.items = items
        self.maxLength = maxLength
    }
}

/// `roleplay`: a set of roles applied one by one to a case.
public struct RoleplaySettings: Sendable, Equatable, Hashable, Codable {
    public enum Assignment: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        /// Every participant takes every role in turn.
        case all
        /// The facilitator assigns a role per participant per round.
        case assigned
        /// Participants choose a role themselves.
        case chosen
    }

    public var roles: ItemSource
    public var caseTitle: String
    /// The case, quoted from the source (for example the grasveldje).
    public var caseText: String
    public var assignment: Assignment
    /// Rounds of rotation (at least 1).
    public var rounds: Int

    public init(roles: ItemSource, caseTitle: String, caseText: String, assignment: Assignment, rounds: Int) {
        self.roles = roles
        self.caseTitle = caseTitle
        self.caseText = caseText
        self.assignment = assignment
        self.rounds = rounds
    }
}

/// A labelled numeric scale, for `likert` and `rate`.
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

/// `likert`: statements grouped in themes, a labelled scale, reverse-scored items, theme scores.
public struct LikertSettings: Sendable, Equatable, Hashable, Codable {
    public var scale: Scale
    public var themes: [LikertTheme]

    public init(scale: Scale, themes: [LikertTheme]) {
        self.scale = scale
        self.themes = themes
    }

    public var statements: [LikertStatement] { themes.flatMap(\.statements) }
}

public struct LikertTheme: Sendable, Equatable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var statements: [LikertStatement]
    /// Interpretation of the theme score, quoted from the source; bands may be a single band for all scores.
    public var interpretation: [ScoreBand]

    public init(id: String, title: String, statements: [LikertStatement], interpretation: [ScoreBand]) {
        self.id = id
        self.title = title
        self.statements = statements
        self.interpretation = interpretation
    }
}

public struct LikertStatement: Sendable, Equatable, Hashable, Codable, Identifiable {
    public var id: String
    public var text: String
    /// Scored as `min + max - answer`.
    public var reversed: Bool

    public init(id: String, text: String, reversed: Bool = false) {
        self.id = id
        self.text = text
        self.reversed = reversed
    }
}

/// Interpretation text for mean theme scores in `[from, to]` (both inclusive). Open bounds are `nil`.
public struct ScoreBand: Sendable, Equatable, Hashable, Codable {
    public var from: Double?
    public var to: Double?
    public var text: String

    public init(from: Double? = nil, to: Double? = nil, text: String) {
        self.from = from
        self.to = to
        self.text = text
    }

    public func contains(_ mean: Double) -> Bool {
        (from.map { mean >= $0 } ?? true) && (to.map { mean <= $0 } ?? true)
    }
}

/// Consensus methods a `rank` step can name as its headline method.
public enum RankMethod: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case kemenyYoung = "kemeny-young"
    case schulze
    case borda
    case copeland
    case meanRank = "mean-rank"
    case plurality
    case instantRunoff = "instant-runoff"
}

/// `rank`: order a list, full or top-k.
public struct RankSettings: Sendable, Equatable, Hashable, Codable {
    public var items: ItemSource
    /// `nil`: a full ranking. Otherwise a top-k prefix of exactly `top` items (or up to the item count).
    public var top: Int?
    public var method: RankMethod

    public init(items: ItemSource, top: Int? = nil, method: RankMethod = .kemenyYoung) {
        self.items = items
        self.top = top
        self.method = method
    }
}

/// `rate`: score items on a scale.
public struct RateSettings: Sendable, Equatable, Hashable, Codable {
    public var items: ItemSource
    public var scale: Scale

    public init(items: ItemSource, scale: Scale) {
        self.items = items
        self.scale = scale
    }
}

/// `vote`: single choice, multiple choice or dot-voting.
public struct VoteSettings: Sendable, Equatable, Hashable, Codable {
    public enum Mode: Sendable, Equatable, Hashable, Codable {
        case single
        /// Choose up to `max` items (`nil`: any number).
        case multi(max: Int?)
        /// Spend at most `dots` dots, several on one item allowed.
        case dots(Int)
    }

    public var items: ItemSource
    public var mode: Mode

    public init(items: ItemSource, mode: Mode) {
        self.items = items
        self.mode = mode
    }
}

/// `classify`: place items in categories (for example a participation ladder).
public struct ClassifySettings: Sendable, Equatable, Hashable, Codable {
    public var items: ItemSource
    public var categories: [Item]

    public init(items: ItemSource, categories: [Item]) {
        self.items = items
        self.categories = categories
    }
}

/// `actions`: commitments with what, trekker (owner) and when.
public struct ActionsSettings: Sendable, Equatable, Hashable, Codable {
    /// Most actions one participant may add; `nil` means no limit.
    public var maxPerParticipant: Int?

    public init(maxPerParticipant: Int? = nil) { self.maxPerParticipant = maxPerParticipant }
}
