/// The state of a session: the replay of its events, nothing else.
///
/// `decide` turns a command into an event payload (or refuses it), `apply` folds one event in. Both run the same
/// checks, so a journal or an imported file that was tampered with is refused just like a bad command. Replay is
/// O(events): every lookup goes through an index kept beside the public arrays.
///
/// Rules the engine enforces (each refusal is a `SessionError` with its Dutch and English message):
/// - one step is open at a time; opening another names the open one. A closed step is reopened, not opened;
///   the session ends only with no step open, and nothing is accepted after the end;
/// - only present participants (joined, not left) submit or revise (the facilitator may still withdraw a
///   leaver's input); names and pseudonyms
///   are unique among present participants (case and surrounding spaces ignored) so the console can address
///   them by name;
/// - inputs go to an open step of the matching werkvorm, which checks them (`Werkvormen/<Kind>.swift`); kinds
///   answered once take one live input per participant (revise it to change it), others take several (up to the
///   step's limit);
/// - names, pseudonyms, groups and short fields ≤ 200 characters, item texts ≤ 500, free texts ≤ 10,000 (or the
///   step's `maxLength`);
/// - an item merge, a withdrawal or a revision that would leave a later input pointing at an item that is gone
///   is refused, naming that input; so is a new collected item once a complete ordering of the items has inputs.
public struct SessionState: Sendable, Equatable {
    public static let empty = SessionState()

    /// `nil` before `.sessionStarted`.
    public internal(set) var settings: SessionSettings?
    public internal(set) var lastSequence: Int = 0
    /// Time of `.sessionStarted` and `.sessionEnded`.
    public internal(set) var startedAt: Timestamp?
    public internal(set) var endedAt: Timestamp?
    /// Time of the last event applied.
    public internal(set) var lastTime: Timestamp?
    /// In join order (including those who left).
    public internal(set) var participants: [ParticipantState] = []
    /// One per scenario step, in agenda order.
    public internal(set) var steps: [StepState] = []
    public internal(set) var notes: [NoteRecord] = []
    /// Conclusions and agreements, in the order recorded.
    public internal(set) var outcomes: [OutcomeRecord] = []
    /// The facilitator marked the report definitief.
    public internal(set) var isFinal = false
    public internal(set) var isEnded = false
    public internal(set) var isTimerPaused = false
    /// The step that is open now; at most one is.
    public internal(set) var openStep: Step.ID?
    /// Steps whose results the facilitator shows in the room (projector, participants' pages).
    public internal(set) var shownResults: Set<Step.ID> = []

    var participantIndex: [ParticipantID: Int] = [:]
    var stepIndex: [Step.ID: Int] = [:]
    /// The known items of steps whose items cannot change, by step index (`fixedKnownItems(of:)`).
    var fixedItems: [KnownItems?] = []
    /// Every input ever submitted, by position; withdrawn ones are `nil` so that positions stay valid.
    var inputSlots: [InputRecord?] = []
    /// Input id to slot, withdrawn ones included, so that an id is never reused.
    var inputIndex: [InputID: Int] = [:]
    var stepInputSlots: [Step.ID: [Int]] = [:]
    /// Live inputs per step and participant (per-participant limits).
    var liveCounts: [StepParticipant: Int] = [:]
    /// Kinds answered once per participant (or once per item): the input holding the answer.
    var answers: [AnswerKey: InputID] = [:]
    /// Statements answered, per step and participant.
    var statementAnswers: [StepParticipant: [String: InputID]] = [:]
    /// The items of steps that collect them during the session.
    var boards: [Step.ID: ItemBoard] = [:]
    /// Present participants by normalised name and pseudonym, to refuse look-alikes.
    var names: [String: ParticipantID] = [:]
    var pseudonyms: [String: ParticipantID] = [:]

    public init() {}

    public var scenario: Scenario? { settings?.scenario }

    /// Live (not withdrawn) inputs in submission order.
    public var inputs: [InputRecord] { inputSlots.compactMap { $0 } }

    /// Live inputs of one step in submission order.
    public func inputs(for step: Step.ID) -> [InputRecord] {
        (stepInputSlots[step] ?? []).compactMap { inputSlots[$0] }
    }

    /// A live input by id.
    public func input(_ id: InputID) -> InputRecord? {
        inputIndex[id].flatMap { inputSlots[$0] }
    }

    public func participant(_ id: ParticipantID) -> ParticipantState? {
        participantIndex[id].map { participants[$0] }
    }

    public func stepState(_ id: Step.ID) -> StepState? {
        stepIndex[id].map { steps[$0] }
    }

    /// The scenario's definition of a step.
    public func step(_ id: Step.ID) -> Step? {
        // Through the stored settings, not `scenario`: that getter copies the whole scenario, on every input replayed.
        guard let index = stepIndex[id] else { return nil }
        return settings?.scenario.steps[index]
    }

    /// The present participant with this name (case and surrounding spaces ignored), if any.
    public func participant(named name: String) -> ParticipantState? {
        names[Self.normalised(name)].flatMap { participant($0) }
    }

    /// The pseudonym, or "Deelnemer N" (N in join order), when the session is pseudonymous; else the name.
    /// An unknown id is returned as is.
    public func displayName(of id: ParticipantID) -> String {
        guard let index = participantIndex[id] else { return id }
        let participant = participants[index].participant
        guard settings?.pseudonymous == true else { return participant.name }
        return participant.pseudonym ?? Self.numberedName(index + 1)
    }

    /// "Deelnemer N": how a participant without a pseudonym is shown in a pseudonymous session (N in join order,
    /// from 1), and the name simulated participants get.
    public static func numberedName(_ number: Int) -> String { "Deelnemer \(number)" }

    /// Items of a step as they stand now.
    ///
    /// Listed items as written; for a step that collects items, its starting items and the submitted ones after
    /// the facilitator's merges and renames; `fromStep` follows the earlier step's current items; a top source
    /// gives that participant's own top (`ownTop`).
    public func items(for step: Step.ID, participant: ParticipantID? = nil) -> [Item] {
        guard let definition = self.step(step) else { return [] }
        if let board = boards[step] { return board.items }
        guard let source = definition.activity.itemSource else { return [] }
        switch source {
        case .listed(let items):
            return items
        case .fromStep(let earlier):
            return items(for: earlier, participant: participant)
        case .topOfRanking(let earlier, let count):
            return ownTop(of: earlier, count: count, participant: participant)
        }
    }

    /// For a step that collects items: how many live contributions stand behind each current item, after the facilitator's
    /// merges (ideas that became the item or were merged into it; a withdrawn idea no longer counts). Seeded
    /// examples count only the ideas merged into them. Empty for other steps.
    public func contributionCounts(for step: Step.ID) -> [Item.ID: Int] {
        guard let board = boards[step] else { return [:] }
        var counts = Dictionary(uniqueKeysWithValues: board.items.map { ($0.id, 0) })
        for record in inputs(for: step) {
            guard let created = board.itemOfInput[record.id] else { continue }
            let item = board.mergedInto[created] ?? created
            if counts[item] != nil { counts[item, default: 0] += 1 }
        }
        return counts
    }

    /// Names compare without case and surrounding white space.
    static func normalised(_ text: String) -> String { text.trimmedWhitespace.lowercased() }
}

struct StepParticipant: Sendable, Hashable {
    var step: Step.ID
    var participant: ParticipantID
}

struct AnswerKey: Sendable, Hashable {
    var step: Step.ID
    var participant: ParticipantID
    var item: Item.ID?
}

/// The items of a step that collects them during the session.
struct ItemBoard: Sendable, Equatable {
    var items: [Item]
    /// The idea item an input created.
    var itemOfInput: [InputID: Item.ID] = [:]
    /// Items into which others were merged.
    var survivors: Set<Item.ID> = []
    /// Where each merged-away item went (always a current item: later merges re-point earlier ones).
    var mergedInto: [Item.ID: Item.ID] = [:]
    /// How many items inputs brought in, withdrawn ones included: the next is `b<broughtIn + 1>`.
    var broughtIn = 0
    /// Every item id the step ever had, so that none is given twice.
    var usedIDs: Set<Item.ID>

    init(items: [Item]) {
        self.items = items
        usedIDs = Set(items.map(\.id))
    }

    func contains(_ item: Item.ID) -> Bool { items.contains { $0.id == item } }
}
