extension SessionState {
    /// Validates a command against the state and returns the payload to append. Ids are assigned
    /// deterministically: participants `p1`, `p2`…, inputs `i1`, `i2`… in submission order per session; an input
    /// that adds an item becomes item `b1`, `b2`… in the order brought in per step. Names, groups and pseudonyms
    /// are trimmed. The state is unchanged.
    public func decide(_ command: SessionCommand, text: TextCheck = .enforced) throws(SessionError) -> EventPayload {
        if text == .enforced { try command.checkCharacters() }
        let sequence = lastSequence + 1
        let payload: EventPayload
        switch command {
        case .start(let settings):
            payload = .sessionStarted(settings)
        case .join(let name, let group, let pseudonym):
            let participant = Participant(
                id: freshParticipantID(), name: name.trimmedWhitespace, group: group?.trimmedWhitespace,
                pseudonym: pseudonym?.trimmedWhitespace
            )
            payload = .participantJoined(participant)
        case .rename(let id, let name): payload = .participantRenamed(id, name: name.trimmedWhitespace)
        case .leave(let id): payload = .participantLeft(id)
        case .open(let step): payload = .stepOpened(step)
        case .close(let step): payload = .stepClosed(step)
        case .reopen(let step): payload = .stepReopened(step)
        case .submit(let participant, let step, let input):
            payload = .inputSubmitted(submission(participant: participant, step: step, input: input))
        case .revise(let id, let input): payload = .inputRevised(id, input)
        case .withdraw(let id): payload = .inputWithdrawn(id)
        case .merge(let step, let items, let into, let text):
            payload = .itemsMerged(step: step, items: items, into: into, text: text)
        case .renameItem(let step, let item, let text): payload = .itemRenamed(step: step, item: item, text: text)
        case .note(let step, let text): payload = .noteAdded(step: step, text: text)
        case .record(let kind, let step, let text): payload = .outcomeRecorded(kind: kind, step: step, text: text)
        case .finalise: payload = .reportFinalised
        case .pauseTimer: payload = .timerPaused
        case .resumeTimer: payload = .timerResumed
        case .end: payload = .sessionEnded
        case .showResults(let step, let shown): payload = .resultsShown(step: step, shown: shown)
        }
        try validate(payload, sequence: sequence)
        return payload
    }

    /// Applies one event after the same checks as `decide`, plus journal order: the sequence must be
    /// `lastSequence + 1` and the time not before the previous event's. A refused event leaves the state as it was.
    public mutating func apply(_ event: SessionEvent) throws(SessionError) {
        guard event.sequence == lastSequence + 1 else {
            throw .outOfSequence(expected: lastSequence + 1, got: event.sequence)
        }
        if let lastTime, event.time < lastTime { throw .timeWentBack(last: lastTime, got: event.time) }
        guard event.time.isSupported else { throw .timeOutOfRange(event.time) }
        try validate(event.payload, sequence: event.sequence)
        record(event)
    }

    /// Decides and applies in one go, for a live session: returns the event to journal. A clock that stepped back
    /// (NTP) is held at the previous event's time so that the journal stays ordered.
    @discardableResult
    public mutating func execute(
        _ command: SessionCommand, at time: Timestamp, text: TextCheck = .enforced
    ) throws(SessionError) -> SessionEvent {
        guard time.isSupported else { throw .timeOutOfRange(time) }
        let payload = try decide(command, text: text)
        let event = SessionEvent(sequence: lastSequence + 1, time: Swift.max(time, lastTime ?? time), payload: payload)
        record(event)
        return event
    }

    /// The state after `events`, in order.
    public static func replay(_ events: [SessionEvent]) throws(SessionError) -> SessionState {
        var state = SessionState()
        // Most events of a long session are inputs; reserving up front avoids rehashing the input index.
        state.inputSlots.reserveCapacity(events.count)
        state.inputIndex.reserveCapacity(events.count)
        for event in events { try state.apply(event) }
        return state
    }

    /// A new input with the next free ids: `i<n>` for the n-th input of the session, and for an input that brings
    /// an item in, `b<n>` for the n-th item brought into its step (withdrawn ones count, so no id is given twice).
    public func submission(participant: ParticipantID, step: Step.ID, input: Input) -> SubmittedInput {
        let id = freshID(prefix: "i", number: inputSlots.count + 1) { inputIndex[$0] != nil }
        var item: Item.ID?
        if input.collectedItemText != nil, let board = boards[step] {
            item = freshID(prefix: "b", number: board.broughtIn + 1) { board.usedIDs.contains($0) }
        }
        return SubmittedInput(id: id, participant: participant, step: step, input: input, item: item)
    }

    /// The first `pN` not taken, starting at the number of participants so far plus one.
    func freshParticipantID() -> ParticipantID {
        freshID(prefix: "p", number: participants.count + 1) { participantIndex[$0] != nil }
    }

    /// `prefix + number`, or with a higher number when an imported session already uses that id.
    func freshID(prefix: String, number: Int, isTaken: (String) -> Bool) -> String {
        var number = number
        while isTaken("\(prefix)\(number)") { number += 1 }
        return "\(prefix)\(number)"
    }
}
