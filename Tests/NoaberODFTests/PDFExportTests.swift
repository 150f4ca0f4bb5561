import Foundation
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// `--format pdf`: tagged PDF/UA in Dutch, for screen readers.
@Suite struct PDFExportTests {
    @Test func filterAsksForTaggedPDFUA() {
        #expect(PDFConverter.filter.hasPrefix("pdf:writer_pdf_Export:{"))
        #expect(PDFConverter.filter.contains(#""UseTaggedPDF":{"type":"boolean","value":"true"}"#))
        #expect(PDFConverter.filter.contains(#""PDFUACompliance":{"type":"boolean","value":"true"}"#))
    }

    /// Runs when LibreOffice and pdfinfo are installed (skipped with `NOABER_RENDER=0`).
    @Test func groupReportPDFIsTaggedAndDutch() throws {
        guard ProcessInfo.processInfo.environment["NOABER_RENDER"] != "0", PDFConverter.executable() != nil,
            let pdfinfo = PDFConverter.executable(named: "pdfinfo")
        else { return }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try SessionExporter.export(
            try ODFSessionFixtures.complete(), to: directory, options: ExportOptions(formats: [.pdf]))
        #expect(result.warnings.isEmpty)
        let pdf = directory.appendingPathComponent("verslag.pdf")
        let process = Process()
        process.executableURL = pdfinfo
        process.arguments = [pdf.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let info = String(decoding: pipe.fileHandleForReading.readAllRetryingInterrupts(), as: UTF8.self)
        process.waitUntilExit()
        #expect(info.contains("Tagged:          yes"), "\(info)")
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.range(of: Data("/Lang(nl-NL)".utf8)) != nil, "the PDF's language is nl-NL")
        #expect(bytes.range(of: Data("pdfuaid:part".utf8)) != nil, "the PDF declares PDF/UA")
    }
}
