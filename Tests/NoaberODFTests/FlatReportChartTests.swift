import Foundation
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// verslag.fodt carries its charts inline as charts (issue 11.12): LibreOffice, converting the flat report to a
/// package, finds every chart as a chart object of its own (not a table, not an image). Runs when
/// `NOABER_RENDER=1` and LibreOffice is installed.
@Test func libreOfficeReadsEveryChartOfTheFlatReportAsAChart() throws {
    guard ProcessInfo.processInfo.environment["NOABER_RENDER"] == "1", let soffice = PDFConverter.executable() else {
        return
    }
    // The values report has charts (Borda points, agreement); a zelfanalyse step of one theme has none any more.
    let document = try GroupReport.document(for: try GoldenTests.session("democratische-waarden"))
    let fodt = Data(try document.fodt())
    let charts = String(decoding: fodt, as: UTF8.self).components(separatedBy: "<chart:chart ").count - 1
    #expect(charts >= 2, "the values report has its charts inline in the flat file")
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let flat = directory.appendingPathComponent("verslag.fodt")
    try fodt.write(to: flat)
    let out = directory.appendingPathComponent("uit", isDirectory: true)
    let process = Process()
    process.executableURL = soffice
    process.arguments = [
        "-env:UserInstallation=\(directory.appendingPathComponent("profiel").absoluteString)", "--headless",
        "--convert-to", "odt", "--outdir", out.path, flat.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let package = try ODFReopener(url: out.appendingPathComponent("verslag.odt"))
    let objects = try package.entryPaths.filter { $0.hasPrefix("Object ") && $0.hasSuffix("/content.xml") }
        .filter { try package.text($0).contains("<chart:chart ") }
    #expect(objects.count == charts, "LibreOffice read \(objects.count) of \(charts) charts as charts")
}
