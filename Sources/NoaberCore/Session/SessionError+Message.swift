extension SessionError: Worded {
    /// The message in Dutch and in English, without the leading `fout:`.
    public var wording: Wording {
        switch self {
        case .notStarted: ("de sessie is nog niet gestart", "the session has not started")
        case .alreadyStarted: ("de sessie is al gestart", "the session has already started")
        case .sessionEnded: ("de sessie is beëindigd", "the session has ended")
        case .outOfSequence(let expected, let got):
            (
                "gebeurtenis \(got) komt niet op zijn plaats; verwacht: \(expected)",
                "event \(got) is out of sequence; expected \(expected)"
            )
        case .timeWentBack(let last, let got):
            (
                "tijdstip \(got.millisecondsSince1970) ligt vóór de vorige gebeurtenis (\(last.millisecondsSince1970))",
                "time \(got.millisecondsSince1970) is before the previous event (\(last.millisecondsSince1970))"
            )
        case .stepStillOpenAtEnd(let step):
            ("stap ‘\(step)’ is nog open; sluit die eerst", "step ‘\(step)’ is still open; close it first")
        case .emptySessionID: ("het sessie-id is leeg", "the session id is empty")
        case .invalidSessionID(let id):
            (
                "sessie-id ‘\(id)’ kan niet: gebruik letters, cijfers, ‘-’, ‘_’ en ‘.’, "
                    + "en begin met een letter of cijfer",
                "session id ‘\(id)’ is not allowed: use letters, digits, ‘-’, ‘_’ and ‘.’, "
                    + "and start with a letter or digit"
            )
        case .duplicateStepID(let step):
            ("het scenario heeft stap ‘\(step)’ meer dan eens", "the scenario has step ‘\(step)’ more than once")
        case .invalidStepReference(let step, let referenced):
            (
                "stap ‘\(step)’ verwijst naar ‘\(referenced)’, die geen eerdere stap van het scenario is",
                "step ‘\(step)’ refers to ‘\(referenced)’, which is not an earlier step of the scenario"
            )
        case .reservedItemID(let step, let item):
            (
                "stap ‘\(step)’ heeft voorbeeld ‘\(item)’; ids als b1, b2 … zijn voor ingebrachte ideeën",
                "step ‘\(step)’ has example ‘\(item)’; ids such as b1, b2 … are reserved for submitted ideas"
            )
        case .duplicateIDInStep(let step, let id):
            (
                "stap ‘\(step)’ van het scenario heeft id ‘\(id)’ meer dan eens",
                "step ‘\(step)’ of the scenario has id ‘\(id)’ more than once"
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
        case .unknownStep(let step): ("onbekende stap ‘\(step)’", "unknown step ‘\(step)’")
        case .stepNotOpen(let step): ("stap ‘\(step)’ is niet open", "step ‘\(step)’ is not open")
        case .stepAlreadyOpen(let step): ("stap ‘\(step)’ is al open", "step ‘\(step)’ is already open")
        case .anotherStepOpen(let open, let requested):
            (
                "stap ‘\(open)’ is nog open; sluit die voordat ‘\(requested)’ opengaat",
                "step ‘\(open)’ is still open; close it before opening ‘\(requested)’"
            )
        case .stepAlreadyClosed(let step):
            ("stap ‘\(step)’ is al gesloten; gebruik heropenen", "step ‘\(step)’ is already closed; use reopen")
        case .stepNotClosed(let step):
            (
                "stap ‘\(step)’ is niet gesloten en kan niet worden heropend",
                "step ‘\(step)’ is not closed and cannot be reopened"
            )
        case .stepTakesNoInput(let step): ("stap ‘\(step)’ vraagt geen inbreng", "step ‘\(step)’ takes no input")
        case .wrongInputKind(let step, let expected, let got):
            (
                "stap ‘\(step)’ vraagt inbreng van de soort \(expected.rawValue), niet \(got.rawValue)",
                "step ‘\(step)’ takes input of kind \(expected.rawValue), not \(got.rawValue)"
            )
        case .unknownParticipant(let id): ("onbekende deelnemer ‘\(id)’", "unknown participant ‘\(id)’")
        case .participantHasLeft(let id):
            ("deelnemer ‘\(id)’ heeft de sessie verlaten", "participant ‘\(id)’ has left the session")
        case .duplicateParticipantID(let id): ("deelnemer ‘\(id)’ bestaat al", "participant ‘\(id)’ already exists")
        case .duplicateName(let name, let existing):
            ("er is al een deelnemer ‘\(name)’ (\(existing))", "there is already a participant ‘\(name)’ (\(existing))")
        case .nameLooksLikeParticipantID(let name):
            (
                "de naam ‘\(name)’ lijkt op een deelnemernummer (p1, p2 …); kies een andere naam",
                "the name ‘\(name)’ looks like a participant number (p1, p2 …); choose another name"
            )
        case .duplicatePseudonym(let pseudonym, let existing):
            (
                "pseudoniem ‘\(pseudonym)’ is al in gebruik (\(existing))",
                "pseudonym ‘\(pseudonym)’ is already in use (\(existing))"
            )
        case .emptyField(let field): ("\(field.wording.nl) is leeg", "\(field.wording.en) is empty")
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
        case .fieldTooLong(let field, let length, let limit):
            (
                "\(field.wording.nl) is te lang: \(length) tekens, hoogstens \(limit)",
                "\(field.wording.en) is too long: \(length) characters, at most \(limit)"
            )
        case .unknownInput(let id): ("onbekende of ingetrokken inbreng ‘\(id)’", "unknown or withdrawn input ‘\(id)’")
        case .duplicateInputID(let id): ("inbreng ‘\(id)’ bestaat al", "input ‘\(id)’ already exists")
        case .alreadySubmitted(let step, let participant, let existing):
            (
                "deelnemer ‘\(participant)’ heeft voor stap ‘\(step)’ al inbreng (\(existing)); herzie die",
                "participant ‘\(participant)’ already has input for step ‘\(step)’ (\(existing)); revise it"
            )
        case .revisedKindChanged(let id, let was, let now):
            (
                "inbreng ‘\(id)’ is van de soort \(was.rawValue) en kan niet worden herzien als \(now.rawValue)",
                "input ‘\(id)’ is of kind \(was.rawValue) and cannot be revised as \(now.rawValue)"
            )
        case .perParticipantLimit(let step, let limit):
            (
                "stap ‘\(step)’ staat hoogstens \(limit) inbreng(en) per deelnemer toe",
                "step ‘\(step)’ allows at most \(limit) input(s) per participant"
            )
        case .stepHasNoItems(let step): ("stap ‘\(step)’ heeft (nog) geen items", "step ‘\(step)’ has no items (yet)")
        case .emptyInput(let step): ("de inbreng voor stap ‘\(step)’ is leeg", "the input for step ‘\(step)’ is empty")
        case .unknownItem(let step, let item):
            ("stap ‘\(step)’ kent geen item ‘\(item)’", "step ‘\(step)’ has no item ‘\(item)’")
        case .duplicateItem(let step, let item):
            (
                "item ‘\(item)’ staat meer dan eens in de inbreng voor ‘\(step)’",
                "item ‘\(item)’ occurs more than once in the input for ‘\(step)’"
            )
        case .tooManyItems(let step, let count, let limit):
            (
                "de inbreng voor ‘\(step)’ noemt \(count) items, hoogstens \(limit)",
                "the input for ‘\(step)’ names \(count) items, at most \(limit)"
            )
        case .unknownStatement(let step, let statement):
            ("stap ‘\(step)’ kent geen stelling ‘\(statement)’", "step ‘\(step)’ has no statement ‘\(statement)’")
        case .duplicateStatement(let step, let statement):
            (
                "stelling ‘\(statement)’ van ‘\(step)’ is meer dan eens beantwoord",
                "statement ‘\(statement)’ of ‘\(step)’ is answered more than once"
            )
        case .statementAlreadyAnswered(let step, let statement, let existing):
            (
                "stelling ‘\(statement)’ van ‘\(step)’ is al beantwoord in \(existing); herzie die",
                "statement ‘\(statement)’ of ‘\(step)’ is already answered in \(existing); revise it"
            )
        case .valueOffScale(let value, let min, let max):
            ("waarde \(value) ligt niet op de schaal \(min)–\(max)", "value \(value) is not on the scale \(min)–\(max)")
        case .unknownCategory(let step, let category):
            ("stap ‘\(step)’ kent geen categorie ‘\(category)’", "step ‘\(step)’ has no category ‘\(category)’")
        case .roundOutOfRange(let round, let rounds):
            (
                "ronde \(round) bestaat niet; er zijn rondes 1–\(rounds)",
                "round \(round) does not exist; rounds are 1–\(rounds)"
            )
        case .roleNotAssigned(let role, let round, let assigned):
            (
                "rol ‘\(role)’ is in ronde \(round) niet aan deze deelnemer toegewezen; hun rol is ‘\(assigned)’",
                "role ‘\(role)’ is not assigned to this participant in round \(round); their role is ‘\(assigned)’"
            )
        case .otherRoleChosen(let round, let chosen):
            (
                "deze deelnemer koos in ronde \(round) al de rol ‘\(chosen)’",
                "this participant already chose role ‘\(chosen)’ in round \(round)"
            )
        case .itemRequired(let step):
            (
                "stap ‘\(step)’ vraagt een antwoord per item; noem het item",
                "step ‘\(step)’ takes one answer per item; name the item"
            )
        case .itemNotExpected(let step):
            ("stap ‘\(step)’ heeft geen items; noem geen item", "step ‘\(step)’ has no items; name no item")
        case .broughtInItemRefused(let step, let item):
            (
                "inbreng brengt item ‘\(item)’ in stap ‘\(step)’ in, maar die id bestaat al of de inbreng brengt geen item in",
                "input brings item ‘\(item)’ into step ‘\(step)’, but that id exists or the input brings no item"
            )
        case .alreadyAnswered(let step, let item, let existing):
            (
                "item ‘\(item)’ van ‘\(step)’ is al beantwoord in \(existing); herzie die",
                "item ‘\(item)’ of ‘\(step)’ is already answered in \(existing); revise it"
            )
        case .mergeNeedsTwoItems(let step):
            (
                "samenvoegen in ‘\(step)’ vraagt minstens twee verschillende items",
                "merging in ‘\(step)’ takes at least two different items"
            )
        case .mergeTargetNotAmongItems(let step, let into):
            (
                "‘\(into)’ hoort bij de items die in ‘\(step)’ worden samengevoegd",
                "‘\(into)’ must be one of the items merged in ‘\(step)’"
            )
        case .itemInUse(let item, let step, let input):
            (
                "item ‘\(item)’ is gebruikt in \(input) van stap ‘\(step)’",
                "item ‘\(item)’ is used in \(input) of step ‘\(step)’"
            )
        case .mergedItemCannotBeWithdrawn(let input, let item):
            (
                "inbreng ‘\(input)’ kan niet worden ingetrokken: andere items zijn samengevoegd in ‘\(item)’",
                "input ‘\(input)’ cannot be withdrawn: other items were merged into ‘\(item)’"
            )
        case .timerAlreadyPaused: ("de tijd staat al stil", "the timer is already paused")
        case .reportAlreadyFinal: ("het verslag is al definitief", "the report is already final")
        case .timerNotPaused: ("de tijd loopt al", "the timer is already running")
        case .resultsAlreadyShown(let step, let shown):
            shown
                ? ("de resultaten van ‘\(step)’ worden al getoond", "the results of ‘\(step)’ are shown already")
                : ("de resultaten van ‘\(step)’ zijn al verborgen", "the results of ‘\(step)’ are hidden already")
        case .noSessionsToMerge: ("geen sessies om samen te voegen", "no sessions to merge")
        case .mergeSourceInvalid(let session, let reason):
            (
                "sessie \(session) is ongeldig: \(reason.wording.nl)",
                "session \(session) is invalid: \(reason.wording.en)"
            )
        case .scenarioMismatch(let first, let other):
            (
                "sessies ‘\(first)’ en ‘\(other)’ volgen niet hetzelfde scenario",
                "sessions ‘\(first)’ and ‘\(other)’ do not follow the same scenario"
            )
        case .mergeInputRejected(let session, let input, let reason):
            (
                "inbreng ‘\(input)’ van sessie ‘\(session)’ past niet in de samengevoegde sessie: \(reason.wording.nl)",
                "input ‘\(input)’ of session ‘\(session)’ does not fit the merged session: \(reason.wording.en)"
            )
        default: werkvormMessage ?? ("", "")
        }
    }

    private func list(_ items: [Item.ID]) -> String { Self.list(items) }

    /// Item ids in quotes, separated by commas.
    static func list(_ items: [Item.ID]) -> String {
        items.map { "‘\($0)’" }.joined(separator: ", ")
    }
}
