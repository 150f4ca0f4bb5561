public import NoaberCore

/// Why a session XML file was refused, or could not be written. Rendered `FILE:LINE:COL: fout: …`.
public enum SessionXMLError: UserFacingError, Catalogued {
    /// The events to write do not start with `sessionStarted`.
    case noSessionStart
    /// An event's time lies outside the years 0000–9999, which the file's time format cannot hold.
    case timeOutOfRange(sequence: Int)
    /// The file cannot be read at all.
    case unreadable(file: String, reason: FileProblem)
    /// The file is larger than the import limit.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// The file declares a DOCTYPE; session files never need one.
    case doctype(SourceLocation)
    /// Elements nest deeper than the parser allows.
    case tooDeep(SourceLocation, limit: Int)
    /// Not well-formed XML; libxml2's own (English) wording follows.
    case malformed(SourceLocation, detail: String)
    /// Against the schema `Exports/session.rng`; libxml2's own (English) wording follows.
    case schema(SourceLocation, detail: String)
    /// A number the schema accepts but Noaber cannot hold (too large), or an impossible date.
    case badValue(SourceLocation, attribute: String, value: String)
    /// The root's `scenario-id` or `scenario-version` differs from the embedded scenario.
    case scenarioReference(SourceLocation, attribute: String, expected: String, found: String)
    /// Sequence numbers must run 1, 2, 3, … without gaps.
    case sequence(SourceLocation, expected: Int, found: Int)
    /// An event is older than the one before it.
    case timeWentBack(SourceLocation, sequence: Int)
    /// The session state machine refuses the event (unknown participant, step not open, …).
    case eventRefused(SourceLocation, sequence: Int, reason: any UserFacingError)
    /// A derived figure in `results` differs from what the events give, by the same methods version.
    case resultMismatch(SourceLocation, ResultDifference)
    /// The file's aggregates come from a newer version of the methods than this Noaber has.
    case newerMethods(SourceLocation, version: Int, current: Int)

    public var location: SourceLocation? {
        switch self {
        case .noSessionStart, .timeOutOfRange: nil
        case .unreadable(let file, _), .tooLarge(let file, _, _): SourceLocation(file: file, line: 0)
        case .doctype(let location), .tooDeep(let location, _), .malformed(let location, _),
            .schema(let location, _), .badValue(let location, _, _), .scenarioReference(let location, _, _, _),
            .sequence(let location, _, _), .timeWentBack(let location, _), .eventRefused(let location, _, _),
            .resultMismatch(let location, _), .newerMethods(let location, _, _):
            location
        }
    }

    /// The text of each case in Dutch and in English (`message(in:)` picks one).
    public static let messages = MessageCatalogue(
        #"""
        noSessionStart
        nl: een sessie begint met een gebeurtenis 'sessie gestart'
        en: a session begins with a 'session started' event

        timeOutOfRange(sequence)
        nl: de tijd van gebeurtenis {sequence} ligt buiten de jaren 0000–9999
        en: the time of event {sequence} lies outside the years 0000–9999

        unreadable(_, reason)
        nl: kan het bestand niet lezen: {reason}
        en: cannot read the file: {reason}

        tooLarge(_, bytes, limit)
        nl: het bestand is te groot ({bytes} bytes, hoogstens {limit})
        en: the file is too large ({bytes} bytes, at most {limit})

        doctype
        nl: een DOCTYPE is niet toegestaan in een sessiebestand
        en: a DOCTYPE is not allowed in a session file

        tooDeep(_, limit)
        nl: elementen zijn dieper genest dan {limit} niveaus
        en: elements nest deeper than {limit} levels

        malformed(_, detail)
        nl: geen geldige XML: {detail}
        en: not well-formed XML: {detail}

        schema(_, detail)
        nl: voldoet niet aan het sessieschema: {detail}
        en: does not match the session schema: {detail}

        badValue(_, attribute, value)
        nl: ongeldige waarde '{value}' voor '{attribute}'
        en: invalid value '{value}' for '{attribute}'

        scenarioReference(_, attribute, expected, found)
        nl: {attribute} '{found}' komt niet overeen met het scenario in het bestand ('{expected}')
        en: {attribute} '{found}' does not match the scenario in the file ('{expected}')

        sequence(_, expected, found)
        nl: volgnummer {found} gevonden, {expected} verwacht
        en: sequence number {found} found, {expected} expected

        timeWentBack(_, sequence)
        nl: de tijd van gebeurtenis {sequence} ligt vóór die van de vorige
        en: the time of event {sequence} lies before that of the previous one

        eventRefused(_, sequence, reason)
        nl: gebeurtenis {sequence} wordt geweigerd: {reason}
        en: event {sequence} is refused: {reason}

        resultMismatch(_, difference)
        nl: aggregaat komt niet overeen: {difference}
        en: aggregate does not match: {difference}

        newerMethods(_, version, current)
        nl: de aggregaten zijn berekend met methodeversie {version}, nieuwer dan deze Noaber (versie {current}); werk
            Noaber bij om dit bestand in te lezen
        en: the aggregates were computed by methods version {version}, newer than this Noaber (version {current});
            update Noaber to import this file
        """#)
}

/// How the `results` of a file differ from the results the events give; `path` names the element as
/// `name[key=value]`, with `key` its identifying attribute.
public enum ResultDifference: Sendable, Equatable, Worded {
    /// The events give this element, the file lacks it.
    case missing(path: String)
    /// The file has this element, the events do not give it.
    case unexpected(path: String)
    /// The attribute's value differs; `nil` when it is absent on that side.
    case value(path: String, attribute: String, expected: String?, found: String?)

    /// The text in Dutch and in English (`message(in:)` picks one).
    public var wording: Wording {
        switch self {
        case .missing(let path): ("\(path) ontbreekt", "\(path) is missing")
        case .unexpected(let path):
            ("\(path) volgt niet uit de gebeurtenissen", "\(path) does not follow from the events")
        case .value(let path, let attribute, let expected, let found):
            (
                "\(path)/@\(attribute) is \(Self.quoted(found, "afwezig")), "
                    + "de gebeurtenissen geven \(Self.quoted(expected, "afwezig"))",
                "\(path)/@\(attribute) is \(Self.quoted(found, "absent")), "
                    + "the events give \(Self.quoted(expected, "absent"))"
            )
        }
    }

    /// A value in quotes, or the word for its absence.
    private static func quoted(_ value: String?, _ absent: String) -> String { value.map { "'\($0)'" } ?? absent }
}
