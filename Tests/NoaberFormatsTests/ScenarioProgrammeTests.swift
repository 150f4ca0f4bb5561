import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberFormats

/// Programmes: a scenario that takes steps from other scenarios with `<include>`, resolved when it is loaded.
@Suite struct ScenarioProgrammeTests {
    /// A programme with the given agenda lines (line 12 is the first), looked up among the embedded scenarios.
    static func programme(_ agenda: [String], id: String = "avond") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <scenario xmlns="https://noaber.nl/ns/scenario/1" id="\(id)" version="1">
          <meta>
            <title>Avond</title><summary>Twee delen.</summary><audience>raadsleden</audience>
            <language>nl</language><minutes>300</minutes>
            <source file="000_c54cfe4b123b358a.txt">Democratic Challenge</source>
          </meta>
          <roles>
            <facilitator title="griffier"/>
          </roles>
          <agenda>
        \(agenda.map { "    " + $0 }.joined(separator: "\n"))
          </agenda>
        </scenario>

        """
    }

    static func errors(_ agenda: [String], id: String = "avond") -> [String] {
        do {
            _ = try ScenarioLoader.load(programme(agenda, id: id), file: "avond.xml")
            return []
        } catch {
            return error.renderedLines()
        }
    }

    @Test func theShippedRaadsavondTakesItsStepsResolved() throws {
        let entry = try ScenarioCatalog.resolve("raadsavond", directory: nil)
        let scenario = entry.scenario
        #expect(
            scenario.steps.map(\.id) == [
                "casus", "rollen", "toepassen", "reflectie", "waarden-inleiding", "waarden", "voorop",
            ])
        let grasveldje = try ScenarioCatalog.resolve("grasveldje", directory: nil).scenario
        let waarden = try ScenarioCatalog.resolve("democratische-waarden", directory: nil).scenario
        #expect(Array(scenario.steps.prefix(4)) == Array(grasveldje.steps.prefix(4)))
        #expect(scenario.step("voorop") == waarden.step("voorop"))
        var inleiding = try #require(waarden.step("inleiding"))
        inleiding.id = "waarden-inleiding"
        #expect(scenario.step("waarden-inleiding") == inleiding)
        // The programme cites its own source and those of the scenarios it takes steps from.
        #expect(scenario.sources == grasveldje.sources + waarden.sources.filter { !grasveldje.sources.contains($0) })
    }

    @Test func anIncludedStepFollowsItsRenamedSource() throws {
        let scenario = try ScenarioLoader.load(
            Self.programme([
                #"<include scenario="democratische-waarden" step="waarden" id="rangorde" minutes="15"/>"#,
                #"<include scenario="democratische-waarden" step="voorop"/>"#,
            ]), file: "avond.xml")
        #expect(scenario.step("rangorde")?.minutes == 15)
        guard case .open(let settings) = scenario.step("voorop")?.activity else {
            Issue.record("voorop is not an open step")
            return
        }
        #expect(settings.items == .topOfRanking("rangorde", count: 3))
    }

    @Test(arguments: [
        (
            [#"<include scenario="bestaat-niet" step="casus"/>"#],
            "avond.xml:12:14: fout: onbekend scenario 'bestaat-niet': niet in deze map en niet ingebouwd"
        ),
        (
            [#"<include scenario="grasveldje" step="stemmen"/>"#],
            "avond.xml:12:36: fout: scenario 'grasveldje' heeft geen stap 'stemmen'"
        ),
        (
            [#"<include scenario="democratische-waarden" step="voorop"/>"#],
            "avond.xml:12:47: fout: stap 'voorop' van 'democratische-waarden' neemt de items van stap 'waarden'; "
                + "neem die eerder in het programma op"
        ),
        (
            [#"<include scenario="avond" step="casus"/>"#],
            "avond.xml:12:14: fout: het programma neemt via 'avond' stappen van zichzelf op"
        ),
        (
            [
                #"<include scenario="democratische-waarden" step="inleiding"/>"#,
                #"<include scenario="grasveldje" step="casus" id="inleiding"/>"#,
            ],
            "avond.xml:13:49: fout: de stap-id 'inleiding' komt al voor op regel 12"
        ),
        (
            [#"<include scenario="zelfanalyse" step="doen"/>"#],
            "avond.xml:12:14: fout: scenario 'zelfanalyse' spreekt de deelnemers aan met 'je', het programma met 'u'; "
                + "een programma houdt één aanspreekvorm aan"
        ),
    ])
    func aBadReferenceIsNamedWithFileLineAndColumn(agenda: [String], message: String) {
        #expect(Self.errors(agenda) == [message])
    }

    @Test func referencesAreLookedUpInTheProgrammesFolderFirst() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-programme")
        let own = try #require(EmbeddedScenarios.scenarios.first { $0.fileName == "grasveldje.xml" }).contents
            .replacingOccurrences(of: "<title>Introductie casus</title>", with: "<title>Onze casus</title>")
        try own.write(toFile: directory.path("grasveldje.xml"), atomically: true, encoding: .utf8)
        let path = directory.path("avond.xml")
        try Self.programme([#"<include scenario="grasveldje" step="casus"/>"#]).write(
            toFile: path, atomically: true, encoding: .utf8)
        #expect(try ScenarioLoader.load(contentsOf: path).steps.map(\.title) == ["Onze casus"])
        // A programme that includes a broken scenario names that scenario's problem.
        try own.replacingOccurrences(of: "minutes=\"10\"", with: "minutes=\"0\"").write(
            toFile: directory.path("grasveldje.xml"), atomically: true, encoding: .utf8)
        let error = #expect(throws: ScenarioLoadError.self) { try ScenarioLoader.load(contentsOf: path) }
        #expect(
            error?.renderedLines().first?.hasPrefix("\(path):12:14: fout: scenario 'grasveldje' heeft zelf een fout: ")
                == true)
    }

    @Test func twoProgrammesThatIncludeEachOtherAreRefused() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-programme")
        try Self.programme([#"<include scenario="twee" step="casus"/>"#], id: "een").write(
            toFile: directory.path("een.xml"), atomically: true, encoding: .utf8)
        try Self.programme([#"<include scenario="een" step="casus"/>"#], id: "twee").write(
            toFile: directory.path("twee.xml"), atomically: true, encoding: .utf8)
        let error = #expect(throws: ScenarioLoadError.self) {
            try ScenarioLoader.load(contentsOf: directory.path("een.xml"))
        }
        #expect(
            error?.renderedLines() == [
                "\(directory.path("een.xml")):12:14: fout: scenario 'twee' heeft zelf een fout: "
                    + "\(directory.path("twee.xml")):12:14: fout: het programma neemt via 'een' stappen van zichzelf op"
            ])
    }

    @Test func aSessionFileEmbedsTheProgrammeResolved() throws {
        let scenario = try ScenarioCatalog.resolve("raadsavond", directory: nil).scenario
        let text = String(decoding: try ScenarioWriter.write(scenario), as: UTF8.self)
        #expect(!text.contains("<include"))
        #expect(text.contains(#"<step id="voorop""#))
        #expect(try ScenarioLoader.load(text, file: "raadsavond.xml") == scenario)
    }
}
