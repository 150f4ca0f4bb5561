import NoaberAggregation
public import NoaberCore

// The exact wording of every scenario problem, in one place so that tests can pin it.
extension ScenarioError {
    public func message(in language: Language) -> String {
        language.pick(problem.wording)
    }
}

extension ScenarioError.IDKind {
    var wording: Wording {
        switch self {
        case .step: ("stap-id", "step id")
        case .item: ("item-id", "item id")
        case .category: ("categorie-id", "category id")
        case .theme: ("thema-id", "theme id")
        case .statement: ("stelling-id", "statement id")
        case .group: ("groep-id", "group id")
        }
    }

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

extension ScenarioError.Problem {
    var wording: Wording {
        switch self {
        case .unreadable(let reason):
            (
                "kan het bestand niet lezen: \(reason.message(in: .nl))",
                "cannot read the file: \(reason.message(in: .en))"
            )
        case .tooLarge(let bytes, let limit):
            (
                "het bestand is te groot (\(bytes) bytes; hoogstens \(limit) bytes toegestaan)",
                "the file is too large (\(bytes) bytes; at most \(limit) bytes allowed)"
            )
        case .doctypeForbidden:
            (
                "een DOCTYPE is niet toegestaan in een scenario (entiteiten worden geweigerd)",
                "a DOCTYPE is not allowed in a scenario (entities are refused)"
            )
        case .tooDeep(let limit):
            (
                "de elementen zijn te diep genest (meer dan \(limit) niveaus)",
                "elements nest too deeply (more than \(limit) levels)"
            )
        case .malformed(let message): ("geen geldige XML: \(message)", "not well-formed XML: \(message)")
        case .schemaUnusable(let message):
            ("het scenarioschema is onbruikbaar: \(message)", "the scenario schema is unusable: \(message)")
        case .unknownActivity(let name):
            (
                "onbekende werkvorm <\(name)>; kies uit \(activityList(conjunction: "of"))",
                "unknown werkvorm <\(name)>; choose from \(activityList(conjunction: "or"))"
            )
        case .unexpectedElement(let name):
            ("het element <\(name)> is hier niet toegestaan", "the element <\(name)> is not allowed here")
        case .missingElement(let name?, let parent):
            ("in <\(parent)> ontbreekt het element <\(name)>", "<\(parent)> lacks the element <\(name)>")
        case .missingElement(nil, let parent):
            ("in <\(parent)> ontbreekt een verplicht element", "<\(parent)> lacks a required element")
        case .missingAttribute(let name, let element):
            (
                "bij <\(element)> ontbreekt het verplichte attribuut \(name)",
                "<\(element)> lacks the required attribute \(name)"
            )
        case .invalidAttributes(let element):
            (
                "<\(element)> heeft een ongeldig of onbekend attribuut",
                "<\(element)> has an invalid or unknown attribute"
            )
        case .invalidAttribute(let name, let element):
            (
                "het attribuut \(name) van <\(element)> is onbekend of heeft een ongeldige waarde",
                "the attribute \(name) of <\(element)> is unknown or has an invalid value"
            )
        case .wrongNamespace(let element, let expected):
            ("<\(element)> hoort in de namespace \(expected)", "<\(element)> belongs in the namespace \(expected)")
        case .schemaViolation(let message):
            ("voldoet niet aan het schema: \(message)", "does not match the schema: \(message)")
        case .invalidNumber(let name, let value):
            ("\(name) moet een geheel getal zijn, niet '\(value)'", "\(name) must be a whole number, not '\(value)'")
        case .notPositive(let name, let value):
            ("\(name) moet groter dan 0 zijn (nu \(value))", "\(name) must be greater than 0 (is \(value))")
        case .numberTooLarge(let name, let value, let limit):
            (
                "\(name) moet tussen -\(limit) en \(limit) liggen (nu \(value))",
                "\(name) must lie between -\(limit) and \(limit) (is \(value))"
            )
        case .duplicateID(let kind, let id, let firstLine):
            (
                "de \(kind.wording.nl) '\(id)' komt al voor op regel \(firstLine)",
                "the \(kind.wording.en) '\(id)' is already used on line \(firstLine)"
            )
        case .unknownStep(let id):
            ("verwijzing naar een onbekende stap '\(id)'", "reference to an unknown step '\(id)'")
        case .laterStep(let id):
            (
                "stap '\(id)' komt niet vóór deze stap; items kunnen alleen uit een eerdere stap komen",
                "step '\(id)' does not come before this step; items can only come from an earlier step"
            )
        case .noItemsToTake(let step, let kind):
            (
                "from wijst naar stap '\(step)', maar een \(kind.rawValue)-stap heeft geen items om over te nemen",
                "from points at step '\(step)', but a \(kind.rawValue) step has no items to take"
            )
        case .scaleBounds(let min, let max):
            (
                "de schaal loopt van \(min) tot \(max); min moet kleiner zijn dan max",
                "the scale runs from \(min) to \(max); min must be less than max"
            )
        case .scaleLabelOutOfRange(let value, let min, let max):
            (
                "het label voor waarde \(value) valt buiten de schaal \(min)–\(max)",
                "the label for value \(value) lies outside the scale \(min)–\(max)"
            )
        case .scaleLabelDuplicate(let value):
            ("waarde \(value) heeft al een label", "value \(value) already has a label")
        case .scaleLabelMissing(let value):
            (
                "de schaal heeft geen label voor waarde \(value); beide uiteinden van een schaal hebben een label nodig",
                "the scale has no label for value \(value); both ends of a scale need a label"
            )
        case .noItems(let kind):
            (
                "een \(kind.rawValue)-stap heeft ten minste één item nodig",
                "a \(kind.rawValue) step needs at least one item"
            )
        case .topExceedsItems(let top, let items):
            ("top is \(top), maar er zijn maar \(items) items", "top is \(top), but there are only \(items) items")
        case .maxExceedsItems(let max, let items):
            ("max is \(max), maar er zijn maar \(items) items", "max is \(max), but there are only \(items) items")
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
        case .unknownScenario(let id):
            (
                "onbekend scenario '\(id)': niet in deze map en niet ingebouwd",
                "unknown scenario '\(id)': not in this folder and not embedded"
            )
        case .includesItself(let id):
            (
                "het programma neemt via '\(id)' stappen van zichzelf op",
                "the programme takes steps from itself through '\(id)'"
            )
        case .includedScenarioInvalid(let id, let problem):
            (
                "scenario '\(id)' heeft zelf een fout: \(problem)",
                "scenario '\(id)' has a problem of its own: \(problem)"
            )
        case .unknownIncludedStep(let scenario, let step):
            ("scenario '\(scenario)' heeft geen stap '\(step)'", "scenario '\(scenario)' has no step '\(step)'")
        case .mixedAddress(let scenario, let address, let programme):
            (
                "scenario '\(scenario)' spreekt de deelnemers aan met '\(address)', het programma met "
                    + "'\(programme)'; een programma houdt één aanspreekvorm aan",
                "scenario '\(scenario)' addresses participants as '\(address)', the programme as '\(programme)'; a "
                    + "programme keeps to one form of address"
            )
        case .referencedStepNotIncluded(let scenario, let step, let referenced):
            (
                "stap '\(step)' van '\(scenario)' neemt de items van stap '\(referenced)'; neem die eerder in het "
                    + "programma op",
                "step '\(step)' of '\(scenario)' takes the items of step '\(referenced)'; include that one earlier in "
                    + "the programme"
            )
        case .agendaTooLong(let stepMinutes, let totalMinutes):
            (
                "de stappen duren samen \(stepMinutes) minuten, langer dan de totale duur van \(totalMinutes) minuten",
                "the steps take \(stepMinutes) minutes together, longer than the total duration of \(totalMinutes) minutes"
            )
        default: werkvormMessage ?? ("", "")
        }
    }

}
