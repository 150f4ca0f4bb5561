import Foundation
public import NoaberCore

/// A scenario file compiled into the binary by `scripts/embed-resources.sh` (the generated file makes them with
/// the memberwise initialiser).
public struct EmbeddedScenario: Sendable, Equatable {
    public var fileName: String
    public var contents: String

    /// The name used in messages: where the file came from in the repository.
    public var path: String { "Scenarios/\(fileName)" }
}

/// A loaded scenario and where it came from.
public struct ScenarioEntry: Sendable, Equatable {
    public enum Origin: Sendable, Equatable {
        /// Compiled into the binary.
        case embedded
        /// A file in the scenario folder (`./Scenarios` or `--dir`).
        case directory
        /// A file named by its path.
        case file
    }

    public var scenario: Scenario
    public var origin: Origin
    /// The file it was loaded from (for embedded scenarios: its path in the repository).
    public var path: String
}

/// Finds scenarios: the ones in a folder (`./Scenarios` by default) and the embedded ones, by id or by path.
public enum ScenarioCatalog {
    /// The folder looked in when none is given.
    public static let defaultDirectory = "Scenarios"

    /// The embedded scenarios, loaded. They are tested to load, so a failure here is a build defect.
    public static func embedded() throws(ScenarioLoadError) -> [ScenarioEntry] {
        try EmbeddedScenarios.scenarios.map { (file) throws(ScenarioLoadError) in
            ScenarioEntry(
                scenario: try ScenarioLoader.load(file.contents, file: file.path), origin: .embedded,
                path: file.path)
        }
    }

    /// The scenarios in `directory` (if it exists), then the embedded ones whose id none of those has, sorted by id.
    /// Files that do not load are returned as errors beside the scenarios that do.
    public static func list(directory: String? = defaultDirectory) -> (
        entries: [ScenarioEntry], errors: [ScenarioLoadError]
    ) {
        var entries: [ScenarioEntry] = []
        var errors: [ScenarioLoadError] = []
        for path in scenarioFiles(in: directory) {
            do {
                entries.append(
                    ScenarioEntry(
                        scenario: try ScenarioLoader.load(contentsOf: path), origin: .directory,
                        path: path))
            } catch {
                errors.append(error)
            }
        }
        let local = Set(entries.map(\.scenario.id))
        for file in EmbeddedScenarios.scenarios {
            do {
                let scenario = try ScenarioLoader.load(file.contents, file: file.path)
                if !local.contains(scenario.id) {
                    entries.append(ScenarioEntry(scenario: scenario, origin: .embedded, path: file.path))
                }
            } catch {
                errors.append(error)
            }
        }
        return (entries.sorted { $0.scenario.id < $1.scenario.id }, errors)
    }

    /// The scenario named `name`: a path when it contains `/` or ends in `.xml`, otherwise an id looked up in
    /// `directory` first and then among the embedded scenarios.
    public static func resolve(_ name: String, directory: String? = defaultDirectory)
        throws(ScenarioLookupError) -> ScenarioEntry
    {
        if name.contains("/") || name.hasSuffix(".xml") {
            do {
                return ScenarioEntry(scenario: try ScenarioLoader.load(contentsOf: name), origin: .file, path: name)
            } catch {
                throw .invalid(error)
            }
        }
        // The file named after the id is the likely one; load it alone before loading the whole folder.
        if let directory {
            let path = Self.joined(directory, "\(name).xml")
            if FileManager.default.fileExists(atPath: path) {
                do {
                    let scenario = try ScenarioLoader.load(contentsOf: path)
                    if scenario.id == name { return ScenarioEntry(scenario: scenario, origin: .directory, path: path) }
                } catch {
                    throw .invalid(error)
                }
            }
        }
        let (entries, errors) = list(directory: directory)
        if let entry = entries.first(where: { $0.scenario.id == name }) { return entry }
        if let error = errors.first { throw .invalid(error) }
        throw .notFound(name, known: entries.map(\.scenario.id))
    }

    /// `*.xml` files directly in `directory`, sorted; none when it does not exist.
    static func scenarioFiles(in directory: String?) -> [String] {
        guard let directory,
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory)
        else { return [] }
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { Self.joined(directory, $0) }
    }
}

extension ScenarioCatalog {
    static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}

/// Why a scenario named on the command line could not be used.
public enum ScenarioLookupError: Error, Sendable, Equatable {
    case notFound(String, known: [String])
    case invalid(ScenarioLoadError)

    /// One line per problem, each `FILE:LINE:COL: fout: …` where there is a file.
    public func renderedLines(in language: Language = .nl) -> [String] {
        switch self {
        case .notFound(let name, let known): [ScenarioNotFound(name: name, known: known).rendered(in: language)]
        case .invalid(let error): error.renderedLines(in: language)
        }
    }
}

/// `noaber show onbekend`: the id is neither in the folder nor embedded. Only the catalog makes it (with the
/// memberwise initialiser).
public struct ScenarioNotFound: UserFacingError, Equatable {
    public var name: String
    public var known: [String]

    public func message(in language: Language) -> String {
        switch language {
        case .nl: "onbekend scenario '\(name)'; bekend zijn: \(known.joined(separator: ", "))"
        case .en: "unknown scenario '\(name)'; known are: \(known.joined(separator: ", "))"
        }
    }
}
