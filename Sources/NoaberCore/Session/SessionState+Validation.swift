extension SessionState {
    /// Every check an event must pass before it joins the session; shared by `decide` and `apply`.
    func validate(_ payload: EventPayload, sequence: Int) throws(SessionError) {
        if case .sessionStarted(let settings) = payload {
            guard self.settings == nil else { throw .alreadyStarted }
            try Self.validate(settings)
            return
        }
        // `startedAt` is set with the settings; testing it spares a copy of the settings per event.
        guard startedAt != nil else { throw .notStarted }
        guard !isEnded else { throw .sessionEnded }
        switch payload {
        case .sessionStarted:
            break
        case .participantJoined(let participant):
            guard participantIndex[participant.id] == nil else { throw .duplicateParticipantID(participant.id) }
            try checkField(participant.name, .name)
            try checkName(participant.name, for: participant.id)
            if let group = participant.group { try checkField(group, .group) }
            if let pseudonym = participant.pseudonym {
                try checkField(pseudonym, .pseudonym)
                if let existing = pseudonyms[Self.normalised(pseudonym)], existing != participant.id {
                    throw .duplicatePseudonym(pseudonym, existing: existing)
                }
            }
        case .participantRenamed(let id, let name):
            try requirePresent(id)
            try checkField(name, .name)
            try checkName(name, for: id)
        case .participantLeft(let id):
            try requirePresent(id)
        case .stepOpened(let id):
            let state = try requireStep(id)
            switch state.status {
            case .open: throw .stepAlreadyOpen(id)
            case .closed: throw .stepAlreadyClosed(id)
            case .planned: if let openStep { throw .anotherStepOpen(open: openStep, requested: id) }
            }
        case .stepReopened(let id):
            let state = try requireStep(id)
            guard state.status == .closed else { throw .stepNotClosed(id) }
            if let openStep { throw .anotherStepOpen(open: openStep, requested: id) }
        case .stepClosed(let id):
            guard try requireStep(id).status == .open else { throw .stepNotOpen(id) }
        case .inputSubmitted(let submitted):
            guard inputIndex[submitted.id] == nil else { throw .duplicateInputID(submitted.id) }
            let step = try requireOpenStep(submitted.step)
            try requirePresent(submitted.participant)
            try validateInput(submitted.input, step: step, participant: submitted.participant, replacing: nil)
            if submitted.input.collectedItemText != nil { try requireNoCompleteOrders(derivedFrom: step.id) }
            if submitted.input.collectedItemText != nil, let board = boards[step.id] {
                let item = submitted.item ?? "b\(sequence)"
                guard !board.usedIDs.contains(item) else { throw .broughtInItemRefused(step: step.id, item: item) }
            } else if let item = submitted.item {
                throw .broughtInItemRefused(step: step.id, item: item)
            }
        case .inputRevised(let id, let input):
            // The record's fields are read in place: a copy of the record per replayed revision showed in profiles.
            guard let slot = inputIndex[id], let kind = inputSlots[slot]?.input.kind,
                let stepID = inputSlots[slot]?.step, let participant = inputSlots[slot]?.participant
            else { throw .unknownInput(id) }
            guard kind == input.kind else { throw .revisedKindChanged(id, was: kind, now: input.kind) }
            let step = try requireOpenStep(stepID)
            try requirePresent(participant)
            try validateInput(input, step: step, participant: participant, replacing: id)
            if let order = input.order { try requireTopKept(step: stepID, participant: participant, newOrder: order) }
        case .inputWithdrawn(let id):
            guard let record = self.input(id) else { throw .unknownInput(id) }
            _ = try requireOpenStep(record.step)
            if record.input.order != nil {
                try requireTopKept(step: record.step, participant: record.participant, newOrder: [])
            }
            if let board = boards[record.step], let item = board.itemOfInput[id], board.contains(item) {
                guard !board.survivors.contains(item) else { throw .mergedItemCannotBeWithdrawn(input: id, item: item) }
                try requireUnused([item], derivedFrom: record.step)
            }
        case .itemsMerged(let step, let items, let into, let text):
            let board = try requireBoard(step)
            let distinct = Set(items)
            guard distinct.count >= 2, distinct.count == items.count else { throw .mergeNeedsTwoItems(step) }
            guard distinct.contains(into) else { throw .mergeTargetNotAmongItems(step: step, into: into) }
            for item in items where !board.contains(item) { throw .unknownItem(step: step, item: item) }
            if let text { try checkField(text, .itemText) }
            try requireUnused(items.filter { $0 != into }, derivedFrom: step)
        case .itemRenamed(let step, let item, let text):
            let board = try requireBoard(step)
            guard board.contains(item) else { throw .unknownItem(step: step, item: item) }
            try checkField(text, .itemText)
        case .noteAdded(let step, let text), .outcomeRecorded(_, let step, let text):
            if let step { _ = try requireStep(step) }
            try checkField(text, .text)
        case .reportFinalised:
            guard !isFinal else { throw .reportAlreadyFinal }
        case .timerPaused:
            guard !isTimerPaused else { throw .timerAlreadyPaused }
        case .timerResumed:
            guard isTimerPaused else { throw .timerNotPaused }
        case .sessionEnded:
            if let openStep { throw .stepStillOpenAtEnd(openStep) }
        case .resultsShown(let step, let shown):
            _ = try requireStep(step)
            guard shownResults.contains(step) != shown else { throw .resultsAlreadyShown(step, shown: shown) }
        }
    }

    /// The scenario must be usable by the engine: unique step ids, item references to earlier steps only (so
    /// that following them always ends), and each werkvorm's own checks (`validateWerkvorm`).
    static func validate(_ settings: SessionSettings) throws(SessionError) {
        guard !settings.sessionID.trimmedWhitespace.isEmpty else { throw .emptySessionID }
        try checkLength(settings.sessionID, .sessionID)
        guard isSafeSessionID(settings.sessionID) else { throw .invalidSessionID(settings.sessionID) }
        try checkLength(settings.place, .place)
        try checkLength(settings.facilitatorName, .facilitatorName)
        try checkRange(settings.scenario.minutes, "minutes", step: nil)
        let steps = settings.scenario.steps.count
        guard steps <= ScenarioLimits.steps else {
            throw .scenarioTooLarge(step: nil, ScenarioLimits.Excess(part: .steps, count: steps))
        }
        var seen: [Step.ID: Step] = [:]
        for step in settings.scenario.steps {
            try checkRange(step.minutes, "minutes", step: step.id)
            for scale in step.activity.scales {
                try checkRange(scale.min, "min", step: step.id)
                try checkRange(scale.max, "max", step: step.id)
            }
            if let excess = ScenarioLimits.excesses(in: step).first { throw .scenarioTooLarge(step: step.id, excess) }
            guard seen[step.id] == nil else { throw .duplicateStepID(step.id) }
            if let referenced = step.activity.itemSource?.referencedStep {
                guard seen[referenced] != nil else {
                    throw .invalidStepReference(step: step.id, referenced: referenced)
                }
            }
            try validateWerkvorm(of: step, seen: seen)
            try checkUniqueIDs(of: step)
            seen[step.id] = step
        }
    }

    /// The scenario loader refuses duplicate ids, but a scenario also arrives inside an imported session file;
    /// the engine and the reports key their tables by these ids, so a duplicate must stop the session here.
    static func checkUniqueIDs(of step: Step) throws(SessionError) {
        let lists = [step.activity.itemSource?.listedItems.map(\.id) ?? []] + step.activity.idLists
        for ids in lists {
            var seen: Set<String> = []
            for id in ids where !seen.insert(id).inserted { throw .duplicateIDInStep(step: step.id, id: id) }
        }
    }

    /// `b` followed by digits: the form of an idea's item id.
    static func isIdeaID(_ id: String) -> Bool {
        id.count > 1 && id.first == "b" && id.dropFirst().allSatisfy(\.isASCII) && id.dropFirst().allSatisfy(\.isNumber)
    }

    func requireStep(_ id: Step.ID) throws(SessionError) -> StepState {
        guard let state = stepState(id) else { throw .unknownStep(id) }
        return state
    }

    func requireOpenStep(_ id: Step.ID) throws(SessionError) -> Step {
        guard let index = stepIndex[id], let step = settings?.scenario.steps[index] else { throw .unknownStep(id) }
        guard steps[index].status == .open else { throw .stepNotOpen(id) }
        return step
    }

    func requirePresent(_ id: ParticipantID) throws(SessionError) {
        // By index, without copying the participant's record: replay checks this for every input.
        guard let index = participantIndex[id] else { throw .unknownParticipant(id) }
        guard participants[index].isPresent else { throw .participantHasLeft(id) }
    }

    func checkName(_ name: String, for id: ParticipantID) throws(SessionError) {
        // The console names participants by id (`p2`) or by name; a name that reads as an id would address
        // someone else.
        let trimmed = name.trimmedWhitespace
        if trimmed.count > 1, trimmed.first == "p" || trimmed.first == "P",
            trimmed.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
        {
            throw .nameLooksLikeParticipantID(trimmed)
        }
        if let existing = names[Self.normalised(name)], existing != id {
            throw .duplicateName(name.trimmedWhitespace, existing: existing)
        }
    }

    func checkField(_ text: String, _ field: TextField) throws(SessionError) {
        guard text.contains(where: { !$0.isWhitespace }) else { throw .emptyField(field) }
        try Self.checkLength(text, field)
    }

    static func checkLength(_ text: String, _ field: TextField) throws(SessionError) {
        // Counting UTF-8 bytes is cheap and bounds the character count from above; count characters only when
        // the bytes exceed the limit.
        guard text.utf8.count > field.limit else { return }
        let length = text.count
        guard length <= field.limit else { throw .fieldTooLong(field, length: length, limit: field.limit) }
    }

    /// Refuses when a live input of a step whose items derive from `step` names one of `items`: merging or
    /// withdrawing them would leave that input pointing at nothing.
    func requireUnused(_ items: [Item.ID], derivedFrom step: Step.ID) throws(SessionError) {
        guard let scenario, !items.isEmpty else { return }
        let doomed = Set(items)
        for candidate in scenario.steps(derivingItemsFrom: step) {
            for record in inputs(for: candidate.id) {
                if let item = record.input.referencedItems.first(where: doomed.contains) {
                    throw .itemInUse(item: item, step: candidate.id, input: record.id)
                }
            }
        }
    }
}

extension SessionState {
    /// The id names the export folder (`Exports/<id>/`) and travels in session XML that may be imported
    /// elsewhere, so it may not hold a path separator, `..`, white space or control characters: letters, digits,
    /// `-`, `_` and `.`, starting with a letter or digit.
    public static func isSafeSessionID(_ id: String) -> Bool {
        guard let first = id.first, first.isLetter || first.isNumber else { return false }
        return id.allSatisfy { character in
            character == "-" || character == "_" || character == "." || character.isLetter || character.isNumber
        }
    }
}

extension SessionState {
    /// The largest number (minutes, scale values) a scenario may hold, in either direction. Minutes are summed and
    /// turned into milliseconds and scale values are summed per theme; with this bound no such sum comes near
    /// Int's limits, also for a scenario that arrives inside an imported session file.
    public static let largestScenarioNumber = 1_000_000

    static func checkRange(_ value: Int, _ name: String, step: Step.ID?) throws(SessionError) {
        guard value <= largestScenarioNumber && value >= -largestScenarioNumber else {
            throw .scenarioNumberOutOfRange(step: step, name: name, value: value)
        }
    }
}
