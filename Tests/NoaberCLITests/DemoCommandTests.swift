import Foundation
import NoaberCore
import NoaberStore
import NoaberTestSupport
import Testing

@Suite struct DemoCommandTests {
    @Test func demoPrintsTheSameSummaryForTheSameSeedAndKeepsItsStoreWhenAsked() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-demo-cli")
        let store = directory.path("demo.sqlite")
        let result = try NoaberProcess.run(["demo", "--seed", "1", "--store", store])
        #expect(result.status == 0, "\(result.standardError)")
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/demo.expected")
        if ProcessInfo.processInfo.environment["NOABER_RECORD"] == "1" {
            try Data(result.standardOutput.utf8).write(to: golden)
        }
        #expect(result.standardOutput == (try String(contentsOfFile: try NoaberProcess.fixture("demo.expected"), encoding: .utf8)))
        let summaries = try SessionStore(path: store, readOnly: true).sessionSummaries()
        #expect(summaries.map(\.scenarioID) == ["grasveldje", "democratische-waarden", "zelfanalyse"])
        #expect(summaries.allSatisfy { $0.state == .ended })
    }
}
