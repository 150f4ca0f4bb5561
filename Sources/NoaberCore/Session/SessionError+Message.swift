extension SessionError: Catalogued {
    /// The message in Dutch and in English, without the leading `fout:`: from the catalogue below, or worded here
    /// where a text needs more than the case's values.
    public var wording: Wording {
        switch self {
        case .timeWentBack(let last, let got):
            (
                "tijdstip \(got.millisecondsSince1970) ligt vóór de vorige gebeurtenis (\(last.millisecondsSince1970))",
                "time \(got.millisecondsSince1970) is before the previous event (\(last.millisecondsSince1970))"
            )
        case .scenarioNumberOutOfRange(let step, let name, let value):
            (
                "\(step.map { "stap ‘\($0)’ van het scenario" } ?? "het scenario"): \(name) moet tussen "
                    + "-\(SessionState.largestScenarioNumber) en \(SessionState.largestScenarioNumber) "
                    + "liggen (nu \(value))",
                "\(step.map { "step ‘\($0)’ of the scenario" } ?? "the scenario"): \(name) must lie between "
                    + "-\(SessionState.largestScenarioNumber) and \(SessionState.largestScenarioNumber) (is \(value))"
            )
        case .scenarioTooLarge(let step, let excess):
            (
                "\(step.map { "stap ‘\($0)’ van het scenario" } ?? "het scenario") heeft \(excess.count) "
                    + "\(excess.part.wording.nl); hoogstens \(excess.part.limit)",
                "\(step.map { "step ‘\($0)’ of the scenario" } ?? "the scenario") has \(excess.count) "
                    + "\(excess.part.wording.en); at most \(excess.part.limit)"
            )
        case .forbiddenCharacter(let field, let character):
            (
                "\(field.wording.nl) bevat \(character.description(in: .nl)); dat teken is niet toegestaan",
                "\(field.wording.en) contains \(character.description(in: .en)); that character is not allowed"
            )
        case .timeOutOfRange(let time):
            (
                "tijdstip in het jaar \(time.year) kan niet: Noaber bewaart alleen tijden van 1970 tot en met 9999",
                "a time in the year \(time.year) is not possible: Noaber keeps only times from 1970 through 9999"
            )
        case .resultsAlreadyShown(let step, let shown):
            shown
                ? ("de resultaten van ‘\(step)’ worden al getoond", "the results of ‘\(step)’ are shown already")
                : ("de resultaten van ‘\(step)’ zijn al verborgen", "the results of ‘\(step)’ are hidden already")
        default: werkvormMessage ?? cataloguedWording
        }
    }

    /// The messages of the refusals every session gives; the werkvormen add their own (`werkvormMessages`).
    public static let messages = MessageCatalogue(
        #"""
        notStarted
        nl: de sessie is nog niet gestart
        en: the session has not started

        alreadyStarted
        nl: de sessie is al gestart
        en: the session has already started

        sessionEnded
        nl: de sessie is beëindigd
        en: the session has ended

        outOfSequence(expected, got)
        nl: gebeurtenis {got} komt niet op zijn plaats; verwacht: {expected}
        en: event {got} is out of sequence; expected {expected}

        stepStillOpenAtEnd(step)
        nl: stap ‘{step}’ is nog open; sluit die eerst
        en: step ‘{step}’ is still open; close it first

        emptySessionID
        nl: het sessie-id is leeg
        en: the session id is empty

        invalidSessionID(id)
        nl: sessie-id ‘{id}’ kan niet: gebruik letters, cijfers, ‘-’, ‘_’ en ‘.’, en begin met een
            letter of cijfer
        en: session id ‘{id}’ is not allowed: use letters, digits, ‘-’, ‘_’ and ‘.’, and start with a
            letter or digit

        duplicateStepID(step)
        nl: het scenario heeft stap ‘{step}’ meer dan eens
        en: the scenario has step ‘{step}’ more than once

        invalidStepReference(step, referenced)
        nl: stap ‘{step}’ verwijst naar ‘{referenced}’, die geen eerdere stap van het scenario is
        en: step ‘{step}’ refers to ‘{referenced}’, which is not an earlier step of the scenario

        reservedItemID(step, item)
        nl: stap ‘{step}’ heeft voorbeeld ‘{item}’; ids als b1, b2 … zijn voor ingebrachte ideeën
        en: step ‘{step}’ has example ‘{item}’; ids such as b1, b2 … are reserved for submitted ideas

        duplicateIDInStep(step, id)
        nl: stap ‘{step}’ van het scenario heeft id ‘{id}’ meer dan eens
        en: step ‘{step}’ of the scenario has id ‘{id}’ more than once

        unknownStep(step)
        nl: onbekende stap ‘{step}’
        en: unknown step ‘{step}’

        stepNotOpen(step)
        nl: stap ‘{step}’ is niet open
        en: step ‘{step}’ is not open

        stepAlreadyOpen(step)
        nl: stap ‘{step}’ is al open
        en: step ‘{step}’ is already open

        anotherStepOpen(open, requested)
        nl: stap ‘{open}’ is nog open; sluit die voordat ‘{requested}’ opengaat
        en: step ‘{open}’ is still open; close it before opening ‘{requested}’

        stepAlreadyClosed(step)
        nl: stap ‘{step}’ is al gesloten; gebruik heropenen
        en: step ‘{step}’ is already closed; use reopen

        stepNotClosed(step)
        nl: stap ‘{step}’ is niet gesloten en kan niet worden heropend
        en: step ‘{step}’ is not closed and cannot be reopened

        stepTakesNoInput(step)
        nl: stap ‘{step}’ vraagt geen inbreng
        en: step ‘{step}’ takes no input

        wrongInputKind(step, expected, got)
        nl: stap ‘{step}’ vraagt inbreng van de soort {expected}, niet {got}
        en: step ‘{step}’ takes input of kind {expected}, not {got}

        unknownParticipant(id)
        nl: onbekende deelnemer ‘{id}’
        en: unknown participant ‘{id}’

        participantHasLeft(id)
        nl: deelnemer ‘{id}’ heeft de sessie verlaten
        en: participant ‘{id}’ has left the session

        duplicateParticipantID(id)
        nl: deelnemer ‘{id}’ bestaat al
        en: participant ‘{id}’ already exists

        duplicateName(name, existing)
        nl: er is al een deelnemer ‘{name}’ ({existing})
        en: there is already a participant ‘{name}’ ({existing})

        nameLooksLikeParticipantID(name)
        nl: de naam ‘{name}’ lijkt op een deelnemernummer (p1, p2 …); kies een andere naam
        en: the name ‘{name}’ looks like a participant number (p1, p2 …); choose another name

        duplicatePseudonym(pseudonym, existing)
        nl: pseudoniem ‘{pseudonym}’ is al in gebruik ({existing})
        en: pseudonym ‘{pseudonym}’ is already in use ({existing})

        emptyField(field)
        nl: {field} is leeg
        en: {field} is empty

        fieldTooLong(field, length, limit)
        nl: {field} is te lang: {length} tekens, hoogstens {limit}
        en: {field} is too long: {length} characters, at most {limit}

        unknownInput(id)
        nl: onbekende of ingetrokken inbreng ‘{id}’
        en: unknown or withdrawn input ‘{id}’

        duplicateInputID(id)
        nl: inbreng ‘{id}’ bestaat al
        en: input ‘{id}’ already exists

        alreadySubmitted(step, participant, existing)
        nl: deelnemer ‘{participant}’ heeft voor stap ‘{step}’ al inbreng ({existing}); herzie die
        en: participant ‘{participant}’ already has input for step ‘{step}’ ({existing}); revise it

        revisedKindChanged(id, was, now)
        nl: inbreng ‘{id}’ is van de soort {was} en kan niet worden herzien als {now}
        en: input ‘{id}’ is of kind {was} and cannot be revised as {now}

        perParticipantLimit(step, limit)
        nl: stap ‘{step}’ staat hoogstens {limit} inbreng(en) per deelnemer toe
        en: step ‘{step}’ allows at most {limit} input(s) per participant

        stepHasNoItems(step)
        nl: stap ‘{step}’ heeft (nog) geen items
        en: step ‘{step}’ has no items (yet)

        emptyInput(step)
        nl: de inbreng voor stap ‘{step}’ is leeg
        en: the input for step ‘{step}’ is empty

        unknownItem(step, item)
        nl: stap ‘{step}’ kent geen item ‘{item}’
        en: step ‘{step}’ has no item ‘{item}’

        duplicateItem(step, item)
        nl: item ‘{item}’ staat meer dan eens in de inbreng voor ‘{step}’
        en: item ‘{item}’ occurs more than once in the input for ‘{step}’

        tooManyItems(step, count, limit)
        nl: de inbreng voor ‘{step}’ noemt {count} items, hoogstens {limit}
        en: the input for ‘{step}’ names {count} items, at most {limit}

        unknownStatement(step, statement)
        nl: stap ‘{step}’ kent geen stelling ‘{statement}’
        en: step ‘{step}’ has no statement ‘{statement}’

        duplicateStatement(step, statement)
        nl: stelling ‘{statement}’ van ‘{step}’ is meer dan eens beantwoord
        en: statement ‘{statement}’ of ‘{step}’ is answered more than once

        statementAlreadyAnswered(step, statement, existing)
        nl: stelling ‘{statement}’ van ‘{step}’ is al beantwoord in {existing}; herzie die
        en: statement ‘{statement}’ of ‘{step}’ is already answered in {existing}; revise it

        valueOffScale(value, min, max)
        nl: waarde {value} ligt niet op de schaal {min}–{max}
        en: value {value} is not on the scale {min}–{max}

        unknownCategory(step, category)
        nl: stap ‘{step}’ kent geen categorie ‘{category}’
        en: step ‘{step}’ has no category ‘{category}’

        roundOutOfRange(round, rounds)
        nl: ronde {round} bestaat niet; er zijn rondes 1–{rounds}
        en: round {round} does not exist; rounds are 1–{rounds}

        roleNotAssigned(role, round, assigned)
        nl: rol ‘{role}’ is in ronde {round} niet aan deze deelnemer toegewezen; hun rol is ‘{assigned}’
        en: role ‘{role}’ is not assigned to this participant in round {round}; their role is ‘{assigned}’

        otherRoleChosen(round, chosen)
        nl: deze deelnemer koos in ronde {round} al de rol ‘{chosen}’
        en: this participant already chose role ‘{chosen}’ in round {round}

        itemRequired(step)
        nl: stap ‘{step}’ vraagt een antwoord per item; noem het item
        en: step ‘{step}’ takes one answer per item; name the item

        itemNotExpected(step)
        nl: stap ‘{step}’ heeft geen items; noem geen item
        en: step ‘{step}’ has no items; name no item

        broughtInItemRefused(step, item)
        nl: inbreng brengt item ‘{item}’ in stap ‘{step}’ in, maar die id bestaat al of de inbreng brengt geen
            item in
        en: input brings item ‘{item}’ into step ‘{step}’, but that id exists or the input brings no item

        alreadyAnswered(step, item, existing)
        nl: item ‘{item}’ van ‘{step}’ is al beantwoord in {existing}; herzie die
        en: item ‘{item}’ of ‘{step}’ is already answered in {existing}; revise it

        mergeNeedsTwoItems(step)
        nl: samenvoegen in ‘{step}’ vraagt minstens twee verschillende items
        en: merging in ‘{step}’ takes at least two different items

        mergeTargetNotAmongItems(step, into)
        nl: ‘{into}’ hoort bij de items die in ‘{step}’ worden samengevoegd
        en: ‘{into}’ must be one of the items merged in ‘{step}’

        itemInUse(item, step, input)
        nl: item ‘{item}’ is gebruikt in {input} van stap ‘{step}’
        en: item ‘{item}’ is used in {input} of step ‘{step}’

        mergedItemCannotBeWithdrawn(input, item)
        nl: inbreng ‘{input}’ kan niet worden ingetrokken: andere items zijn samengevoegd in ‘{item}’
        en: input ‘{input}’ cannot be withdrawn: other items were merged into ‘{item}’

        timerAlreadyPaused
        nl: de tijd staat al stil
        en: the timer is already paused

        reportAlreadyFinal
        nl: het verslag is al definitief
        en: the report is already final

        timerNotPaused
        nl: de tijd loopt al
        en: the timer is already running

        noSessionsToMerge
        nl: geen sessies om samen te voegen
        en: no sessions to merge

        mergeSourceInvalid(session, reason)
        nl: sessie {session} is ongeldig: {reason}
        en: session {session} is invalid: {reason}

        scenarioMismatch(first, other)
        nl: sessies ‘{first}’ en ‘{other}’ volgen niet hetzelfde scenario
        en: sessions ‘{first}’ and ‘{other}’ do not follow the same scenario

        mergeInputRejected(session, input, reason)
        nl: inbreng ‘{input}’ van sessie ‘{session}’ past niet in de samengevoegde sessie: {reason}
        en: input ‘{input}’ of session ‘{session}’ does not fit the merged session: {reason}
        """#,
        werkvormMessages)

    private func list(_ items: [Item.ID]) -> String { Self.list(items) }

    /// Item ids in quotes, separated by commas.
    static func list(_ items: [Item.ID]) -> String {
        items.map { "‘\($0)’" }.joined(separator: ", ")
    }
}
