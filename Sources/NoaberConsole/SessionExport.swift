public import Foundation
public import NoaberCore
import NoaberFormats
import NoaberODF

/// Everything `noaber export`, `noaber demo` and `noaber run` (after `end`) write for a session: the ODF documents
/// (NoaberODF) and the session XML (NoaberFormats), into one folder.
public enum SessionExport {
    /// The formats `--format` accepts, in the order they are written.
    public enum Format: String, CaseIterable, Sendable {
        case odt, ods, fodt, xml, pdf
    }

    /// Without `--format`: everything but PDF, which needs LibreOffice.
    public static let defaultFormats: [Format] = [.odt, .ods, .fodt, .xml]

    /// File name of the session XML inside an export folder.
    public static let sessionXMLName = "sessie.xml"

    public struct Result: Sendable {
        public var files: [URL]
        /// Problems that did not stop the export (PDF without LibreOffice), already rendered for the user.
        public var warnings: [String]
    }

    /// Replays `events` and writes the chosen formats into `directory`.
    public static func write(
        _ events: [SessionEvent], to directory: URL, formats: [Format], personal: Bool, language: Language,
        final: Bool = false
    ) throws -> Result {
        // A pseudonymous session's documents are computed from the events as they leave the store (names and
        // free texts redacted, as in sessie.xml), so the session read back from its sessie.xml exports the same.
        let state = try SessionState.replay(NameRedaction.publishable(events))
        let documentFormats = Set(formats.compactMap { ExportOptions.Format(rawValue: $0.rawValue) })
        var files: [URL] = []
        var warnings: [String] = []
        if !documentFormats.isEmpty {
            let result = try SessionExporter.export(
                state, to: directory, options: ExportOptions(formats: documentFormats, personal: personal, final: final)
            )
            files += result.files
            // Not fatal (the other formats are written), so a warning rather than `fout:`.
            // Through the privacy filter: a message naming a file must not name a participant.
            let redact = NameRedaction(state)
            warnings += result.warnings.map { "\(language.warningWord): \(redact($0.message(in: language)))" }
        }
        if formats.contains(.xml) {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let url = directory.appendingPathComponent(sessionXMLName)
            try Data(SessionXMLWriter.write(events)).write(to: url, options: .atomic)
            files.append(url)
        }
        return Result(files: files, warnings: warnings)
    }

    /// Parses `odt,ods,xml`: unknown names are refused with the list of known ones.
    public static func parseFormats(_ text: String) -> [Format]? {
        let names = text.split(separator: ",").map { $0.trimmedWhitespace.lowercased() }
        var formats: [Format] = []
        for name in names where !name.isEmpty {
            guard let format = Format(rawValue: name) else { return nil }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats.isEmpty ? nil : formats
    }
}

extension Console {
    /// After the console: a session closed with `end` gets its exports (group report, personal reports, data,
    /// session XML) in `folder` (default `Exports/<session-id>`), as `noaber export --personal` would write them.
    /// Prints `ok export FOLDER (N bestanden)` and any warnings; does nothing while the session is not ended.
    public func exportIfEnded(to folder: String?) async throws {
        let state = await runner.state
        guard state.isEnded, let id = state.settings?.sessionID else { return }
        let folder = folder ?? "Exports/\(id)"
        let directory = URL(fileURLWithPath: folder, isDirectory: true)
        let result = try SessionExport.write(
            try runner.store.events(of: id), to: directory, formats: SessionExport.defaultFormats, personal: true,
            language: language)
        output.standardOutput(
            "ok export \(folder) (\(result.files.count) " + word("bestanden", "files") + ")")
        for warning in result.warnings { output.standardError(warning) }
    }
}
