import Foundation
import NoaberFormats
import Testing

/// The embedded copies must equal `Scenarios/`: rerun `scripts/embed-resources.sh` after changing a file there.
@Suite struct ScenarioEmbeddedTests {
    @Test func schemaMatchesTheFile() throws {
        let file = try ScenarioFixturePaths.text(ScenarioFixturePaths.scenarios + "/scenario.rng")
        #expect(EmbeddedScenarios.schema == file, "rerun scripts/embed-resources.sh")
    }

    @Test func scenariosMatchTheFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ScenarioFixturePaths.scenarios)
            .filter { $0.hasSuffix(".xml") }.sorted()
        #expect(EmbeddedScenarios.scenarios.map(\.fileName) == names, "rerun scripts/embed-resources.sh")
        for embedded in EmbeddedScenarios.scenarios {
            let file = try ScenarioFixturePaths.text(ScenarioFixturePaths.scenarios + "/" + embedded.fileName)
            #expect(embedded.contents == file, "\(embedded.fileName) differs: rerun scripts/embed-resources.sh")
        }
    }

    @Test func everyEmbeddedScenarioLoadsUnderItsFileName() throws {
        let entries = try ScenarioCatalog.embedded()
        #expect(
            entries.map(\.scenario.id) == [
                "democratische-waarden", "eyeopeners", "geld", "grasveldje", "ontwikkelagenda", "passende-samenwerking",
                "pop-op", "raadsavond", "tien-redenen", "train-de-trainer", "zelfanalyse",
            ])
        #expect(entries.map(\.path) == EmbeddedScenarios.scenarios.map { "Scenarios/" + $0.fileName })
        #expect(entries.allSatisfy { $0.origin == .embedded })
    }
}
