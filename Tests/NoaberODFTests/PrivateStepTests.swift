import Foundation
import NoaberCore
import NoaberFormats
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// Private steps (issue 11.7): their answers reach the participant's own report and sessie.xml (marked private),
/// the group report and the raw data only as counts.
@Suite struct PrivateStepTests {
    static let annaAnswer = "Mijn geheime plan: in 2027 wethouder worden"
    static let bramAnswer = "Ik durf in de fractie niet te zeggen dat ik twijfel"
    static let publicAnswer = "Meer avonden in de wijk"

    /// The sample scenario with its open question `vraag` and its questionnaire `zelf` private; `toelichting`
    /// stays public.
    static func session() throws -> SessionHarness {
        var scenario = SessionSamples.scenario
        for index in scenario.steps.indices where ["vraag", "zelf"].contains(scenario.steps[index].id) {
            scenario.steps[index].isPrivate = true
        }
        var settings = SessionSamples.settings()
        settings.scenario = scenario
        var h = SessionHarness()
        try h.run(.start(settings))
        let anna = try h.join("Anna de Vries", group: "vvd")
        let bram = try h.join("Bram Jansen", group: "cda")
        try h.join("Carla Bakker")
        try h.run(.open("zelf"))
        try h.submit(
            anna, "zelf",
            .likert([
                LikertAnswer(statement: "s1", value: 3), LikertAnswer(statement: "s2", value: 1),
                LikertAnswer(statement: "s3", value: 2),
            ]))
        try h.run(.close("zelf"))
        try h.run(.open("acties"))
        try h.submit(bram, "acties", .action(Action(what: publicAnswer, owner: "Bram Jansen", when: "in maart")))
        try h.run(.close("acties"))
        try h.run(.open("vraag"))
        try h.submit(anna, "vraag", .open(item: nil, text: annaAnswer))
        try h.submit(bram, "vraag", .open(item: nil, text: bramAnswer))
        try h.run(.close("vraag"))
        try h.run(.end)
        return h
    }

    @Test func groupDocumentsCountPrivateAnswersAndShowNone() throws {
        let h = try Self.session()
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try SessionExporter.export(h.state, to: directory, options: ExportOptions(personal: true))
        let texts = Dictionary(
            uniqueKeysWithValues: try exportedTexts(result, in: directory).map { ($0.path, $0.text) })
        for path in ["verslag.odt", "verslag.fodt", "gegevens.ods"] {
            let text = try #require(texts[path])
            for secret in [Self.annaAnswer, Self.bramAnswer] {
                #expect(!text.contains(secret), "a private answer in \(path)")
            }
            // The questionnaire's scores are private too: no theme score or statement table.
            #expect(!text.contains("Samenwerken"), "the private questionnaire's themes in \(path)")
            #expect(text.contains(Self.publicAnswer), "the public actions step is missing from \(path)")
        }
        for path in ["verslag.odt", "verslag.fodt"] {
            let text = try #require(texts[path])
            #expect(text.contains(ReportContext.privateStepNotice))
            #expect(text.contains("2 van de 3 deelnemers vulden dit onderdeel in (2 antwoorden)."))
            #expect(text.contains("1 van de 3 deelnemers vulde dit onderdeel in (1 antwoord)."))
        }
        let spreadsheet = try RawData.spreadsheet(for: h.state)
        #expect(!spreadsheet.sheets.map(\.name).contains("Stap vraag"))
        #expect(!spreadsheet.sheets.map(\.name).contains("Stap zelf"))
        #expect(spreadsheet.sheets.map(\.name).contains("Stap acties"))
        let summary = try #require(spreadsheet.sheets.first)
        let vraag = try #require(summary.rows.first { $0.first == .string("Stap vraag") })
        #expect(Array(vraag.suffix(3)) == [.int(2), .int(2), .string("ja, alleen aantallen")])
        if let check = try ODFCheck.run(result.files) { #expect(check.passed, "\(check.output)") }
    }

    @Test func privateAnswersAreInTheParticipantsOwnReportOnly() throws {
        let h = try Self.session()
        let reports = Dictionary(
            uniqueKeysWithValues: try PersonalReport.documents(for: h.state).map {
                ($0.participant, String(decoding: try $0.document.contentXML(), as: UTF8.self))
            })
        let anna = try #require(reports["p1"])
        let bram = try #require(reports["p2"])
        #expect(anna.contains(Self.annaAnswer))
        #expect(!anna.contains(Self.bramAnswer))
        #expect(anna.contains("Samenwerken"), "Anna's own questionnaire scores")
        #expect(bram.contains(Self.bramAnswer))
        #expect(!bram.contains(Self.annaAnswer))
        #expect(reports["p3"].map { !$0.contains(Self.annaAnswer) && !$0.contains(Self.bramAnswer) } == true)
    }

    @Test func sessionXMLKeepsPrivateStepsMarkedAndWhole() throws {
        let h = try Self.session()
        let bytes = try SessionXMLWriter.write(h.events)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(Self.annaAnswer) && text.contains(Self.bramAnswer))
        let events = try SessionXMLReader.read(bytes, file: "sessie.xml")
        let state = try SessionState.replay(events)
        #expect(state.scenario?.steps.filter(\.isPrivate).map(\.id) == ["zelf", "vraag"])
        #expect(state.inputs(for: "vraag").count == 2)
        #expect(try SessionXMLWriter.write(events) == bytes)
        // The imported session writes the same group report: still counts only.
        #expect(try GroupReport.document(for: state).contentXML() == GroupReport.document(for: h.state).contentXML())
    }
}
