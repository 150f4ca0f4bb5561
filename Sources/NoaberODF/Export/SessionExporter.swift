public import Foundation
import NoaberAggregation
public import NoaberCore
import NoaberXML

/// Which documents an export writes. Session XML (`xml`) is NoaberFormats' and not listed here.
public struct ExportOptions: Sendable, Equatable {
    public enum Format: String, Sendable, Equatable, Hashable, CaseIterable {
        /// `verslag.odt` (and, with `personal`, `persoonlijk/*.odt`).
        case odt
        /// `gegevens.ods`.
        case ods
        /// `verslag.fodt`.
        case fodt
        /// `verslag.pdf` (and personal PDFs) through LibreOffice, when installed.
        case pdf
    }

    public var formats: Set<Format>
    /// Also write a personal report per participant.
    public var personal: Bool
    /// `meta:generator` of every document.
    public var generator: String
    /// Status "definitief" on the reports even when the session did not mark it so (`export --definitief`).
    public var final: Bool

    public init(
        formats: Set<Format> = [.odt, .ods, .fodt], personal: Bool = false,
        generator: String = ODFMetadata.defaultGenerator, final: Bool = false
    ) {
        self.formats = formats
        self.personal = personal
        self.generator = generator
        self.final = final
    }
}

/// What an export wrote, and what it could not (PDF without LibreOffice) while still writing the rest.
public struct ExportResult: Sendable, Equatable {
    /// Every file written, in writing order.
    public var files: [URL]
    /// Problems that did not stop the export, to be shown to the user.
    public var warnings: [ODFError]
}

/// Writes a session's documents into a folder.
public enum SessionExporter {
    /// File names inside the export folder.
    public static let groupReportName = "verslag"
    public static let rawDataName = "gegevens.ods"
    public static let personalFolderName = "persoonlijk"

    /// Writes the documents `options` asks for into `directory` (created when missing) and returns what was
    /// written. Identical sessions give identical bytes. PDF needs LibreOffice; without it the result carries
    /// `ODFError.libreOfficeMissing` and the other formats are still written.
    public static func export(
        _ state: SessionState, to directory: URL, options: ExportOptions = ExportOptions()
    ) throws -> ExportResult {
        do {
            return try write(state, to: directory, options: options)
        } catch let error as XMLError {
            // libxml2's writer refusing a call is a defect, but the user still gets a sentence, not a dump.
            throw ODFError.xmlFailed(error.description)
        }
    }

    private static func write(_ state: SessionState, to directory: URL, options: ExportOptions) throws -> ExportResult {
        // One context for every document: the group figures (Kemeny-Young, theme means) are computed once.
        let context = try ReportContext(state, final: options.final)
        var files: [URL] = []
        var warnings: [ODFError] = []
        try createDirectory(directory)
        let wantsText = !options.formats.isDisjoint(with: [.odt, .fodt, .pdf])
        var pdfSources: [URL] = []
        if wantsText {
            let report = GroupReport.document(context: context, generator: options.generator)
            let odt = directory.appendingPathComponent("\(groupReportName).odt")
            if options.formats.contains(.odt) || options.formats.contains(.pdf) {
                try write(report.odt(), to: odt)
                if options.formats.contains(.odt) { files.append(odt) }
                if options.formats.contains(.pdf) { pdfSources.append(odt) }
            }
            if options.formats.contains(.fodt) {
                let fodt = directory.appendingPathComponent("\(groupReportName).fodt")
                try write(Data(report.fodt()), to: fodt)
                files.append(fodt)
            }
        }
        if options.formats.contains(.ods) {
            let ods = directory.appendingPathComponent(rawDataName)
            try write(RawData.spreadsheet(context: context, generator: options.generator).ods(), to: ods)
            files.append(ods)
        }
        if options.personal, options.formats.contains(.odt) || options.formats.contains(.pdf) {
            let folder = directory.appendingPathComponent(personalFolderName, isDirectory: true)
            try createDirectory(folder)
            for (participant, stem) in personalFileStems(state) {
                let url = folder.appendingPathComponent("\(stem).odt")
                let document = PersonalReport.document(for: participant, context: context, generator: options.generator)
                try write(document.odt(), to: url)
                if options.formats.contains(.odt) { files.append(url) }
                if options.formats.contains(.pdf) { pdfSources.append(url) }
            }
        }
        if !pdfSources.isEmpty {
            do {
                files += try PDFConverter.convert(pdfSources)
            } catch let error as ODFError {
                warnings.append(error)
            }
            // An .odt written only as the PDF's source is not part of the export.
            for source in pdfSources where !files.contains(source) {
                try? FileManager.default.removeItem(at: source)
            }
        }
        return ExportResult(files: files, warnings: warnings)
    }

    /// The personal report's file stem per participant, in join order: the display name (the pseudonym in a
    /// pseudonymous session, through the privacy filter, never the real name) made safe and unique.
    public static func personalFileStems(_ state: SessionState) -> [(participant: ParticipantID, stem: String)] {
        let ids = state.participants.map(\.id)
        let redact = NameRedaction(state)
        let stems = SafeFileName.uniqueStems(ids.map { redact(state.displayName(of: $0)) })
        return Array(zip(ids, stems)).map { (participant: $0.0, stem: $0.1) }
    }

    private static func createDirectory(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw ODFError.cannotWrite(path: url.path, reason: FileProblem(foundationError: error))
        }
    }

    static func write(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw ODFError.cannotWrite(path: url.path, reason: FileProblem(foundationError: error))
        }
    }
}
