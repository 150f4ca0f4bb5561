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
    let date = ODFDate.dutchDate(try #require(state.startedAt))
    guard
        let result = try ODFCheck.run(
            [url], expect: ["Verslag van de bijeenkomst", "Datum: \(date)", "Scores per thema"])
    else { return }
    #expect(result.passed, "\(result.output)")
}
