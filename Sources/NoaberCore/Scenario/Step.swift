/// One block of the agenda ("onderdeel", "stap").
public struct Step: Sendable, Equatable, Hashable, Codable, Identifiable {
    public typealias ID = String

    public var id: ID
    public var title: String
    /// Planned duration; always positive in a loaded scenario.
    public var minutes: Int
    /// What the facilitator does and says.
    public var instructions: String
    /// What participants see (the question or the task).
    public var prompt: String
    /// The werkvorm with its settings.
    public var activity: Activity
    /// Personal answers (a POP-OP, a personal reflection): they appear only in the participant's own report; the
    /// group report and the raw data show how many answered, never what.
    public var isPrivate: Bool {
        get { privateMark ?? false }
        set { privateMark = newValue ? true : nil }
    }
    /// `true` or nil, never false, so that equal steps compare equal and stored settings from before private steps
    /// decode (the key is simply absent there, and stays absent for a public step).
    private var privateMark: Bool?

    private enum CodingKeys: String, CodingKey {
        case id, title, minutes, instructions, prompt, activity
        case privateMark = "isPrivate"
    }

    public init(
        id: ID, title: String, minutes: Int, instructions: String, prompt: String, activity: Activity,
        isPrivate: Bool = false
    ) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.instructions = instructions
        self.prompt = prompt
        self.activity = activity
        self.isPrivate = isPrivate
    }
}

/// An item a step works on: a role, a value, a statement option, a category, a question.
public struct Item: Sendable, Equatable, Hashable, Codable, Identifiable {
    public typealias ID = String

    public var id: ID
    public var text: String
    /// Optional explanation shown beside the text.
    public var detail: String?
    /// Optional examples (the sources' "voorbeelden", such as the municipalities that use a financing form).
    public var examples: String?
    /// Text no source gives (a ladder rung, a role for a practice round): written by the scenario's author, so a
    /// reader knows it is not a quotation. Items are quoted from the sources unless marked.
    public var authored: Bool

    public init(id: ID, text: String, detail: String? = nil, examples: String? = nil, authored: Bool = false) {
        self.id = id
        self.text = text
        self.detail = detail
        self.examples = examples
        self.authored = authored
    }
}

extension Item {
    private enum CodingKeys: String, CodingKey {
        case id, text, detail, examples, authored
    }

    /// Journals and files written before `examples` and `authored` existed lack them: absent means none, quoted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        detail = try container.decodeIfPresent(String.self, forKey: .detail)
        examples = try container.decodeIfPresent(String.self, forKey: .examples)
        authored = try container.decodeIfPresent(Bool.self, forKey: .authored) ?? false
    }

    /// Leaves out what is absent, so that an item without examples or marks encodes as it always did.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(detail, forKey: .detail)
        try container.encodeIfPresent(examples, forKey: .examples)
        if authored { try container.encode(authored, forKey: .authored) }
    }
}

/// Where a step's items come from.
public enum ItemSource: Sendable, Equatable, Hashable, Codable {
    /// Items written in the scenario.
    case listed([Item])
    /// The items of an earlier step: its listed items, or for a step that collects items the ones collected there
    /// after the facilitator's merges and renames.
    case fromStep(Step.ID)
    /// Each participant's own top `count` of an earlier `rank` step (for example: "for your top three values").
    case topOfRanking(Step.ID, count: Int)

    /// The id of the earlier step this source refers to, if any.
    public var referencedStep: Step.ID? {
        switch self {
        case .listed: nil
        case .fromStep(let id), .topOfRanking(let id, _): id
        }
    }

    /// The listed items; empty when the items come from another step.
    public var listedItems: [Item] {
        if case .listed(let items) = self { items } else { [] }
    }
}
