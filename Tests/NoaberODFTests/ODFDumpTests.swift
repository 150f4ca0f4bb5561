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
