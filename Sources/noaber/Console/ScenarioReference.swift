import NoaberCore
import NoaberFormats

/// `noaber run SCENARIO`: an id (looked up in ./Scenarios, then among the embedded ones) or a path.
enum ScenarioReference {
    static func load(_ name: String, language: Language = .nl) throws -> Scenario {
        do {
            return try ScenarioCatalog.resolve(name).scenario
        } catch {
            throw ConsoleFailure(lines: error.renderedLines(in: language))
        }
    }
}

extension ConsoleFailure {
    init(lines: [String]) {
        self.init(text: lines.joined(separator: "\n"))
    }
}
