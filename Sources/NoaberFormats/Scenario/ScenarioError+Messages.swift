import NoaberAggregation
public import NoaberCore

// The exact wording of every scenario problem, in one place so that tests can pin it.
extension ScenarioError {
    public func message(in language: Language) -> String {
        language.pick(problem.wording)
    }
}

extension ScenarioError.IDKind: Catalogued {
    /// The name of each kind of id in Dutch and in English.
    public static let messages = MessageCatalogue(
        #"""
        step
        nl: stap-id
        en: step id

        item
        nl: item-id
        en: item id

        category
        nl: categorie-id
        en: category id

        theme
        nl: thema-id
        en: theme id

        statement
        nl: stelling-id
        en: statement id

        group
        nl: groep-id
        en: group id
        """#)

}

/// The werkvorm names as a list: "a, b, … of z".
private func activityList(conjunction: String) -> String {
    let names = Activity.Kind.allCases.map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " \(conjunction) " + (names.last ?? "")
}

/// `2`, `2.5` (English) or `2,5` (Dutch).
private func decimal(_ value: Double, _ language: Language) -> String {
    DecimalText.shortest(value, language: language)
}

extension ScenarioError.Problem: Catalogued {
    /// The message in Dutch and in English: from the catalogue below, or worded here where a text needs more than
    /// the case's values.
    public var wording: Wording {
        switch self {
        case .unknownActivity(let name):
            (
                "onbekende werkvorm <\(name)>; kies uit \(activityList(conjunction: "of"))",
                "unknown werkvorm <\(name)>; choose from \(activityList(conjunction: "or"))"
            )
        case .missingElement(let name?, let parent):
            ("in <\(parent)> ontbreekt het element <\(name)>", "<\(parent)> lacks the element <\(name)>")
        case .bandReversed(let from, let to):
            (
                "de interpretatie loopt van \(decimal(from, .nl)) tot \(decimal(to, .nl)); "
                    + "from mag niet groter zijn dan to",
                "the interpretation runs from \(decimal(from, .en)) to \(decimal(to, .en)); from must not exceed to"
            )
        case .tooMany(let excess):
            (
                "te veel \(excess.part.wording.nl): \(excess.count); hoogstens \(excess.part.limit)",
                "too many \(excess.part.wording.en): \(excess.count); at most \(excess.part.limit)"
            )
        default: cataloguedWording
        }
    }

    /// The messages of the problems any scenario can have; the werkvormen add their own (`werkvormMessages`).
    public static let messages = MessageCatalogue(
        #"""
        unreadable(reason)
        nl: kan het bestand niet lezen: {reason}
        en: cannot read the file: {reason}

        tooLarge(bytes, limit)
        nl: het bestand is te groot ({bytes} bytes; hoogstens {limit} bytes toegestaan)
        en: the file is too large ({bytes} bytes; at most {limit} bytes allowed)

        doctypeForbidden
        nl: een DOCTYPE is niet toegestaan in een scenario (entiteiten worden geweigerd)
        en: a DOCTYPE is not allowed in a scenario (entities are refused)

        tooDeep(limit)
        nl: de elementen zijn te diep genest (meer dan {limit} niveaus)
        en: elements nest too deeply (more than {limit} levels)

        malformed(message)
        nl: geen geldige XML: {message}
        en: not well-formed XML: {message}

        schemaUnusable(message)
        nl: het scenarioschema is onbruikbaar: {message}
        en: the scenario schema is unusable: {message}

        unexpectedElement(name)
        nl: het element <{name}> is hier niet toegestaan
        en: the element <{name}> is not allowed here

        missingElement(nil, parent)
        nl: in <{parent}> ontbreekt een verplicht element
        en: <{parent}> lacks a required element

        missingAttribute(name, element)
        nl: bij <{element}> ontbreekt het verplichte attribuut {name}
        en: <{element}> lacks the required attribute {name}

        invalidAttributes(element)
        nl: <{element}> heeft een ongeldig of onbekend attribuut
        en: <{element}> has an invalid or unknown attribute

        invalidAttribute(name, element)
        nl: het attribuut {name} van <{element}> is onbekend of heeft een ongeldige waarde
        en: the attribute {name} of <{element}> is unknown or has an invalid value

        wrongNamespace(element, expected)
        nl: <{element}> hoort in de namespace {expected}
        en: <{element}> belongs in the namespace {expected}

        schemaViolation(message)
        nl: voldoet niet aan het schema: {message}
        en: does not match the schema: {message}

        invalidNumber(name, value)
        nl: {name} moet een geheel getal zijn, niet '{value}'
        en: {name} must be a whole number, not '{value}'

        notPositive(name, value)
        nl: {name} moet groter dan 0 zijn (nu {value})
        en: {name} must be greater than 0 (is {value})

        numberTooLarge(name, value, limit)
        nl: {name} moet tussen -{limit} en {limit} liggen (nu {value})
        en: {name} must lie between -{limit} and {limit} (is {value})

        duplicateID(kind, id, firstLine)
        nl: de {kind} '{id}' komt al voor op regel {firstLine}
        en: the {kind} '{id}' is already used on line {firstLine}

        unknownStep(id)
        nl: verwijzing naar een onbekende stap '{id}'
        en: reference to an unknown step '{id}'

        laterStep(id)
        nl: stap '{id}' komt niet vóór deze stap; items kunnen alleen uit een eerdere stap komen
        en: step '{id}' does not come before this step; items can only come from an earlier step

        noItemsToTake(step, kind)
        nl: from wijst naar stap '{step}', maar een {kind}-stap heeft geen items om over te nemen
        en: from points at step '{step}', but a {kind} step has no items to take

        privateItemsInPublicStep(step)
        nl: de items komen uit stap '{step}', die persoonlijk is (private); een stap die de groep ziet, mag geen
            persoonlijke antwoorden tonen: maak ook deze stap persoonlijk of neem de items niet over
        en: the items come from step '{step}', which is private; a step the group sees must not show private
            answers: make this step private too or do not take the items over

        scaleBounds(min, max)
        nl: de schaal loopt van {min} tot {max}; min moet kleiner zijn dan max
        en: the scale runs from {min} to {max}; min must be less than max

        scaleLabelOutOfRange(value, min, max)
        nl: het label voor waarde {value} valt buiten de schaal {min}–{max}
        en: the label for value {value} lies outside the scale {min}–{max}

        scaleLabelDuplicate(value)
        nl: waarde {value} heeft al een label
        en: value {value} already has a label

        scaleLabelMissing(value)
        nl: de schaal heeft geen label voor waarde {value}; beide uiteinden van een schaal hebben een label nodig
        en: the scale has no label for value {value}; both ends of a scale need a label

        noItems(kind)
        nl: een {kind}-stap heeft ten minste één item nodig
        en: a {kind} step needs at least one item

        topExceedsItems(top, items)
        nl: top is {top}, maar er zijn maar {items} items
        en: top is {top}, but there are only {items} items

        maxExceedsItems(max, items)
        nl: max is {max}, maar er zijn maar {items} items
        en: max is {max}, but there are only {items} items

        unknownScenario(id)
        nl: onbekend scenario '{id}': niet in deze map en niet ingebouwd
        en: unknown scenario '{id}': not in this folder and not embedded

        includesItself(id)
        nl: het programma neemt via '{id}' stappen van zichzelf op
        en: the programme takes steps from itself through '{id}'

        includedScenarioInvalid(id, problem)
        nl: scenario '{id}' heeft zelf een fout: {problem}
        en: scenario '{id}' has a problem of its own: {problem}

        unknownIncludedStep(scenario, step)
        nl: scenario '{scenario}' heeft geen stap '{step}'
        en: scenario '{scenario}' has no step '{step}'

        mixedAddress(scenario, address, programme)
        nl: scenario '{scenario}' spreekt de deelnemers aan met '{address}', het programma met '{programme}'; een
            programma houdt één aanspreekvorm aan
        en: scenario '{scenario}' addresses participants as '{address}', the programme as '{programme}'; a programme
            keeps to one form of address

        referencedStepNotIncluded(scenario, step, referenced)
        nl: stap '{step}' van '{scenario}' neemt de items van stap '{referenced}'; neem die eerder in het programma op
        en: step '{step}' of '{scenario}' takes the items of step '{referenced}'; include that one earlier in the
            programme

        agendaTooLong(stepMinutes, totalMinutes)
        nl: de stappen duren samen {stepMinutes} minuten, langer dan de totale duur van {totalMinutes} minuten
        en: the steps take {stepMinutes} minutes together, longer than the total duration of {totalMinutes} minutes
        """#,
        werkvormMessages)
}
