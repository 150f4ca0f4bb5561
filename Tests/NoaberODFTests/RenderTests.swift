import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// One document rendered by LibreOffice through odf-check, when `NOABER_RENDER=1` (CI sets it): slow, so only one.
@Test func groupReportRendersWithDutchText() throws {
    guard ProcessInfo.processInfo.environment["NOABER_RENDER"] == "1" else { return }
    let state = try ODFSessionGenerator.session(scenario: GoldenTests.scenario("zelfanalyse"), participants: 6, seed: 5)
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("verslag.odt")
    try GroupReport.document(for: state).odt().write(to: url)
    let date = ODFDate.dutchDateWithWeekday(try #require(state.startedAt))
    guard
        let result = try ODFCheck.run(
            [url], expect: ["Verslag van de bijeenkomst", "Datum: \(date)", "Wat de scores betekenen"])
    else { return }
    #expect(result.passed, "\(result.output)")
}

/// PDF through LibreOffice, when `NOABER_PDF=1` (not set in CI: it renders again, and the render test above
/// already proves LibreOffice reads the report).
@Test func pdfOfTheGroupAndPersonalReportsWhenAsked() throws {
    guard ProcessInfo.processInfo.environment["NOABER_PDF"] == "1", PDFConverter.executable() != nil else { return }
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try SessionExporter.export(
        try ODFSessionFixtures.complete(), to: directory, options: ExportOptions(formats: [.pdf], personal: true))
    #expect(result.warnings.isEmpty)
    #expect(
        result.files.map { String($0.path.dropFirst(directory.path.count + 1)) } == [
            "verslag.pdf", "persoonlijk/Anna.pdf", "persoonlijk/Bram.pdf", "persoonlijk/Carla.pdf",
        ])
    // Only PDF was asked for: the .odt sources are gone.
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("verslag.odt").path))
    for file in result.files {
        let head = try FileHandle(forReadingFrom: file).readData(ofLength: 5)
        #expect(head == Data("%PDF-".utf8), "\(file.lastPathComponent) is not a PDF")
    }
}
