/// The checks every werkvorm's input validation (`Werkvormen/<Kind>.swift`) is built from.
extension SessionState {
    /// One live input per participant (per item for kinds answered per item) for kinds that answer once; a
    /// revision may replace its own input.
    func checkOneAnswer(
        _ input: Input, step: Step.ID, participant: ParticipantID, replacing: InputID?
    ) throws(SessionError) {
        if let key = Self.answerKey(for: input, step: step, participant: participant),
            let existing = answers[key], existing != replacing
        {
            throw .alreadySubmitted(step: step, participant: participant, existing: existing)
        }
    }

    /// The key under which a kind with one answer per participant (per item, for kinds answered per item) files
    /// an input; `nil` for kinds that take several inputs.
    static func answerKey(for input: Input, step: Step.ID, participant: ParticipantID) -> AnswerKey? {
        guard input.kind.answersOnce else { return nil }
        return AnswerKey(step: step, participant: participant, item: input.answeredItem)
    }

    func checkLimit(_ limit: Int?, _ own: StepParticipant, replacing: InputID?) throws(SessionError) {
        guard let limit, replacing == nil else { return }
        guard liveCounts[own, default: 0] < limit else { throw .perParticipantLimit(step: own.step, limit: limit) }
    }

    func knownItems(step: Step.ID, participant: ParticipantID) throws(SessionError) -> Set<Item.ID> {
        let known = Set(items(for: step, participant: participant).map(\.id))
        guard !known.isEmpty else { throw .stepHasNoItems(step) }
        return known
    }

    func requireKnown(_ ids: [Item.ID], step: Step.ID, participant: ParticipantID) throws(SessionError) {
        // A linear look-up: one or two ids against a short list costs less than hashing the list into a set.
        let items = items(for: step, participant: participant)
        guard !items.isEmpty else { throw .stepHasNoItems(step) }
        for id in ids where !items.contains(where: { $0.id == id }) { throw .unknownItem(step: step, item: id) }
    }

    func requireDistinct(_ ids: [Item.ID], known: Set<Item.ID>, step: Step.ID) throws(SessionError) {
        var seen: Set<Item.ID> = []
        for id in ids {
            guard known.contains(id) else { throw .unknownItem(step: step, item: id) }
            guard seen.insert(id).inserted else { throw .duplicateItem(step: step, item: id) }
        }
    }
}
