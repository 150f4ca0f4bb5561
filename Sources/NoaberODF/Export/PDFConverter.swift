public import Foundation
import NoaberAggregation
import NoaberCore

/// PDF through LibreOffice (`soffice --headless --convert-to pdf`), when it is installed: tagged PDF/UA, so that
/// a screen reader finds the headings, the table headers, the charts' alternative text and the document's
/// language (nl-NL, from the document's default style).
public enum PDFConverter {
    /// The export filter with its options, in the JSON form LibreOffice (7.4 and later) takes on the command
    /// line: tagged PDF, PDF/UA, the document title (not the file name) in the window's title bar.
    static let filter =
        "pdf:writer_pdf_Export:{"
        + [
            "\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}",
            "\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"}",
            "\"DisplayPDFDocumentTitle\":{\"type\":\"boolean\",\"value\":\"true\"}",
            "\"ExportBookmarks\":{\"type\":\"boolean\",\"value\":\"true\"}",
        ].joined(separator: ",") + "}"

    /// `soffice` or `libreoffice` in the folders of `searchPath` (default: `PATH`).
    public static func executable(searchPath: String? = nil) -> URL? {
        executable(named: "soffice", searchPath: searchPath) ?? executable(named: "libreoffice", searchPath: searchPath)
    }

    /// The program `name` in the folders of `searchPath` (default: `PATH`).
    static func executable(named name: String, searchPath: String? = nil) -> URL? {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Converts every file next to itself (`x.odt` → `x.pdf`), one LibreOffice run per folder; returns the PDFs.
    public static func convert(_ files: [URL], searchPath: String? = nil) throws -> [URL] {
        guard let soffice = executable(searchPath: searchPath) else { throw ODFError.libreOfficeMissing }
        var byFolder: [(URL, [URL])] = []
        for file in files {
            let folder = file.deletingLastPathComponent()
            if let index = byFolder.firstIndex(where: { $0.0 == folder }) {
                byFolder[index].1.append(file)
            } else {
                byFolder.append((folder, [file]))
            }
        }
        var pdfs: [URL] = []
        for (folder, sources) in byFolder {
            // A private profile: a LibreOffice the user is running would otherwise take the job and ignore it.
            let profile = FileManager.default.temporaryDirectory
                .appendingPathComponent("noaber-lo-\(UUID().uuidString)", isDirectory: true)
            defer { try? FileManager.default.removeItem(at: profile) }
            let process = Process()
            process.executableURL = soffice
            process.arguments =
                [
                    "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", filter, "--outdir",
                    folder.path,
                ]
                + sources.map(\.path)
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            do {
                try process.run()
            } catch {
                throw ODFError.cannotStartLibreOffice(path: folder.path, reason: FileProblem(foundationError: error))
            }
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            for source in sources {
                let pdf = source.deletingPathExtension().appendingPathExtension("pdf")
                guard FileManager.default.fileExists(atPath: pdf.path) else {
                    throw ODFError.pdfFailed(path: source.path, detail: String(decoding: output, as: UTF8.self))
                }
                pdfs.append(pdf)
            }
        }
        return pdfs
    }
}
