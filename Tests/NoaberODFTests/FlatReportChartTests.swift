import Foundation
import NoaberCore
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

/// The flat report prints every row the package prints. LibreOffice lays out an inline chart of a flat file as an
/// empty frame when it converts without opening it; anchored as a character, that frame made it drop the first
/// five rows of the answers table under it (issue 11.12). Counts every participant's name in both PDFs.
@Test func theFlatReportPrintsEveryRowThePackagePrints() async throws {
    guard ProcessInfo.processInfo.environment["NOABER_RENDER"] == "1", PDFConverter.executable() != nil,
        let pdftotext = PDFConverter.executable(named: "pdftotext")
    else { return }
    let state = try SessionState.replay(try await DemoSessions.journals()[1])
    let document = try GroupReport.document(for: state)
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var texts: [String] = []
    for (folder, bytes) in [("odt", try document.odt()), ("fodt", Data(try document.fodt()))] {
        let file = directory.appendingPathComponent(folder).appendingPathComponent("verslag.\(folder)")
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        let pdf = try #require(try PDFConverter.convert([file]).first)
        let process = Process()
        process.executableURL = pdftotext
        process.arguments = [pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        texts.append(String(decoding: pipe.fileHandleForReading.readAllRetryingInterrupts(), as: UTF8.self))
        process.waitUntilExit()
    }
    var rows = 0
    for participant in state.participants {
        let name = participant.participant.name
        let counts = texts.map { $0.components(separatedBy: name).count - 1 }
        rows += counts[0]
        #expect(counts[1] == counts[0], "\(name): \(counts[0]) times in the .odt, \(counts[1]) in the .fodt")
    }
    #expect(rows > 2 * state.participants.count, "the answers table names the participants")
}
