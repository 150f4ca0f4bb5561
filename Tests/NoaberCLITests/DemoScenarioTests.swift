import Foundation
import NoaberFormats
import NoaberStore
import NoaberTestSupport
import Testing

/// `noaber demo --scenario ID` plays any scenario through the real engine and store and exports it; every shipped
/// one (programmes included) must play and give documents that pass `odf-check`.
@Suite struct DemoScenarioTests {
    @Test func everyShippedScenarioPlaysAndItsExportsPassTheODFCheck() throws {
        let ids = try ScenarioCatalog.embedded().map(\.scenario.id)
        #expect(ids.contains("raadsavond"))
        let directory = try TemporaryDirectory(prefix: "noaber-demo-scenarios")
        let store = directory.path("demo.sqlite")
        let result = try NoaberProcess.run(
            ["demo", "--store", store] + ids.flatMap { ["--scenario", $0] }, in: directory.url)
        #expect(result.status == 0, "\(result.standardError)")
        let summaries = try SessionStore(path: store, readOnly: true).sessionSummaries()
        #expect(summaries.map(\.scenarioID) == ids)
        #expect(summaries.allSatisfy { $0.state == .ended && $0.inputs > 0 })
        // The default folder for `--scenario` is Exports/demo, one folder per session.
        var documents: [URL] = []
        for summary in summaries {
            let folder = directory.url.appendingPathComponent("Exports/demo/\(summary.id)")
            #expect(result.standardOutput.contains("ok Exports/demo/\(summary.id): "))
            for file in ["verslag.odt", "verslag.fodt", "gegevens.ods", "sessie.xml"] {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(file)")
            }
            let personal = try FileManager.default.contentsOfDirectory(
                at: folder.appendingPathComponent("persoonlijk"), includingPropertiesForKeys: nil)
            #expect(!personal.isEmpty)
            documents += ["verslag.odt", "verslag.fodt", "gegevens.ods"].map { folder.appendingPathComponent($0) }
            documents += personal
        }
        if let check = try ODFCheck.run(documents) {
            #expect(check.passed, "\(check.output)")
        }
    }

    @Test func anUnknownScenarioIsNamedAndNothingIsPlayed() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-demo-unknown")
        let result = try NoaberProcess.run(
            ["demo", "--store", directory.path("demo.sqlite"), "--scenario", "bestaat-niet"], in: directory.url)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("fout: onbekend scenario 'bestaat-niet'; bekend zijn: "))
        #expect(!FileManager.default.fileExists(atPath: directory.path("Exports")))
    }
}
