import Foundation
import Testing

@testable import NoaberODF

/// Writes the sample documents to NOABER_DUMP for looking at them by hand; does nothing otherwise.
@Test func dumpSamplesWhenAsked() throws {
    guard let folder = ProcessInfo.processInfo.environment["NOABER_DUMP"] else { return }
    let url = URL(fileURLWithPath: folder)
    try sampleDocument().odt().write(to: url.appendingPathComponent("voorbeeld.odt"))
    try Data(sampleDocument().fodt()).write(to: url.appendingPathComponent("voorbeeld.fodt"))
}

/// Writes the complete fixture session's exports to NOABER_DUMP/export for looking at them by hand.
@Test func dumpSessionExportWhenAsked() throws {
    guard let folder = ProcessInfo.processInfo.environment["NOABER_DUMP"] else { return }
    let url = URL(fileURLWithPath: folder).appendingPathComponent("export")
    try? FileManager.default.removeItem(at: url)
    _ = try SessionExporter.export(
        try ODFSessionFixtures.complete(hostile: ProcessInfo.processInfo.environment["NOABER_HOSTILE"] != nil),
        to: url, options: ExportOptions(formats: [.odt, .ods, .fodt, .pdf], personal: true))
}
