import Foundation
import NoaberCore
import NoaberStore
import NoaberTestSupport
import Testing

@Suite struct DemoCommandTests {
    @Test func demoPrintsTheSameSummaryForTheSameSeedAndKeepsItsStoreWhenAsked() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-demo-cli")
        let store = directory.path("demo.sqlite")
        let exports = directory.path("exports")
        let result = try NoaberProcess.run(
            ["demo", "--seed", "1", "--store", store, "--to", "exports"], in: directory.url)
        #expect(result.status == 0, "\(result.standardError)")
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/demo.expected")
        if ProcessInfo.processInfo.environment["NOABER_RECORD"] == "1" {
            try Data(result.standardOutput.utf8).write(to: golden)
        }
        #expect(
            result.standardOutput
                == (try String(contentsOfFile: try NoaberProcess.fixture("demo.expected"), encoding: .utf8)))
        // The exports are the committed example (`Exports/voorbeeld`, kept byte for byte by the ODF tests).
        for id in ["grasveldje-20261125-1930", "democratische-waarden-20261126-1930", "zelfanalyse-20261127-1930"] {
            for file in ["verslag.odt", "verslag.fodt", "gegevens.ods", "sessie.xml"] {
                #expect(FileManager.default.fileExists(atPath: "\(exports)/\(id)/\(file)"), "\(id)/\(file)")
            }
        }
        let summaries = try SessionStore(path: store, readOnly: true).sessionSummaries()
        #expect(summaries.map(\.scenarioID) == ["grasveldje", "democratische-waarden", "zelfanalyse"])
        #expect(summaries.allSatisfy { $0.state == .ended })
    }
}
