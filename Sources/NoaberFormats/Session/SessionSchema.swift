import NoaberXML

/// The session schema (`Exports/session.rng`, with the scenario grammar `Scenarios/scenario.rng` inlined where it
/// refers to it), embedded so that import needs no file beside the binary.
public enum SessionSchema {
    /// The schema's text: `Exports/session.rng` with `Scenarios/scenario.rng` inlined (without its final newline).
    public static var source: String { text }

    /// The compiled schema, compiled once. A failure here is a defect of the shipped schema, which a test catches.
    static let compiled: Result<RelaxNGSchema, XMLError> = {
        do {
            return .success(try RelaxNGSchema(data: Array(text.utf8), file: "session.rng"))
        } catch let error as XMLError {
            return .failure(error)
        } catch {
            return .failure(.schemaUnusable([]))
        }
    }()
}
