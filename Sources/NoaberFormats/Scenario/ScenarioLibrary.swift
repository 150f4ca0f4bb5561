import Foundation
public import NoaberCore
import NoaberXML

/// Where a programme's `<include scenario="…" step="…"/>` finds the scenarios it takes steps from: the folder of
/// the including file first, then the scenarios embedded in the binary. An embedded programme only sees the
/// embedded scenarios, so the binary is self-contained.
public struct ScenarioLibrary: Sendable, Equatable {
    /// The folder looked in first; `nil` for the embedded scenarios only.
    public var directory: String?
    /// The scenarios being loaded that led here, outermost first: a programme that includes itself is refused.
    var including: [String] = []

    public init(directory: String?) { self.directory = directory }

    /// The embedded scenarios only.
    public static let embedded = ScenarioLibrary(directory: nil)

    /// The folder that holds `path`, then the embedded scenarios.
    public static func folder(of path: String) -> ScenarioLibrary {
        let folder = (path as NSString).deletingLastPathComponent
        return ScenarioLibrary(directory: folder.isEmpty ? "." : folder)
    }

    enum Lookup: Equatable {
        case found(Scenario)
        case notFound
        /// The scenario exists but does not load; its first problem.
        case invalid(ScenarioError)
    }

    /// The scenario with this id, loaded with the same library one level deeper.
    func lookup(_ id: String, from programme: String) -> Lookup {
        var deeper = self
        deeper.including.append(programme)
        var candidates: [(path: String, contents: String?)] = []
        if let directory {
            let named = ScenarioCatalog.joined(directory, "\(id).xml")
            candidates.append((named, nil))
            candidates += ScenarioCatalog.scenarioFiles(in: directory).filter { $0 != named }.map { ($0, nil) }
        }
        let embedded = EmbeddedScenarios.scenarios
        candidates += embedded.filter { $0.fileName == "\(id).xml" }.map { ($0.path, $0.contents) }
        candidates += embedded.filter { $0.fileName != "\(id).xml" }.map { ($0.path, $0.contents) }
        for (path, contents) in candidates {
            // Only a file whose root names the id is loaded; the others are not this scenario.
            guard let text = contents ?? (try? String(contentsOfFile: path, encoding: .utf8)),
                Self.rootID(of: text, file: path) == id
            else { continue }
            do {
                // A file in the folder sees that folder; an embedded one the embedded scenarios only.
                var library = deeper
                if contents != nil { library.directory = nil }
                return .found(try ScenarioLoader.load(Array(text.utf8), file: path, library: library))
            } catch {
                return .invalid(error.errors[0])
            }
        }
        return .notFound
    }

    /// The `id` attribute of the root element, from a well-formed parse without the schema (a cheap first filter;
    /// the file is then loaded and checked in full).
    static func rootID(of text: String, file: String) -> String? {
        (try? XMLParser.parse(Array(text.utf8), file: file))?.root.attribute("id")
    }
}
