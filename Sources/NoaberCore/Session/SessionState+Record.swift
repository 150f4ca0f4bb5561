extension SessionState {
    /// Folds a validated event into the state. Only `apply` and `execute` call this, after validation.
    mutating func record(_ event: SessionEvent) {
        lastSequence = event.sequence
        lastTime = event.time
        let time = event.time
        switch event.payload {
        case .sessionStarted(let settings):
            self.settings = settings
            startedAt = time
            fixedItems = Self.fixedItems(of: settings.scenario)
            for (index, step) in settings.scenario.steps.enumerated() {
                steps.append(StepState(id: step.id))
                stepIndex[step.id] = index
                if let items = step.activity.collectedItemsAtStart { boards[step.id] = ItemBoard(items: items) }
            }
        case .participantJoined(let participant):
            participantIndex[participant.id] = participants.count
            participants.append(ParticipantState(participant: participant, joinedAt: time))
            names[Self.normalised(participant.name)] = participant.id
            if let pseudonym = participant.pseudonym { pseudonyms[Self.normalised(pseudonym)] = participant.id }
        case .participantRenamed(let id, let name):
            guard let index = participantIndex[id] else { return }
            names[Self.normalised(participants[index].participant.name)] = nil
            participants[index].formerNames.append(participants[index].participant.name)
            participants[index].participant.name = name
            names[Self.normalised(name)] = id
        case .participantLeft(let id):
            guard let index = participantIndex[id] else { return }
            participants[index].leftAt = time
            // A name is free again once its bearer left; their inputs stay under their id.
            names[Self.normalised(participants[index].participant.name)] = nil
            if let pseudonym = participants[index].participant.pseudonym {
                pseudonyms[Self.normalised(pseudonym)] = nil
            }
        case .stepOpened(let id), .stepReopened(let id):
            guard let index = stepIndex[id] else { return }
            steps[index].status = .open
            if steps[index].openedAt == nil { steps[index].openedAt = time }
            steps[index].runningSince = isTimerPaused ? nil : time
            openStep = id
        case .stepClosed(let id):
            guard let index = stepIndex[id] else { return }
            stopClock(index, at: time)
            steps[index].status = .closed
            steps[index].closedAt = time
            openStep = nil
        case .inputSubmitted(let submitted):
            let slot = inputSlots.count
            inputSlots.append(
                InputRecord(
                    id: submitted.id, participant: submitted.participant, step: submitted.step, input: submitted.input,
                    sequence: event.sequence, submittedAt: time
                )
            )
            inputIndex[submitted.id] = slot
            stepInputSlots[submitted.step, default: []].append(slot)
            liveCounts[StepParticipant(step: submitted.step, participant: submitted.participant), default: 0] += 1
            file(submitted.input, id: submitted.id, step: submitted.step, participant: submitted.participant)
            if let text = submitted.input.collectedItemText {
                let item = Item(id: submitted.item ?? "b\(event.sequence)", text: text)
                boards[submitted.step]?.items.append(item)
                boards[submitted.step]?.broughtIn += 1
                boards[submitted.step]?.usedIDs.insert(item.id)
                boards[submitted.step]?.itemOfInput[submitted.id] = item.id
            }
        case .inputRevised(let id, let input):
            // The record's fields are read in place rather than copying the record.
            guard let slot = inputIndex[id], let old = inputSlots[slot]?.input, let step = inputSlots[slot]?.step,
                let participant = inputSlots[slot]?.participant
            else { return }
            refile(old, as: input, id: id, step: step, participant: participant)
            inputSlots[slot]?.input = input
            inputSlots[slot]?.revisedAt = time
            if let text = input.collectedItemText, let item = boards[step]?.itemOfInput[id],
                let position = boards[step]?.items.firstIndex(where: { $0.id == item })
            {
                boards[step]?.items[position].text = text
            }
        case .inputWithdrawn(let id):
            guard let slot = inputIndex[id], let record = inputSlots[slot] else { return }
            unfile(record.input, id: id, step: record.step, participant: record.participant)
            inputSlots[slot] = nil
            liveCounts[StepParticipant(step: record.step, participant: record.participant), default: 1] -= 1
            if let item = boards[record.step]?.itemOfInput[id] {
                boards[record.step]?.items.removeAll { $0.id == item }
            }
        case .itemsMerged(let step, let items, let into, let text):
            let absorbed = Set(items).subtracting([into])
            boards[step]?.items.removeAll { absorbed.contains($0.id) }
            boards[step]?.survivors.insert(into)
            // Items merged earlier into one that is now absorbed follow it to the new survivor.
            for (merged, target) in boards[step]?.mergedInto ?? [:] where absorbed.contains(target) {
                boards[step]?.mergedInto[merged] = into
            }
            for item in absorbed { boards[step]?.mergedInto[item] = into }
            if let text, let position = boards[step]?.items.firstIndex(where: { $0.id == into }) {
                boards[step]?.items[position].text = text
            }
        case .itemRenamed(let step, let item, let text):
            if let position = boards[step]?.items.firstIndex(where: { $0.id == item }) {
                boards[step]?.items[position].text = text
            }
        case .noteAdded(let step, let text):
            notes.append(NoteRecord(step: step, text: text, sequence: event.sequence, time: time))
        case .outcomeRecorded(let kind, let step, let text):
            outcomes.append(OutcomeRecord(kind: kind, step: step, text: text, sequence: event.sequence, time: time))
        case .reportFinalised:
            isFinal = true
        case .timerPaused:
            isTimerPaused = true
            if let openStep, let index = stepIndex[openStep] { stopClock(index, at: time) }
        case .timerResumed:
            isTimerPaused = false
            if let openStep, let index = stepIndex[openStep] { steps[index].runningSince = time }
        case .sessionEnded:
            isEnded = true
            endedAt = time
        case .resultsShown(let step, let shown):
            if shown { shownResults.insert(step) } else { shownResults.remove(step) }
        }
    }

    private mutating func stopClock(_ index: Int, at time: Timestamp) {
        steps[index].elapsedMilliseconds = steps[index].actualMilliseconds(at: time)
        steps[index].runningSince = nil
    }

    /// Indexes an input under its answer key and the statements it answers.
    private mutating func file(_ input: Input, id: InputID, step: Step.ID, participant: ParticipantID) {
        if let key = Self.answerKey(for: input, step: step, participant: participant) { answers[key] = id }
        let own = StepParticipant(step: step, participant: participant)
        for statement in input.answeredStatements { statementAnswers[own, default: [:]][statement] = id }
    }

    /// Indexes a revision in place of the input it revises. Most revisions keep their answer key and answer no
    /// statements (a ranking, a rating): the key then points at the input as before, set again instead of removed
    /// and inserted, which halves the hashing of a replayed revision.
    private mutating func refile(
        _ old: Input, as new: Input, id: InputID, step: Step.ID, participant: ParticipantID
    ) {
        let key = Self.answerKey(for: new, step: step, participant: participant)
        if key == Self.answerKey(for: old, step: step, participant: participant),
            old.answeredStatements.isEmpty, new.answeredStatements.isEmpty
        {
            if let key { answers[key] = id }
            return
        }
        unfile(old, id: id, step: step, participant: participant)
        file(new, id: id, step: step, participant: participant)
    }

    private mutating func unfile(_ input: Input, id: InputID, step: Step.ID, participant: ParticipantID) {
        if let key = Self.answerKey(for: input, step: step, participant: participant), answers[key] == id {
            answers[key] = nil
        }
        let own = StepParticipant(step: step, participant: participant)
        for statement in input.answeredStatements where statementAnswers[own]?[statement] == id {
            statementAnswers[own]?[statement] = nil
        }
    }
}
