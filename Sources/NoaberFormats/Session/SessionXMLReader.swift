public import NoaberAggregation
public import NoaberCore
import NoaberXML

/// Reads a session XML file back into events, refusing anything the schema or the semantic checks reject.
///
/// Checks, in order: well-formed, no DOCTYPE, size and depth limits (NoaberXML); valid against the embedded
/// `Exports/session.rng`; values the schema cannot judge; sequence numbers 1, 2, 3, …; times never going back;
/// the root's scenario reference equals the embedded scenario; every event accepted by the session state machine
/// (`SessionState.apply`); the `results` equal to what the events give. The first problem is reported with the
/// line of the offending element.
///
/// The `results` say which version of the aggregation methods computed them (`methods-version`; a file without
/// one was computed by version 1). A difference is refused when that version is the current one (tampering),
/// and reported as a note when it is older (the methods improved since); a file from a newer version is refused.
public enum SessionXMLReader {
    /// Larger files are refused before parsing. A session of a thousand participants stays well below it.
    public static let defaultMaxBytes = 64 * 1024 * 1024

    /// Reads the session file at `path`, which also names it in messages.
    public static func read(
        contentsOf path: String,
        maxBytes: Int = defaultMaxBytes
    ) throws(SessionXMLError) -> [SessionEvent] {
        try load(contentsOf: path, maxBytes: maxBytes).events
    }

    /// Reads session XML from memory; `file` names it in messages.
    public static func read(
        _ bytes: [UInt8],
        file: String,
        maxBytes: Int = defaultMaxBytes
    ) throws(SessionXMLError) -> [SessionEvent] {
        try load(bytes, file: file, maxBytes: maxBytes).events
    }

    /// Reads the session file at `path` with the notes about it; `methodsVersion` is the version of the
    /// aggregation methods that recompute its results.
    public static func load(
        contentsOf path: String,
        maxBytes: Int = defaultMaxBytes,
        methodsVersion: Int = MethodsVersion.current
    ) throws(SessionXMLError) -> SessionXMLImport {
        do {
            let document = try parse { try XMLParser.parse(contentsOf: path, options: options(maxBytes), schema: $0) }
            return try events(of: document, methodsVersion: methodsVersion)
        } catch {
            throw error.withColumn { SessionXMLError.source(at: path) }
        }
    }

    /// Reads session XML from memory with the notes about it; `file` names it in messages.
    public static func load(
        _ bytes: [UInt8],
        file: String,
        maxBytes: Int = defaultMaxBytes,
        methodsVersion: Int = MethodsVersion.current
    ) throws(SessionXMLError) -> SessionXMLImport {
        do {
            let document = try parse { try XMLParser.parse(bytes, file: file, options: options(maxBytes), schema: $0) }
            return try events(of: document, methodsVersion: methodsVersion)
        } catch {
            throw error.withColumn { bytes }
        }
    }

    private static func options(_ maxBytes: Int) -> XMLParseOptions {
        XMLParseOptions(maxBytes: maxBytes)
    }

    private static func parse(
        _ body: (RelaxNGSchema) throws -> XMLDocument
    ) throws(SessionXMLError) -> XMLDocument {
        do {
            return try body(try SessionSchema.compiled.get())
        } catch let error as XMLError {
            throw SessionXMLError(error)
        } catch {
            throw .unreadable(file: "", reason: .other(String(describing: error)))
        }
    }

    private static func events(
        of document: XMLDocument, methodsVersion: Int
    ) throws(SessionXMLError) -> SessionXMLImport {
        let decoder = SessionXMLDecoder(file: document.file)
        let root = document.root
        let sessionID = try decoder.string(root, "id")
        let eventsElement = try decoder.child(root, "events")
        var events: [SessionEvent] = []
        var state = SessionState.empty
        for element in eventsElement.elements {
            let event = try decoder.event(element, sessionID: sessionID)
            try check(event, after: events.last, element: element, root: root, decoder: decoder)
            do {
                try state.apply(event)
            } catch {
                throw .eventRefused(decoder.location(element), sequence: event.sequence, reason: error)
            }
            events.append(event)
        }
        let results = try decoder.child(root, "results")
        // Files written before the version was recorded were computed by the first version of the methods.
        let version = try decoder.optionalInt(results, "methods-version") ?? 1
        guard version <= methodsVersion else {
            throw .newerMethods(decoder.location(results), version: version, current: methodsVersion)
        }
        let expected = SessionResults.asFiled(SessionResults.element(for: state), found: results)
        do {
            try SessionResults.compare(expected: expected, found: results, decoder: decoder)
        } catch {
            guard version < methodsVersion, case .resultMismatch(let location, let difference) = error else {
                throw error
            }
            let note = SessionXMLNote.olderMethods(
                location, version: version, current: methodsVersion, difference: difference)
            return SessionXMLImport(events: events, notes: [note])
        }
        return SessionXMLImport(events: events)
    }

    /// The checks that name the file's own attributes, before the state machine sees the event.
    private static func check(
        _ event: SessionEvent,
        after previous: SessionEvent?,
        element: XMLElement,
        root: XMLElement,
        decoder: SessionXMLDecoder
    ) throws(SessionXMLError) {
        let expected = (previous?.sequence ?? 0) + 1
        guard event.sequence == expected else {
            throw .sequence(decoder.location(element), expected: expected, found: event.sequence)
        }
        if let previous, event.time < previous.time {
            throw .timeWentBack(decoder.location(element), sequence: event.sequence)
        }
        if case .sessionStarted(let settings) = event.payload {
            for (attribute, value) in [
                ("scenario-id", settings.scenario.id), ("scenario-version", settings.scenario.version),
            ] {
                let found = try decoder.string(root, attribute)
                guard found == value else {
                    throw .scenarioReference(
                        decoder.location(root), attribute: attribute, expected: value, found: found)
                }
            }
        }
    }
}

extension SessionXMLError {
    /// The session wording of what NoaberXML reports; the first diagnostic is the one that matters.
    init(_ error: XMLError) {
        func location(_ place: XMLLocation) -> SourceLocation {
            SourceLocation(file: place.file, line: place.line, column: place.column)
        }
        switch error {
        case .unreadable(let file, let code, let reason):
            self = .unreadable(file: file, reason: FileProblem(errno: code, systemText: reason))
        case .tooLarge(let file, let bytes, let limit):
            self = .tooLarge(file: file, bytes: bytes, limit: limit)
        case .doctypeForbidden(let place):
            self = .doctype(location(place))
        case .tooDeep(let place, let limit):
            self = .tooDeep(location(place), limit: limit)
        case .malformed(let diagnostics):
            let first = diagnostics.first
            self = .malformed(
                first.map { location($0.location) } ?? SourceLocation(file: "", line: 0),
                detail: first?.message ?? "unknown error"
            )
        case .invalid(let diagnostics), .schemaUnusable(let diagnostics):
            let first = diagnostics.first
            self = .schema(
                first.map { location($0.location) } ?? SourceLocation(file: "session.rng", line: 0),
                detail: first?.message ?? "the schema does not compile"
            )
        case .writerFailed(let function):
            self = .unreadable(file: "", reason: .other(function))
        }
    }
}
