public import NoaberCore

// The exact wording of every scenario problem, in one place so that tests can pin it.
extension ScenarioError {
    public func message(in language: Language) -> String {
        switch language {
        case .nl: problem.dutch
        case .en: problem.english
        }
    }
}

extension ScenarioError.IDKind {
    var dutch: String {
        switch self {
        case .step: "stap-id"
        case .item: "item-id"
        case .category: "categorie-id"
        case .theme: "thema-id"
        case .statement: "stelling-id"
        case .group: "groep-id"
        }
    }

    var english: String {
        switch self {
        case .step: "step id"
        case .item: "item id"
        case .category: "category id"
        case .theme: "theme id"
        case .statement: "statement id"
        case .group: "group id"
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
    let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    return language == .nl ? String(text.map { $0 == "." ? "," : $0 }) : text
}

extension ScenarioError.Problem {
    var dutch: String {
        switch self {
        case .unreadable(let reason): "kan het bestand niet lezen: \(reason.message(in: .nl))"
        case .tooLarge(let bytes, let limit):
            "het bestand is te groot (\(bytes) bytes; hoogstens \(limit) bytes toegestaan)"
        case .doctypeForbidden: "een DOCTYPE is niet toegestaan in een scenario (entiteiten worden geweigerd)"
        case .tooDeep(let limit): "de elementen zijn te diep genest (meer dan \(limit) niveaus)"
        case .malformed(let message): "geen geldige XML: \(message)"
        case .schemaUnusable(let message): "het scenarioschema is onbruikbaar: \(message)"
        case .unknownActivity(let name):
            "onbekende werkvorm <\(name)>; kies uit \(activityList(conjunction: "of"))"
        case .unexpectedElement(let name): "het element <\(name)> is hier niet toegestaan"
        case .missingElement(let name?, let parent): "in <\(parent)> ontbreekt het element <\(name)>"
        case .missingElement(nil, let parent): "in <\(parent)> ontbreekt een verplicht element"
        case .missingAttribute(let name, let element): "bij <\(element)> ontbreekt het verplichte attribuut \(name)"
        case .invalidAttributes(let element): "<\(element)> heeft een ongeldig of onbekend attribuut"
        case .invalidAttribute(let name, let element):
            "het attribuut \(name) van <\(element)> is onbekend of heeft een ongeldige waarde"
        case .wrongNamespace(let element, let expected): "<\(element)> hoort in de namespace \(expected)"
        case .schemaViolation(let message): "voldoet niet aan het schema: \(message)"
        case .invalidNumber(let name, let value): "\(name) moet een geheel getal zijn, niet '\(value)'"
        case .notPositive(let name, let value): "\(name) moet groter dan 0 zijn (nu \(value))"
        case .numberTooLarge(let name, let value, let limit):
            "\(name) moet tussen -\(limit) en \(limit) liggen (nu \(value))"
        case .duplicateID(let kind, let id, let firstLine):
            "de \(kind.dutch) '\(id)' komt al voor op regel \(firstLine)"
        case .unknownStep(let id): "verwijzing naar een onbekende stap '\(id)'"
        case .laterStep(let id):
            "stap '\(id)' komt niet vóór deze stap; items kunnen alleen uit een eerdere stap komen"
        case .noItemsToTake(let step, let kind):
            "from wijst naar stap '\(step)', maar een \(kind.rawValue)-stap heeft geen items om over te nemen"
        case .scaleBounds(let min, let max):
            "de schaal loopt van \(min) tot \(max); min moet kleiner zijn dan max"
        case .scaleLabelOutOfRange(let value, let min, let max):
            "het label voor waarde \(value) valt buiten de schaal \(min)–\(max)"
        case .scaleLabelDuplicate(let value): "waarde \(value) heeft al een label"
        case .scaleLabelMissing(let value): "de schaal heeft geen label voor waarde \(value)"
        case .noItems(let kind): "een \(kind.rawValue)-stap heeft ten minste één item nodig"
        case .topExceedsItems(let top, let items): "top is \(top), maar er zijn maar \(items) items"
        case .maxExceedsItems(let max, let items): "max is \(max), maar er zijn maar \(items) items"
        case .bandReversed(let from, let to):
            "de interpretatie loopt van \(decimal(from, .nl)) tot \(decimal(to, .nl)); from mag niet groter zijn dan to"
        case .tooMany(let excess):
            "te veel \(excess.part.word(in: .nl)): \(excess.count); hoogstens \(excess.part.limit)"
        case .agendaTooLong(let stepMinutes, let totalMinutes):
            "de stappen duren samen \(stepMinutes) minuten, langer dan de totale duur van \(totalMinutes) minuten"
        default: werkvormMessage?.nl ?? ""
        }
    }

    var english: String {
        switch self {
        case .unreadable(let reason): "cannot read the file: \(reason.message(in: .en))"
        case .tooLarge(let bytes, let limit): "the file is too large (\(bytes) bytes; at most \(limit) bytes allowed)"
        case .doctypeForbidden: "a DOCTYPE is not allowed in a scenario (entities are refused)"
        case .tooDeep(let limit): "elements nest too deeply (more than \(limit) levels)"
        case .malformed(let message): "not well-formed XML: \(message)"
        case .schemaUnusable(let message): "the scenario schema is unusable: \(message)"
        case .unknownActivity(let name):
            "unknown werkvorm <\(name)>; choose from \(activityList(conjunction: "or"))"
        case .unexpectedElement(let name): "the element <\(name)> is not allowed here"
        case .missingElement(let name?, let parent): "<\(parent)> lacks the element <\(name)>"
        case .missingElement(nil, let parent): "<\(parent)> lacks a required element"
        case .missingAttribute(let name, let element): "<\(element)> lacks the required attribute \(name)"
        case .invalidAttributes(let element): "<\(element)> has an invalid or unknown attribute"
        case .invalidAttribute(let name, let element):
            "the attribute \(name) of <\(element)> is unknown or has an invalid value"
        case .wrongNamespace(let element, let expected): "<\(element)> belongs in the namespace \(expected)"
        case .schemaViolation(let message): "does not match the schema: \(message)"
        case .invalidNumber(let name, let value): "\(name) must be a whole number, not '\(value)'"
        case .notPositive(let name, let value): "\(name) must be greater than 0 (is \(value))"
        case .numberTooLarge(let name, let value, let limit):
            "\(name) must lie between -\(limit) and \(limit) (is \(value))"
        case .duplicateID(let kind, let id, let firstLine):
            "the \(kind.english) '\(id)' is already used on line \(firstLine)"
        case .unknownStep(let id): "reference to an unknown step '\(id)'"
        case .laterStep(let id): "step '\(id)' does not come before this step; items can only come from an earlier step"
        case .noItemsToTake(let step, let kind):
            "from points at step '\(step)', but a \(kind.rawValue) step has no items to take"
        case .scaleBounds(let min, let max): "the scale runs from \(min) to \(max); min must be less than max"
        case .scaleLabelOutOfRange(let value, let min, let max):
            "the label for value \(value) lies outside the scale \(min)–\(max)"
        case .scaleLabelDuplicate(let value): "value \(value) already has a label"
        case .scaleLabelMissing(let value): "the scale has no label for value \(value)"
        case .noItems(let kind): "a \(kind.rawValue) step needs at least one item"
        case .topExceedsItems(let top, let items): "top is \(top), but there are only \(items) items"
        case .maxExceedsItems(let max, let items): "max is \(max), but there are only \(items) items"
        case .bandReversed(let from, let to):
            "the interpretation runs from \(decimal(from, .en)) to \(decimal(to, .en)); from must not exceed to"
        case .tooMany(let excess):
            "too many \(excess.part.word(in: .en)): \(excess.count); at most \(excess.part.limit)"
        case .agendaTooLong(let stepMinutes, let totalMinutes):
            "the steps take \(stepMinutes) minutes together, longer than the total duration of \(totalMinutes) minutes"
        default: werkvormMessage?.en ?? ""
        }
    }
}
