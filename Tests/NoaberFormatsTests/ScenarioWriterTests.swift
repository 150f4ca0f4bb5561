import NoaberCore
import Testing

@testable import NoaberFormats

/// The scenario writer writes what the scenario reader reads: the form in which `sessie.xml` embeds a scenario.
@Suite("Scenario writer")
struct ScenarioWriterTests {
    @Test("every shipped scenario: read → write → read gives an equal value, verbatim and as authored")
    func shippedScenariosRoundTrip() throws {
        let entries = try ScenarioCatalog.embedded()
        #expect(entries.count >= 3)
        for entry in entries {
            let bytes = try ScenarioWriter.write(entry.scenario)
            #expect(try ScenarioLoader.loadVerbatim(bytes, file: "\(entry.scenario.id).xml") == entry.scenario)
            #expect(try ScenarioLoader.load(bytes, file: "\(entry.scenario.id).xml") == entry.scenario)
            #expect(try ScenarioWriter.write(ScenarioLoader.load(bytes, file: "x.xml")) == bytes)
        }
    }

    @Test("the fixture with every werkvorm and item source round-trips")
    func everyWerkvorm() throws {
        let scenario = try ScenarioLoader.load(
            try ScenarioFixturePaths.fixture("alle-werkvormen.xml"), file: "alle-werkvormen.xml")
        let kinds = Set(scenario.steps.map(\.activity.kind))
        #expect(kinds == Set(Activity.Kind.allCases))
        let bytes = try ScenarioWriter.write(scenario)
        #expect(try ScenarioLoader.loadVerbatim(bytes, file: "alle.xml") == scenario)
    }

    @Test("texts keep their white space, tabs and line ends when read verbatim")
    func verbatimTexts() throws {
        let scenario = SessionTestSessions.scenario
        let bytes = try ScenarioWriter.write(scenario)
        #expect(try ScenarioLoader.loadVerbatim(bytes, file: "alles.xml") == scenario)
    }

    @Test("an authored scenario still needs a source")
    func authoredScenarioNeedsASource() throws {
        var scenario = SessionTestSessions.scenario
        scenario.sources = []
        let bytes = try ScenarioWriter.write(scenario)
        #expect(try ScenarioLoader.loadVerbatim(bytes, file: "alles.xml") == scenario)
        let error = #expect(throws: ScenarioLoadError.self) { try ScenarioLoader.load(bytes, file: "alles.xml") }
        #expect(error?.renderedLines().first == "alles.xml:3:3: fout: in <meta> ontbreekt het element <source>")
    }
}
