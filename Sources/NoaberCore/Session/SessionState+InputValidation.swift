extension SessionState {
    /// The werkvorm's checks for one input; `replacing` is the input being revised, which does not count against
    /// itself in the one-answer-per-participant and per-participant limits.
    func validateInput(
        _ input: Input, step: Step, participant: ParticipantID, replacing: InputID?
    ) throws(SessionError) {
        let id = step.id
        let own = StepParticipant(step: id, participant: participant)
        switch (step.activity, input) {
        case (.info, _):
            throw .stepTakesNoInput(id)
        case (.brainstorm(let settings), .brainstorm(let text)):
            // Duplicates of an existing idea are accepted on purpose: the room says what it says, and the
            // facilitator merges look-alikes afterwards (`itemsMerged`).
            try checkField(text, .itemText)
            try checkLimit(settings.maxPerParticipant, own, replacing: replacing)
        case (.actions(let settings), .action(let action)):
            try checkField(action.what, .what)
            try checkField(action.owner, .owner)
            try checkField(action.when, .when)
            try checkLimit(settings.maxPerParticipant, own, replacing: replacing)
        case (.open(let settings), .open(let item, let text)):
            try checkField(text, .text)
            let length = text.count
            guard length <= settings.maxLength else {
                throw .fieldTooLong(.text, length: length, limit: settings.maxLength)
            }
            if settings.items == nil {
                guard item == nil else { throw .itemNotExpected(id) }
            } else {
                guard let item else { throw .itemRequired(id) }
                try requireKnown([item], step: id, participant: participant)
                if let existing = answers[AnswerKey(step: id, participant: participant, item: item)],
                    existing != replacing
                {
                    throw .alreadyAnswered(step: id, item: item, existing: existing)
                }
                return
            }
        case (.roleplay(let settings), .roleplay(let role, let round, let text)):
            try requireKnown([role], step: id, participant: participant)
            guard round >= 1, round <= settings.rounds else {
                throw .roundOutOfRange(round: round, rounds: settings.rounds)
            }
            try checkAssignment(role, round: round, settings: settings, step: id, participant: participant,
                replacing: replacing)
            try checkField(text, .text)
        case (.likert(let settings), .likert(let answers)):
            try validateLikert(answers, settings: settings, own: own, replacing: replacing)
        case (.rank(let settings), .rank(let order)):
            let known = try knownItems(step: id, participant: participant)
            guard !order.isEmpty else { throw .emptyInput(id) }
            try requireDistinct(order, known: known, step: id)
            if let top = settings.top {
                // A participant may stop before `top`: the aggregation treats unlisted items as tied below.
                let limit = Swift.min(top, known.count)
                guard order.count <= limit else { throw .tooManyItems(step: id, count: order.count, limit: limit) }
            } else if order.count < known.count {
                let listed = Set(order)
                let missing = items(for: id, participant: participant).map(\.id).filter { !listed.contains($0) }
                throw .missingItems(step: id, items: missing)
            }
        case (.rate(let settings), .rate(let scores)):
            let known = try knownItems(step: id, participant: participant)
            guard !scores.isEmpty else { throw .emptyInput(id) }
            try requireDistinct(scores.map(\.item), known: known, step: id)
            for score in scores where !settings.scale.contains(score.value) {
                throw .valueOffScale(value: score.value, min: settings.scale.min, max: settings.scale.max)
            }
        case (.vote(let settings), .vote(let choices)):
            if case .dots = settings.mode { throw .wrongInputKind(step: id, expected: "dots", got: input.kindName) }
            let known = try knownItems(step: id, participant: participant)
            guard !choices.isEmpty else { throw .emptyInput(id) }
            switch settings.mode {
            case .single:
                guard choices.count == 1 else { throw .singleVoteNeedsOne(step: id, count: choices.count) }
            case .multi(let max):
                if let max, choices.count > max { throw .tooManyItems(step: id, count: choices.count, limit: max) }
            case .dots:
                break
            }
            try requireDistinct(choices, known: known, step: id)
        case (.vote(let settings), .dots(let scores)):
            guard case .dots(let limit) = settings.mode else {
                throw .wrongInputKind(step: id, expected: "vote", got: input.kindName)
            }
            let known = try knownItems(step: id, participant: participant)
            guard !scores.isEmpty else { throw .emptyInput(id) }
            try requireDistinct(scores.map(\.item), known: known, step: id)
            for score in scores where score.value < 1 { throw .nonPositiveDots(item: score.item, value: score.value) }
            // Sum saturates so that forged huge counts cannot overflow.
            let total = scores.reduce(0) { $0.addingReportingOverflow($1.value).overflow ? Int.max : $0 + $1.value }
            guard total <= limit else { throw .tooManyDots(total: total, limit: limit) }
        case (.classify(let settings), .classify(let placements)):
            let known = try knownItems(step: id, participant: participant)
            guard !placements.isEmpty else { throw .emptyInput(id) }
            try requireDistinct(placements.map(\.item), known: known, step: id)
            let categories = Set(settings.categories.map(\.id))
            for placement in placements where !categories.contains(placement.category) {
                throw .unknownCategory(step: id, category: placement.category)
            }
        default:
            throw .wrongInputKind(step: id, expected: step.activity.inputKindName ?? "", got: input.kindName)
        }
        if let key = Self.answerKey(for: input, step: id, participant: participant),
            let existing = answers[key], existing != replacing
        {
            throw .alreadySubmitted(step: id, participant: participant, existing: existing)
        }
    }

    /// The key under which a werkvorm with one answer per participant (per item for `open`) files an input;
    /// `nil` for werkvormen that take several inputs (brainstorm, roleplay, likert, actions).
    static func answerKey(for input: Input, step: Step.ID, participant: ParticipantID) -> AnswerKey? {
        switch input {
        case .brainstorm, .roleplay, .likert, .action: nil
        case .open(let item, _): AnswerKey(step: step, participant: participant, item: item)
        case .rank, .rate, .vote, .dots, .classify: AnswerKey(step: step, participant: participant, item: nil)
        }
    }

    private func validateLikert(
        _ answers: [LikertAnswer], settings: LikertSettings, own: StepParticipant, replacing: InputID?
    ) throws(SessionError) {
        guard !answers.isEmpty else { throw .emptyInput(own.step) }
        let statements = Set(settings.statements.map(\.id))
        let answered = likertAnswers[own] ?? [:]
        var seen: Set<String> = []
        for answer in answers {
            guard statements.contains(answer.statement) else {
                throw .unknownStatement(step: own.step, statement: answer.statement)
            }
            guard seen.insert(answer.statement).inserted else {
                throw .duplicateStatement(step: own.step, statement: answer.statement)
            }
            if let existing = answered[answer.statement], existing != replacing {
                throw .statementAlreadyAnswered(step: own.step, statement: answer.statement, existing: existing)
            }
            guard settings.scale.contains(answer.value) else {
                throw .valueOffScale(value: answer.value, min: settings.scale.min, max: settings.scale.max)
            }
        }
    }

    private func checkLimit(_ limit: Int?, _ own: StepParticipant, replacing: InputID?) throws(SessionError) {
        guard let limit, replacing == nil else { return }
        guard liveCounts[own, default: 0] < limit else { throw .perParticipantLimit(step: own.step, limit: limit) }
    }

    private func knownItems(step: Step.ID, participant: ParticipantID) throws(SessionError) -> Set<Item.ID> {
        let known = Set(items(for: step, participant: participant).map(\.id))
        guard !known.isEmpty else { throw .stepHasNoItems(step) }
        return known
    }

    private func requireKnown(_ ids: [Item.ID], step: Step.ID, participant: ParticipantID) throws(SessionError) {
        // A linear look-up: one or two ids against a short list costs less than hashing the list into a set.
        let items = items(for: step, participant: participant)
        guard !items.isEmpty else { throw .stepHasNoItems(step) }
        for id in ids where !items.contains(where: { $0.id == id }) { throw .unknownItem(step: step, item: id) }
    }

    private func requireDistinct(_ ids: [Item.ID], known: Set<Item.ID>, step: Step.ID) throws(SessionError) {
        var seen: Set<Item.ID> = []
        for id in ids {
            guard known.contains(id) else { throw .unknownItem(step: step, item: id) }
            guard seen.insert(id).inserted else { throw .duplicateItem(step: step, item: id) }
        }
    }
}

extension SessionState {
    /// The role a participant plays in a round of an `assigned` role-play: the roles rotate over the
    /// participants in join order, one place per round (participant k, round r: role (k + r − 2) mod n, 1-based k),
    /// so that over the rounds everyone meets other roles. `nil` for other assignment modes or without roles.
    public func assignedRole(step: Step.ID, participant: ParticipantID, round: Int) -> Item? {
        guard case .roleplay(let settings)? = self.step(step)?.activity, settings.assignment == .assigned,
            let index = participantIndex[participant]
        else { return nil }
        let roles = items(for: step)
        guard !roles.isEmpty, round >= 1 else { return nil }
        return roles[(index + round - 1) % roles.count]
    }

    /// `assigned`: a note names the participant's role of that round. `chosen`: a participant keeps the role they
    /// chose in a round (their first note of that round names it). `all`: every role in every round.
    func checkAssignment(
        _ role: Item.ID, round: Int, settings: RoleplaySettings, step: Step.ID, participant: ParticipantID,
        replacing: InputID?
    ) throws(SessionError) {
        switch settings.assignment {
        case .all:
            return
        case .assigned:
            if let assigned = assignedRole(step: step, participant: participant, round: round), assigned.id != role {
                throw .roleNotAssigned(role: role, round: round, assigned: assigned.id)
            }
        case .chosen:
            for record in inputs(for: step) where record.participant == participant && record.id != replacing {
                if case .roleplay(let chosen, round, _) = record.input, chosen != role {
                    throw .otherRoleChosen(round: round, chosen: chosen)
                }
            }
        }
    }
}
