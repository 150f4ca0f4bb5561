/// A moment in time, in whole milliseconds since 1970-01-01T00:00:00Z.
///
/// Milliseconds rather than `Date` so that a session written to the journal or to XML reads back to exactly the
/// same value (deterministic exports, byte-identical round trips).
public struct Timestamp: Sendable, Equatable, Hashable, Comparable, Codable {
    public var millisecondsSince1970: Int64

    public init(millisecondsSince1970: Int64) { self.millisecondsSince1970 = millisecondsSince1970 }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSince1970 < rhs.millisecondsSince1970
    }
}

public typealias SessionID = String
public typealias ParticipantID = String
public typealias InputID = String

/// One entry of a session's append-only journal. State is the replay of these, in `sequence` order.
public struct SessionEvent: Sendable, Equatable, Hashable, Codable {
    /// 1-based position in the session; consecutive without gaps.
    public var sequence: Int
    public var time: Timestamp
    public var payload: EventPayload

    public init(sequence: Int, time: Timestamp, payload: EventPayload) {
        self.sequence = sequence
        self.time = time
        self.payload = payload
    }
}

/// What happened. Every case is facts only; checks happen before an event is appended.
public enum EventPayload: Sendable, Equatable, Hashable, Codable {
    case sessionStarted(SessionSettings)
    case participantJoined(Participant)
    case participantRenamed(ParticipantID, name: String)
    case participantLeft(ParticipantID)
    case stepOpened(Step.ID)
    case stepClosed(Step.ID)
    case stepReopened(Step.ID)
    case inputSubmitted(SubmittedInput)
    case inputRevised(InputID, Input)
    case inputWithdrawn(InputID)
    /// The facilitator merges brainstormed (or seeded) items of a step into one; `text` renames the survivor.
    case itemsMerged(step: Step.ID, items: [Item.ID], into: Item.ID, text: String?)
    case itemRenamed(step: Step.ID, item: Item.ID, text: String)
    case noteAdded(step: Step.ID?, text: String)
    /// A conclusion or agreement the facilitator records; they open the report ("Conclusies en afspraken").
    case outcomeRecorded(kind: OutcomeKind, step: Step.ID?, text: String)
    /// The facilitator marks the report definitief (otherwise it is a concept).
    case reportFinalised
    case timerPaused
    case timerResumed
    case sessionEnded
    /// The facilitator shows (`shown`) or hides a step's results on the projector and the participants' pages.
    case resultsShown(step: Step.ID, shown: Bool)
}

/// Fixed at the start of a session. The scenario is copied in so that a session is self-contained
/// (it can be replayed, exported and imported without the scenario file).
public struct SessionSettings: Sendable, Equatable, Hashable, Codable {
    public var sessionID: SessionID
    public var scenario: Scenario
    /// Where the session takes place (for example "Raadzaal, Hellendoorn").
    public var place: String
    /// Name of the griffier or trainer, printed on the report.
    public var facilitatorName: String
    /// When set, reports and exports carry pseudonyms only.
    public var pseudonymous: Bool

    public init(sessionID: SessionID, scenario: Scenario, place: String, facilitatorName: String, pseudonymous: Bool) {
        self.sessionID = sessionID
        self.scenario = scenario
        self.place = place
        self.facilitatorName = facilitatorName
        self.pseudonymous = pseudonymous
    }
}

/// A deelnemer.
public struct Participant: Sendable, Equatable, Hashable, Codable, Identifiable {
    public var id: ParticipantID
    public var name: String
    /// Fractie, afdeling or "inwoner"; free text or the id of a scenario group.
    public var group: String?
    public var pseudonym: String?

    public init(id: ParticipantID, name: String, group: String? = nil, pseudonym: String? = nil) {
        self.id = id
        self.name = name
        self.group = group
        self.pseudonym = pseudonym
    }
}

/// An input as submitted: who, for which step, what.
public struct SubmittedInput: Sendable, Equatable, Hashable, Codable {
    public var id: InputID
    public var participant: ParticipantID
    public var step: Step.ID
    public var input: Input
    /// The id of the item this input brings into its step (`b1`, `b2`… per step in the order brought in), for an
    /// input that becomes an item. `nil` in events written before ids were numbered per step (journal encoding
    /// 1 and 2, `sessie.xml` without the attribute): such an input's item is `b<sequence>`, as it was then.
    public var item: Item.ID?

    public init(id: InputID, participant: ParticipantID, step: Step.ID, input: Input, item: Item.ID? = nil) {
        self.id = id
        self.participant = participant
        self.step = step
        self.input = input
        self.item = item
    }
}

/// What a participant submits ("inbreng"), one case per werkvorm that takes input (the payload types and the
/// checks live in `Werkvormen/<Kind>.swift`). Collections are arrays of pairs, not dictionaries, so that
/// encoding is deterministic.
public enum Input: Sendable, Equatable, Hashable, Codable {
    /// One brainstormed item.
    case brainstorm(text: String)
    /// A free-text answer, to the step's prompt (`item == nil`) or to one of its items.
    case open(item: Item.ID?, text: String)
    /// A note of what a role brought in for the case, in a round (1-based).
    case roleplay(role: Item.ID, round: Int, text: String)
    /// Answers to statements of a likert step (a participant may answer some now and others later).
    case likert([LikertAnswer])
    /// Items best first: a permutation of the step's items, or a top-k prefix when the step allows it.
    case rank([Item.ID])
    case rate([ItemScore])
    /// Single or multiple choice.
    case vote([Item.ID])
    /// Dot-voting: dots per item.
    case dots([ItemScore])
    case classify([Placement])
    case action(Action)
}

extension Input {
    /// The same input with `transform` applied to every free text a participant typed (answers, ideas, notes of a
    /// role, what/trekker/wanneer of a commitment); ids and scores stay. The privacy filter uses it.
    public func mappingTexts(_ transform: (String) -> String) -> Input {
        switch self {
        case .brainstorm(let text): .brainstorm(text: transform(text))
        case .open(let item, let text): .open(item: item, text: transform(text))
        case .roleplay(let role, let round, let text): .roleplay(role: role, round: round, text: transform(text))
        case .action(let action):
            .action(
                Action(
                    what: transform(action.what), owner: transform(action.owner), when: transform(action.when),
                    with: transform(action.with)))
        case .likert, .rank, .rate, .vote, .dots, .classify: self
        }
    }
}

/// A value given to an item: a score on a scale, or a number of dots.
public struct ItemScore: Sendable, Equatable, Hashable, Codable {
    public var item: Item.ID
    public var value: Int

    public init(item: Item.ID, value: Int) {
        self.item = item
        self.value = value
    }
}

extension Input {
    /// The kind of an input, as the console and messages name it (the raw value).
    public enum Kind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        case brainstorm, open, roleplay, likert, rank, rate, vote, dots, classify, action

        /// Whether a participant has one live input of this kind per step (per item for `open`), revised to change.
        var answersOnce: Bool {
            switch self {
            case .brainstorm, .roleplay, .likert, .action: false
            case .open, .rank, .rate, .vote, .dots, .classify: true
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .brainstorm: .brainstorm
        case .open: .open
        case .roleplay: .roleplay
        case .likert: .likert
        case .rank: .rank
        case .rate: .rate
        case .vote: .vote
        case .dots: .dots
        case .classify: .classify
        case .action: .action
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

    /// The item this input answers, for a kind answered per item.
    var answeredItem: Item.ID? {
        if case .open(let item, _) = self { item } else { nil }
    }

    /// The text of the item this input adds to its step, for a kind that collects items.
    var collectedItemText: String? {
        if case .brainstorm(let text) = self { text } else { nil }
    }

    /// The statements this input answers, for a kind answered per statement.
    var answeredStatements: [String] {
        if case .likert(let answers) = self { answers.map(\.statement) } else { [] }
    }

    /// The order of items, for a kind that ranks them (others may take their top).
    var order: [Item.ID]? {
        if case .rank(let order) = self { order } else { nil }
    }
}

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
