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

extension SessionState {
    /// A free text within `maxLength`; with items, it names one of them, once per participant and item.
    /// Returns whether the answer is already filed per item (so the one-answer-per-step check does not apply).
    func validateOpen(
        item: Item.ID?, text: String, settings: OpenSettings, own: StepParticipant, replacing: InputID?
    ) throws(SessionError) -> Bool {
        try checkField(text, .text)
        let length = text.count
        guard length <= settings.maxLength else {
            throw .fieldTooLong(.text, length: length, limit: settings.maxLength)
        }
        if settings.items == nil {
            guard item == nil else { throw .itemNotExpected(own.step) }
            return false
        }
        guard let item else { throw .itemRequired(own.step) }
        try requireKnown([item], own)
        if let existing = answers[AnswerKey(step: own.step, participant: own.participant, item: item)],
            existing != replacing
        {
            throw .alreadyAnswered(step: own.step, item: item, existing: existing)
        }
        return true
    }
}
