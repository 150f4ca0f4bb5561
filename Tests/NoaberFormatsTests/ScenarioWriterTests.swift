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

    @Test("the shipped scenarios declare their form of address and private steps")
    func addressAndPrivateSteps() throws {
        let scenarios = Dictionary(
            uniqueKeysWithValues: try ScenarioCatalog.embedded().map { ($0.scenario.id, $0.scenario) })
        #expect(scenarios["grasveldje"]?.address == .u)
        #expect(scenarios["democratische-waarden"]?.address == .u)
        let zelfanalyse = try #require(scenarios["zelfanalyse"])
        #expect(zelfanalyse.address == .je)
        #expect(zelfanalyse.steps.filter(\.isPrivate).map(\.id) == ["reflectie", "pop-op"])
        #expect(scenarios["pop-op"]?.address == .je)
        #expect(scenarios["pop-op"]?.steps.filter(\.isPrivate).map(\.id) == ["pop-op"])
        #expect(scenarios["grasveldje"]?.steps.contains(where: \.isPrivate) == false)
    }

    @Test("without `address` the audience decides; a private step round-trips")
    func addressDefaultAndPrivateRoundTrip() throws {
        var scenario = SessionTestSessions.withPrivateQuestion
        scenario.audience = "gemeenteambtenaren"
        scenario.address = .je
        let bytes = try ScenarioWriter.write(scenario)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<audience address=\"je\">gemeenteambtenaren</audience>"))
        #expect(text.contains("<step id=\"vraag\" minutes=\"5\" private=\"true\">"))
        #expect(try ScenarioLoader.loadVerbatim(bytes, file: "alles.xml") == scenario)
        let withoutAddress = text.replacingOccurrences(of: " address=\"je\"", with: "")
        #expect(try ScenarioLoader.loadVerbatim(Array(withoutAddress.utf8), file: "alles.xml").address == .je)
        let raad = withoutAddress.replacingOccurrences(of: ">gemeenteambtenaren<", with: ">raadsleden<")
        #expect(try ScenarioLoader.loadVerbatim(Array(raad.utf8), file: "alles.xml").address == .u)
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
