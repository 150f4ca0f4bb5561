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

    /// The items on the board when the session starts.
    var initialItems: [Item] { examplesAreItems ? examples : [] }

    /// An example may not take an id that a brainstormed idea (`b<sequence>`) could get.
    func check(step: Step.ID) throws(SessionError) {
        for example in examples where SessionState.isIdeaID(example.id) {
            throw .reservedItemID(step: step, item: example.id)
        }
    }
}

extension SessionState {
    /// A brainstormed idea: a non-empty item text, within the step's per-participant limit. Duplicates of an
    /// existing idea are accepted on purpose: the room says what it says, and the facilitator merges look-alikes
    /// afterwards (`itemsMerged`).
    func validateBrainstorm(
        _ text: String, settings: BrainstormSettings, own: StepParticipant, replacing: InputID?
    ) throws(SessionError) {
        try checkField(text, .itemText)
        try checkLimit(settings.maxPerParticipant, own, replacing: replacing)
    }
}

extension SessionState {
    /// Merging and renaming items happens on a step that collects them.
    func requireBoard(_ step: Step.ID) throws(SessionError) -> ItemBoard {
        _ = try requireStep(step)
        guard let board = boards[step] else { throw .notABrainstormStep(step) }
        return board
    }
}

extension SessionError {
    /// The catalogue entries (`MessageCatalogue`) of the refusals only a brainstorm gives.
    static let brainstormMessages = #"""
        notABrainstormStep(step)
        nl: stap ‘{step}’ is geen brainstorm; alleen daar worden items bewerkt
        en: step ‘{step}’ is not a brainstorm; only there can items be edited
        """#
}
