import Foundation
import NoaberCore
import Testing

@testable import NoaberFormats

/// Authoring without friction (issue 12.1, 12.4): a scale needs labels only at its ends, text no source gives is
/// marked as authored, an item can carry the sources' examples; all of it survives the round trip through the
/// writer that `sessie.xml` embeds scenarios with.
@Suite("Scenario authoring")
struct ScenarioAuthoringTests {
    private func scenario() throws -> Scenario {
        try ScenarioLoader.load(ScenarioFixturePaths.fixture("gemarkeerd.xml"), file: "gemarkeerd.xml")
    }

    @Test("a 1–10 scale validates with a label at each end")
    func scaleWithEndLabels() throws {
        guard case .rate(let settings)? = try scenario().step("vormen")?.activity else {
            Issue.record("vormen is not a rate step")
            return
        }
        #expect(
            settings.scale.labels == [
                ScaleLabel(value: 1, text: "past helemaal niet"), ScaleLabel(value: 10, text: "past precies"),
            ])
        #expect(settings.scale.label(for: 5) == nil)
        #expect(settings.scale.contains(7))
    }

    @Test("a scale without a label at an end is refused, naming the value")
    func scaleWithoutEndLabel() throws {
        let text = try ScenarioFixturePaths.text(ScenarioFixturePaths.fixtures + "/gemarkeerd.xml")
            .replacingOccurrences(
                of: "<label value=\"10\">past precies</label>", with: "<label value=\"5\">half</label>")
        let error = #expect(throws: ScenarioLoadError.self) { try ScenarioLoader.load(text, file: "gemarkeerd.xml") }
        #expect(
            error?.renderedLines() == [
                "gemarkeerd.xml:26:9: fout: de schaal heeft geen label voor waarde 10; beide uiteinden van een schaal"
                    + " hebben een label nodig"
            ])
    }

    @Test("authored marks and examples are read from items, paragraphs and cases")
    func marksAreRead() throws {
        let scenario = try scenario()
        guard case .info(let info)? = scenario.step("programma")?.activity,
            case .rate(let rate)? = scenario.step("vormen")?.activity,
            case .roleplay(let roleplay)? = scenario.step("oefenen")?.activity
        else {
            Issue.record("unexpected werkvormen")
            return
        }
        #expect(info.authoredParagraphs == [1])
        #expect(!info.isAuthored(paragraph: 0) && info.isAuthored(paragraph: 1) && !info.isAuthored(paragraph: 2))
        #expect(
            rate.items.listedItems == [
                Item(
                    id: "wijkbudget", text: "Bewonersbudget/wijkbudget (plek op de begroting)",
                    detail: "Deel van een gemeentelijk budget waar bewoners zelf over kunnen beslissen.",
                    examples: "Hoogeveen en Emmen"),
                Item(id: "zelf", text: "Een vorm die de auteur bedacht", authored: true),
            ])
        #expect(roleplay.caseAuthored)
        #expect(roleplay.roles.listedItems.map(\.authored) == [true, true])
    }

    @Test("the writer keeps the marks: read → write → read is equal, and only true marks are written")
    func marksRoundTrip() throws {
        let scenario = try scenario()
        let bytes = try ScenarioWriter.write(scenario)
        #expect(try ScenarioLoader.loadVerbatim(bytes, file: "gemarkeerd.xml") == scenario)
        #expect(try ScenarioLoader.load(bytes, file: "gemarkeerd.xml") == scenario)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.components(separatedBy: "authored=\"true\"").count - 1 == 5)
        #expect(!text.contains("authored=\"false\""))
        #expect(text.contains("examples=\"Hoogeveen en Emmen\""))
    }

    @Test("journals written before the marks existed still decode, and unmarked items encode as before")
    func journalJSONStaysCompatible() throws {
        let old = #"{"detail":"uitleg","id":"a","text":"Rol A"}"#
        #expect(
            try JSONDecoder().decode(Item.self, from: Data(old.utf8)) == Item(id: "a", text: "Rol A", detail: "uitleg"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(
            String(decoding: try encoder.encode(Item(id: "a", text: "Rol A", detail: "uitleg")), as: UTF8.self) == old)
        let oldInfo = #"{"paragraphs":["Eén."]}"#
        #expect(
            try JSONDecoder().decode(InfoSettings.self, from: Data(oldInfo.utf8)) == InfoSettings(paragraphs: ["Eén."]))
        #expect(String(decoding: try encoder.encode(InfoSettings(paragraphs: ["Eén."])), as: UTF8.self) == oldInfo)
        let marked = Item(id: "z", text: "Zelf", authored: true)
        #expect(try JSONDecoder().decode(Item.self, from: try encoder.encode(marked)) == marked)
    }
}
