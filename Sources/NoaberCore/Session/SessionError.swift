/// Why a command or event was refused. The session is unchanged whenever one of these is thrown.
///
/// Every case carries the data its message needs; `message(in:)` (in `SessionError+Message.swift`) is the only
/// place that words them, so tests can assert the exact text.
public indirect enum SessionError: UserFacingError, Equatable, Hashable {
    // Session life cycle and journal order.
    case notStarted
    case alreadyStarted
    case sessionEnded
    case outOfSequence(expected: Int, got: Int)
    case timeWentBack(last: Timestamp, got: Timestamp)
    /// A clock time outside `Timestamp.supportedRange` (1970–9999).
    case timeOutOfRange(Timestamp)
    case stepStillOpenAtEnd(Step.ID)

    // The scenario copied into the session settings.
    case emptySessionID
    case invalidSessionID(String)
    case duplicateStepID(Step.ID)
    case invalidStepReference(step: Step.ID, referenced: Step.ID)
    case topOfRankingNeedsRankStep(step: Step.ID, referenced: Step.ID)
    case reservedItemID(step: Step.ID, item: Item.ID)
    case duplicateIDInStep(step: Step.ID, id: String)
    case scenarioNumberOutOfRange(step: Step.ID?, name: String, value: Int)
    case scenarioTooLarge(step: Step.ID?, ScenarioLimits.Excess)

    // Steps.
    case unknownStep(Step.ID)
    case stepNotOpen(Step.ID)
    case stepAlreadyOpen(Step.ID)
    case anotherStepOpen(open: Step.ID, requested: Step.ID)
    case stepAlreadyClosed(Step.ID)
    case stepNotClosed(Step.ID)
    case stepTakesNoInput(Step.ID)
    case wrongInputKind(step: Step.ID, expected: Input.Kind, got: Input.Kind)

    // Participants.
    case unknownParticipant(ParticipantID)
    case participantHasLeft(ParticipantID)
    case duplicateParticipantID(ParticipantID)
    case duplicateName(String, existing: ParticipantID)
    case nameLooksLikeParticipantID(String)
    case duplicatePseudonym(String, existing: ParticipantID)

    // Text fields.
    case emptyField(TextField)
    case fieldTooLong(TextField, length: Int, limit: Int)
    case forbiddenCharacter(TextField, ForbiddenCharacter)

    // Inputs in general.
    case unknownInput(InputID)
    case duplicateInputID(InputID)
    case alreadySubmitted(step: Step.ID, participant: ParticipantID, existing: InputID)
    case revisedKindChanged(InputID, was: Input.Kind, now: Input.Kind)
    case perParticipantLimit(step: Step.ID, limit: Int)
    case stepHasNoItems(Step.ID)
    case emptyInput(Step.ID)
    case unknownItem(step: Step.ID, item: Item.ID)
    case duplicateItem(step: Step.ID, item: Item.ID)

    // Per werkvorm.
    case missingItems(step: Step.ID, items: [Item.ID])
    case tooManyItems(step: Step.ID, count: Int, limit: Int)
    case unknownStatement(step: Step.ID, statement: String)
    case duplicateStatement(step: Step.ID, statement: String)
    case statementAlreadyAnswered(step: Step.ID, statement: String, existing: InputID)
    case valueOffScale(value: Int, min: Int, max: Int)
    case singleVoteNeedsOne(step: Step.ID, count: Int)
    case nonPositiveDots(item: Item.ID, value: Int)
    case tooManyDots(total: Int, limit: Int)
    case unknownCategory(step: Step.ID, category: Item.ID)
    case roundOutOfRange(round: Int, rounds: Int)
    case roleNotAssigned(role: Item.ID, round: Int, assigned: Item.ID)
    case otherRoleChosen(round: Int, chosen: Item.ID)
    case itemRequired(Step.ID)
    case itemNotExpected(Step.ID)
    /// An input event names an item id it brings in that its step already used, or brings in none.
    case broughtInItemRefused(step: Step.ID, item: Item.ID)
    case alreadyAnswered(step: Step.ID, item: Item.ID, existing: InputID)

    // Facilitator's item edits.
    case notABrainstormStep(Step.ID)
    case mergeNeedsTwoItems(Step.ID)
    case mergeTargetNotAmongItems(step: Step.ID, into: Item.ID)
    case itemInUse(item: Item.ID, step: Step.ID, input: InputID)
    case mergedItemCannotBeWithdrawn(input: InputID, item: Item.ID)
    case rankingAlreadyStarted(step: Step.ID, ranking: Step.ID, input: InputID)

    // Timer.
    case timerAlreadyPaused
    case reportAlreadyFinal
    case timerNotPaused
    /// Results shown that are shown already (`shown`), or hidden that are hidden.
    case resultsAlreadyShown(Step.ID, shown: Bool)

    // Merging sessions.
    case noSessionsToMerge
    case mergeSourceInvalid(session: Int, reason: SessionError)
    case scenarioMismatch(SessionID, SessionID)
    case mergeInputRejected(session: SessionID, input: InputID, reason: SessionError)
}

/// A text field a command carries, named in length and emptiness errors.
public enum TextField: String, Sendable, Equatable, Hashable, CaseIterable, Catalogued {
    case sessionID, place, facilitatorName, name, group, pseudonym, text, itemText, what, owner, when, with

    /// Limits in characters. Names are short so that they fit a report's table; item texts end up in rankings.
    public var limit: Int {
        switch self {
        case .sessionID, .name, .group, .pseudonym, .place, .facilitatorName, .owner, .when, .with: 200
        case .itemText: 500
        case .text, .what: 10_000
        }
    }

    /// The text of each case in Dutch and in English (`message(in:)` picks one).
    public static let messages = MessageCatalogue(
        #"""
        sessionID
        nl: sessie-id
        en: session id

        place
        nl: plaats
        en: place

        facilitatorName
        nl: naam van de begeleider
        en: facilitator's name

        name
        nl: naam
        en: name

        group
        nl: groep
        en: group

        pseudonym
        nl: pseudoniem
        en: pseudonym

        text
        nl: tekst
        en: text

        itemText
        nl: tekst van het item
        en: item text

        what
        nl: wat
        en: what

        owner
        nl: trekker
        en: owner

        when
        nl: wanneer
        en: when

        with
        nl: met wie
        en: with whom
        """#)
}
