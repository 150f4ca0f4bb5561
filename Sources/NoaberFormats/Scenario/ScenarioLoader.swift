import Foundation
public import NoaberCore
import NoaberXML

/// Loads a scenario: hardened parse, RelaxNG validation against `Scenarios/scenario.rng`, then the semantic checks
/// the schema cannot express. Every problem of a file is reported in one `ScenarioLoadError`.
public enum ScenarioLoader {
    /// The namespace of the scenario format, version 1.
    public static let namespace = "https://noaber.nl/ns/scenario/1"

    /// Loads the scenario file at `path`; `path` is also the file name in messages. A programme's `<include>`s are
    /// looked up in `library`, by default the file's own folder and then the embedded scenarios.
    public static func load(
        contentsOf path: String, library: ScenarioLibrary? = nil
    ) throws(ScenarioLoadError) -> Scenario {
        let document: XMLDocument
        do {
            document = try XMLParser.parse(contentsOf: path, schema: try schema())
        } catch {
            // Columns need the bytes; a file the XML layer refused as unreadable or too large is not read again.
            let bytes: [UInt8]? =
                switch error as? XMLError {
                case .unreadable, .tooLarge, nil: nil
                default: FileManager.default.contents(atPath: path).map { [UInt8]($0) }
                }
            throw ScenarioLoadError(file: path, errors: errors(for: error, file: path, bytes: bytes ?? []))
        }
        return try read(document, bytes: nil, library: library ?? .folder(of: path))
    }

    /// Loads a scenario from memory; `file` names it in messages; `<include>`s are looked up in `library`.
    public static func load(
        _ bytes: [UInt8], file: String, library: ScenarioLibrary = .embedded
    ) throws(ScenarioLoadError) -> Scenario {
        let document: XMLDocument
        do {
            document = try XMLParser.parse(bytes, file: file, schema: try schema())
        } catch {
            throw ScenarioLoadError(file: file, errors: errors(for: error, file: file, bytes: bytes))
        }
        return try read(document, bytes: bytes, library: library)
    }

    /// Loads a scenario from a string (the embedded scenarios, tests).
    public static func load(
        _ text: String, file: String, library: ScenarioLibrary = .embedded
    ) throws(ScenarioLoadError) -> Scenario {
        try load(Array(text.utf8), file: file, library: library)
    }

    /// Reads a scenario as `ScenarioWriter` writes it (and a session file embeds it): schema-checked, texts as
    /// written, settings not judged (the engine judges them when a session starts).
    static func loadVerbatim(_ bytes: [UInt8], file: String) throws(ScenarioLoadError) -> Scenario {
        let document: XMLDocument
        do {
            document = try XMLParser.parse(bytes, file: file, schema: try schema())
        } catch {
            throw ScenarioLoadError(file: file, errors: errors(for: error, file: file, bytes: bytes))
        }
        var reader = ScenarioReader(verbatim: true)
        return reader.read(document.root)
    }

    // MARK: Internals

    /// The compiled schema, built once: compiling costs more than validating a scenario.
    private static let compiledSchema = Result { () throws(XMLError) in
        try RelaxNGSchema(data: Array(EmbeddedScenarios.schema.utf8), file: "scenario.rng")
    }

    private static func schema() throws -> RelaxNGSchema { try compiledSchema.get() }

    private static func read(
        _ document: XMLDocument, bytes: [UInt8]?, library: ScenarioLibrary
    ) throws(ScenarioLoadError) -> Scenario {
        var reader = ScenarioReader(library: library)
        let scenario = reader.read(document.root)
        guard !reader.problems.isEmpty else { return scenario }
        let source = bytes ?? FileManager.default.contents(atPath: document.file).map { [UInt8]($0) } ?? []
        let columns = SourceColumns(source)
        let errors = reader.problems.map { pending in
            let column = columns.column(line: pending.line, element: pending.element, attribute: pending.attribute)
            return ScenarioError(
                pending.problem,
                at: SourceLocation(file: document.file, line: pending.line, column: column))
        }
        // Checks run per werkvorm, not in file order (a scale's missing labels are known only after its last label);
        // a stable sort puts them back in the order an author reads the file.
        .inReadingOrder()
        throw ScenarioLoadError(file: document.file, errors: errors)
    }

    /// Turns whatever the XML layer threw into located scenario errors.
    static func errors(for error: any Error, file: String, bytes: [UInt8]) -> [ScenarioError] {
        guard let error = error as? XMLError else {
            return [ScenarioError(.malformed("\(error)"), at: SourceLocation(file: file, line: 0))]
        }
        func located(_ location: XMLLocation) -> SourceLocation {
            // Indexing lines costs a pass over the bytes; only a location without a column pays it.
            let column =
                location.column > 0 ? location.column : SourceColumns(bytes).column(line: location.line, element: nil)
            return SourceLocation(file: location.file, line: location.line, column: column)
        }
        switch error {
        case .unreadable(let file, let code, let reason):
            return [
                ScenarioError(
                    .unreadable(reason: FileProblem(errno: code, systemText: reason)),
                    at: SourceLocation(file: file, line: 0))
            ]
        case .tooLarge(let file, let size, let limit):
            return [ScenarioError(.tooLarge(bytes: size, limit: limit), at: SourceLocation(file: file, line: 0))]
        case .doctypeForbidden(let location):
            return [ScenarioError(.doctypeForbidden, at: located(location))]
        case .tooDeep(let location, let limit):
            return [ScenarioError(.tooDeep(limit: limit), at: located(location))]
        case .malformed(let diagnostics):
            return diagnostics.map { ScenarioError(.malformed($0.message), at: located($0.location)) }
        case .schemaUnusable(let diagnostics):
            return diagnostics.map { ScenarioError(.schemaUnusable($0.message), at: located($0.location)) }
        case .invalid(let diagnostics):
            return SchemaViolations(bytes: bytes, file: file).translate(diagnostics)
        case .writerFailed(let function):
            return [ScenarioError(.malformed(function), at: SourceLocation(file: file, line: 0))]
        }
    }
}
