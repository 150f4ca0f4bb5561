public import NoaberCore

/// Why a session XML file was refused, or could not be written. Rendered `FILE:LINE:COL: fout: …`.
public enum SessionXMLError: UserFacingError {
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

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.noSessionStart, .nl):
            return "een sessie begint met een gebeurtenis 'sessie gestart'"
        case (.noSessionStart, .en):
            return "a session begins with a 'session started' event"
        case (.timeOutOfRange(let sequence), .nl):
            return "de tijd van gebeurtenis \(sequence) ligt buiten de jaren 0000–9999"
        case (.timeOutOfRange(let sequence), .en):
            return "the time of event \(sequence) lies outside the years 0000–9999"
        case (.unreadable(_, let reason), .nl):
            return "kan het bestand niet lezen: \(reason.message(in: language))"
        case (.unreadable(_, let reason), .en):
            return "cannot read the file: \(reason.message(in: language))"
        case (.tooLarge(_, let bytes, let limit), .nl):
            return "het bestand is te groot (\(bytes) bytes, hoogstens \(limit))"
        case (.tooLarge(_, let bytes, let limit), .en):
            return "the file is too large (\(bytes) bytes, at most \(limit))"
        case (.doctype, .nl):
            return "een DOCTYPE is niet toegestaan in een sessiebestand"
        case (.doctype, .en):
            return "a DOCTYPE is not allowed in a session file"
        case (.tooDeep(_, let limit), .nl):
            return "elementen zijn dieper genest dan \(limit) niveaus"
        case (.tooDeep(_, let limit), .en):
            return "elements nest deeper than \(limit) levels"
        case (.malformed(_, let detail), .nl):
            return "geen geldige XML: \(detail)"
        case (.malformed(_, let detail), .en):
            return "not well-formed XML: \(detail)"
        case (.schema(_, let detail), .nl):
            return "voldoet niet aan het sessieschema: \(detail)"
        case (.schema(_, let detail), .en):
            return "does not match the session schema: \(detail)"
        case (.badValue(_, let attribute, let value), .nl):
            return "ongeldige waarde '\(value)' voor '\(attribute)'"
        case (.badValue(_, let attribute, let value), .en):
            return "invalid value '\(value)' for '\(attribute)'"
        case (.scenarioReference(_, let attribute, let expected, let found), .nl):
            return "\(attribute) '\(found)' komt niet overeen met het scenario in het bestand ('\(expected)')"
        case (.scenarioReference(_, let attribute, let expected, let found), .en):
            return "\(attribute) '\(found)' does not match the scenario in the file ('\(expected)')"
        case (.sequence(_, let expected, let found), .nl):
            return "volgnummer \(found) gevonden, \(expected) verwacht"
        case (.sequence(_, let expected, let found), .en):
            return "sequence number \(found) found, \(expected) expected"
        case (.timeWentBack(_, let sequence), .nl):
            return "de tijd van gebeurtenis \(sequence) ligt vóór die van de vorige"
        case (.timeWentBack(_, let sequence), .en):
            return "the time of event \(sequence) lies before that of the previous one"
        case (.eventRefused(_, let sequence, let reason), .nl):
            return "gebeurtenis \(sequence) wordt geweigerd: \(reason.message(in: language))"
        case (.eventRefused(_, let sequence, let reason), .en):
            return "event \(sequence) is refused: \(reason.message(in: language))"
        case (.resultMismatch(_, let difference), .nl):
            return "aggregaat komt niet overeen: \(difference.message(in: language))"
        case (.resultMismatch(_, let difference), .en):
            return "aggregate does not match: \(difference.message(in: language))"
        case (.newerMethods(_, let version, let current), .nl):
            return "de aggregaten zijn berekend met methodeversie \(version), nieuwer dan deze Noaber (versie "
                + "\(current)); werk Noaber bij om dit bestand in te lezen"
        case (.newerMethods(_, let version, let current), .en):
            return "the aggregates were computed by methods version \(version), newer than this Noaber (version "
                + "\(current)); update Noaber to import this file"
        }
    }
}

/// How the `results` of a file differ from the results the events give; `path` names the element as
/// `name[key=value]`, with `key` its identifying attribute.
public enum ResultDifference: Sendable, Equatable {
    /// The events give this element, the file lacks it.
    case missing(path: String)
    /// The file has this element, the events do not give it.
    case unexpected(path: String)
    /// The attribute's value differs; `nil` when it is absent on that side.
    case value(path: String, attribute: String, expected: String?, found: String?)

    func message(in language: Language) -> String {
        func quoted(_ value: String?) -> String {
            guard let value else { return language == .nl ? "afwezig" : "absent" }
            return "'\(value)'"
        }
        switch (self, language) {
        case (.missing(let path), .nl): return "\(path) ontbreekt"
        case (.missing(let path), .en): return "\(path) is missing"
        case (.unexpected(let path), .nl): return "\(path) volgt niet uit de gebeurtenissen"
        case (.unexpected(let path), .en): return "\(path) does not follow from the events"
        case (.value(let path, let attribute, let expected, let found), .nl):
            return "\(path)/@\(attribute) is \(quoted(found)), de gebeurtenissen geven \(quoted(expected))"
        case (.value(let path, let attribute, let expected, let found), .en):
            return "\(path)/@\(attribute) is \(quoted(found)), the events give \(quoted(expected))"
        }
    }
}
