import Foundation
import NoaberAggregation
public import NoaberCore

/// `noaber new ID --from SCENARIO`: a copy of a scenario file under a new id, as the start of one's own scenario.
///
/// The copy is the source file's text (comments, layout and all) with only the root's `id` changed, so that an
/// author sees the original's notes on sources and choices. It is checked with the loader before it is written, and
/// it is never written over an existing file or under an id another scenario already has.
public enum ScenarioCopy {
    /// Copies `source` (an id or a path) to `target`, by default `DIRECTORY/ID.xml` when the scenario folder exists
    /// and `ID.xml` in the current folder otherwise.
    public static func copy(
        id: String, from source: String, to target: String? = nil,
        directory: String? = ScenarioCatalog.defaultDirectory, language: Language = .nl
    ) -> CommandOutput {
        do {
            let (path, original) = try copy(id: id, from: source, to: target, directory: directory)
            return CommandOutput(stdout: written(id: id, path: path, original: original, language: language))
        } catch let error as ScenarioCopyError {
            return CommandOutput(exitCode: 1, stderr: [error.rendered(in: language)])
        } catch let error as ScenarioLookupError {
            return CommandOutput(exitCode: 1, stderr: error.renderedLines(in: language))
        } catch let error as ScenarioLoadError {
            return CommandOutput(exitCode: 1, stderr: error.renderedLines(in: language))
        } catch {
            return CommandOutput(exitCode: 1, stderr: ["\(language.errorWord): \(error)"])
        }
    }

    /// Writes the copy; returns where, and the entry it was copied from.
    static func copy(id: String, from source: String, to target: String?, directory: String?) throws
        -> (path: String, original: ScenarioEntry)
    {
        guard id.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil else { throw ScenarioCopyError.invalidID(id) }
        let original = try ScenarioCatalog.resolve(source, directory: directory)
        if let existing = ScenarioCatalog.list(directory: directory).entries.first(where: { $0.scenario.id == id }) {
            throw ScenarioCopyError.idExists(id, path: existing.path)
        }
        let directoryExists = directory.map { FileManager.default.fileExists(atPath: $0) } ?? false
        let path = target ?? (directoryExists ? (directory ?? "") + "/\(id).xml" : "\(id).xml")
        if FileManager.default.fileExists(atPath: path) { throw ScenarioCopyError.fileExists(path) }
        let text = try renamed(try sourceText(of: original), from: original.scenario.id, to: id, path: original.path)
        // The copy must load as it stands: the only change is the id, which the pattern above has checked.
        let copied = try ScenarioLoader.load(text, file: path)
        guard copied.id == id else { throw ScenarioCopyError.idNotFound(path: original.path) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw ScenarioCopyError.notWritten(path: path, reason: FileProblem(foundationError: error))
        }
        return (path, original)
    }

    /// The text of the scenario file an entry was loaded from.
    static func sourceText(of entry: ScenarioEntry) throws -> String {
        if entry.origin == .embedded, let file = EmbeddedScenarios.scenarios.first(where: { $0.path == entry.path }) {
            return file.contents
        }
        do {
            return try String(contentsOfFile: entry.path, encoding: .utf8)
        } catch {
            throw ScenarioCopyError.notReadable(path: entry.path, reason: FileProblem(foundationError: error))
        }
    }

    /// `text` with the `id` attribute of its root `scenario` element changed from `old` to `new`.
    static func renamed(_ text: String, from old: String, to new: String, path: String) throws -> String {
        guard let start = text.firstMatch(of: /<scenario[\s>]/),
            let end = text[start.range.lowerBound...].firstIndex(of: ">")
        else { throw ScenarioCopyError.idNotFound(path: path) }
        let tag = start.range.lowerBound..<end
        for quote in ["\"", "'"] {
            if let attribute = text[tag].firstMatch(of: try Regex("\\sid\\s*=\\s*\(quote)\(old)\(quote)")) {
                return text.replacingCharacters(in: attribute.range, with: " id=\"\(new)\"")
            }
        }
        throw ScenarioCopyError.idNotFound(path: path)
    }

    static func written(id: String, path: String, original: ScenarioEntry, language: Language) -> [String] {
        switch language {
        case .nl:
            [
                "nieuw scenario '\(id)' in \(path), gekopieerd van '\(original.scenario.id)' (\(original.path))",
                "pas titel, teksten en stappen aan en controleer het met: noaber validate \(path)",
            ]
        case .en:
            [
                "new scenario '\(id)' in \(path), copied from '\(original.scenario.id)' (\(original.path))",
                "adapt its title, texts and steps and check it with: noaber validate \(path)",
            ]
        }
    }
}

/// Why `noaber new` wrote nothing.
public enum ScenarioCopyError: UserFacingError, Equatable {
    /// The new id is not a scenario id (lower-case letters and digits, single hyphens between).
    case invalidID(String)
    /// Another scenario (in the folder or built in) already has the id.
    case idExists(String, path: String)
    /// The target file is there already.
    case fileExists(String)
    /// The source file's root element has no `id` attribute with the scenario's id.
    case idNotFound(path: String)
    case notReadable(path: String, reason: FileProblem)
    case notWritten(path: String, reason: FileProblem)

    public var location: SourceLocation? {
        switch self {
        case .invalidID: nil
        case .idExists(_, let path), .fileExists(let path), .idNotFound(let path), .notReadable(let path, _),
            .notWritten(let path, _):
            SourceLocation(file: path, line: 0)
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.invalidID(let id), .nl):
            "'\(id)' is geen geldig scenario-id: gebruik kleine letters en cijfers, met losse streepjes ertussen"
                + " (bijvoorbeeld grasveldje-enschede)"
        case (.invalidID(let id), .en):
            "'\(id)' is not a valid scenario id: use lower-case letters and digits, with single hyphens between"
                + " (for example grasveldje-enschede)"
        case (.idExists(let id, _), .nl): "er bestaat al een scenario met id '\(id)'; kies een ander id"
        case (.idExists(let id, _), .en): "a scenario with id '\(id)' exists already; choose another id"
        case (.fileExists, .nl): "dit bestand bestaat al en wordt niet overschreven; kies een ander id of --to"
        case (.fileExists, .en): "this file exists already and is not overwritten; choose another id or --to"
        case (.idNotFound, .nl): "het scenario-element heeft geen id dat vervangen kan worden"
        case (.idNotFound, .en): "the scenario element has no id that can be replaced"
        case (.notReadable(_, let reason), .nl): "kan het scenario niet lezen: \(reason.message(in: .nl))"
        case (.notReadable(_, let reason), .en): "cannot read the scenario: \(reason.message(in: .en))"
        case (.notWritten(_, let reason), .nl): "kan de kopie niet schrijven: \(reason.message(in: .nl))"
        case (.notWritten(_, let reason), .en): "cannot write the copy: \(reason.message(in: .en))"
        }
    }
}
