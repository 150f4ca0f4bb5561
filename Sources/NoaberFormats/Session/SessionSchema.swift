import NoaberXML

/// The session schema (`Exports/session.rng`, with the scenario grammar `Scenarios/scenario.rng` inlined where it
/// refers to it), embedded so that import needs no file beside the binary.
public enum SessionSchema {
    /// The line of `Exports/session.rng` that refers to the scenario grammar.
    static let scenarioReference = "<externalRef href=\"../Scenarios/scenario.rng\"/>"

    /// The schema's text: `Exports/session.rng` with `Scenarios/scenario.rng` (embedded once, as
    /// `EmbeddedScenarios.schema`, without its XML declaration) in place of the line that refers to it; without a
    /// final newline.
    public static let source: String = {
        let scenario = EmbeddedScenarios.schema
        var grammar = scenario.hasPrefix("<?xml") ? scenario.drop { $0 != "\n" }.dropFirst() : Substring(scenario)
        if grammar.hasSuffix("\n") { grammar = grammar.dropLast() }
        return sessionGrammar.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.contains(scenarioReference) ? grammar : line
        }.joined(separator: "\n")
    }()

    /// The compiled schema, compiled once. A failure here is a defect of the shipped schema, which a test catches.
    static let compiled = Result { () throws(XMLError) in
        try RelaxNGSchema(data: Array(source.utf8), file: "session.rng")
    }
}
