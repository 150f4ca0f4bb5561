import Foundation

/// Where the scenario fixtures and the shipped scenarios live.
enum ScenarioFixturePaths {
    /// The copy of `Fixtures/scenarios` in the test bundle.
    static var fixtures: String {
        (Bundle.module.resourcePath ?? "") + "/Fixtures/scenarios"
    }

    /// The repository root, for `Scenarios/` (the files the embedded copies must match).
    static var repository: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    static var scenarios: String { repository + "/Scenarios" }

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: fixtures + "/" + name)))
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}
