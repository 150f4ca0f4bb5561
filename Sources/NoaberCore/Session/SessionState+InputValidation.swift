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

    func knownItems(_ own: StepParticipant) throws(SessionError) -> KnownItems {
        let known = fixedKnownItems(of: own.step) ?? KnownItems(items(for: own.step, participant: own.participant))
        guard !known.isEmpty else { throw .stepHasNoItems(own.step) }
        return known
    }

    func requireKnown(_ ids: [Item.ID], _ own: StepParticipant) throws(SessionError) {
        // A linear look-up: one or two ids against a short list costs less than hashing the list into a set.
        let items = items(for: own.step, participant: own.participant)
        guard !items.isEmpty else { throw .stepHasNoItems(own.step) }
        for id in ids where !items.contains(where: { $0.id == id }) { throw .unknownItem(step: own.step, item: id) }
    }

    /// What every werkvorm that names items of its step checks first: the step has items, the input names at least
    /// one, and each is a known item named once. Returns the known items for the werkvorm's own checks.
    @discardableResult
    func requireDistinctKnown(_ ids: [Item.ID], _ own: StepParticipant) throws(SessionError) -> KnownItems {
        let known = try knownItems(own)
        guard !ids.isEmpty else { throw .emptyInput(own.step) }
        try requireDistinct(ids, known: known, step: own.step)
        return known
    }

    func requireDistinct(_ ids: [Item.ID], known: KnownItems, step: Step.ID) throws(SessionError) {
        // Replay checks every journalled input again: with a short list, each id's position in it marks the ids
        // seen so far in one word instead of a set that hashes them all.
        if known.isShort {
            var seen: UInt64 = 0
            for id in ids {
                guard let position = known.position(of: id) else { throw .unknownItem(step: step, item: id) }
                let bit: UInt64 = 1 << position
                guard seen & bit == 0 else { throw .duplicateItem(step: step, item: id) }
                seen |= bit
            }
            return
        }
        var seen: Set<Item.ID> = []
        for id in ids {
            guard known.contains(id) else { throw .unknownItem(step: step, item: id) }
            guard seen.insert(id).inserted else { throw .duplicateItem(step: step, item: id) }
        }
    }
}
