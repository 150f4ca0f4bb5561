import Foundation
import NoaberCore
import NoaberFormats
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// Every file of an export, as text: XML parts of packages unzipped, flat files as they are, plus the path.
func exportedTexts(_ result: ExportResult, in directory: URL) throws -> [(path: String, text: String)] {
    try result.files.map { url in
        let path = String(url.path.dropFirst(directory.path.count + 1))
        if url.pathExtension == "fodt" { return (path, try String(contentsOf: url, encoding: .utf8)) }
        return (path, try ODFReopener(url: url).allText())
    }
}

@Suite struct PrivacyTests {
    @Test(arguments: ["proef", "zelfanalyse", "grasveldje"])
    func pseudonymousExportsNameNoRealName(session name: String) throws {
        let state: SessionState =
            name == "proef"
            ? try ODFSessionFixtures.complete(pseudonymous: true)
            : try ODFSessionGenerator.session(
                scenario: GoldenTests.scenario(name), participants: 12, seed: 3, pseudonymous: true)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try SessionExporter.export(state, to: directory, options: ExportOptions(personal: true))
        let realNames = state.participants.map(\.participant.name)
        for (path, text) in try exportedTexts(result, in: directory) {
            for real in realNames {
                #expect(!path.localizedCaseInsensitiveContains(real), "\(real) in file name \(path)")
                #expect(!text.localizedCaseInsensitiveContains(real), "\(real) in \(path)")
            }
        }
        if let check = try ODFCheck.run(result.files) { #expect(check.passed, "\(check.output)") }
        let personal = result.files.filter { $0.path.contains("/persoonlijk/") }.map(\.lastPathComponent)
        #expect(personal.count == state.participants.count)
        if name == "proef" { #expect(personal == ["Merel.odt", "Deelnemer 2.odt", "Lijster.odt"]) }
    }

    @Test func personalReportNamesNoOtherParticipant() throws {
        for state in [
            try ODFSessionFixtures.complete(),
            try ODFSessionFixtures.complete(pseudonymous: true),
            try ODFSessionGenerator.session(scenario: GoldenTests.scenario("zelfanalyse"), participants: 5, seed: 2),
        ] {
            for me in state.participants {
                let content = String(
                    decoding: try PersonalReport.document(for: me.id, in: state).contentXML(), as: UTF8.self)
                #expect(content.contains(state.displayName(of: me.id)))
                for other in state.participants where other.id != me.id {
                    #expect(!content.contains(state.displayName(of: other.id)), "\(other.id) named in \(me.id)'s report")
                    #expect(
                        !content.contains(other.participant.name),
                        "\(other.participant.name) in \(me.participant.name)'s report")
                }
                // No other participant's free-text answer either.
                for record in state.inputs where record.participant != me.id {
                    if case .open(_, let text) = record.input,
                        !state.inputs.contains(where: {
                            $0.participant == me.id && $0.input == record.input
                        })
                    {
                        #expect(
                            !content.contains(text),
                            "answer of \(record.participant) in \(me.participant.name)'s report")
                    }
                }
            }
        }
    }

    @Test func trekkerTypedAsRealNameIsReplacedByPseudonym() throws {
        let state = try ODFSessionFixtures.complete(pseudonymous: true)
        let content = String(decoding: try GroupReport.document(for: state).contentXML(), as: UTF8.self)
        // Bram has no pseudonym, so he is "Deelnemer 2"; Carla is "Lijster".
        #expect(
            content.contains(
                "Raadsvoorstel schrijven</text:p></table:table-cell><table:table-cell table:style-name=\"Noaber_Cell\" office:value-type=\"string\"><text:p text:style-name=\"Table_20_Contents\">Deelnemer 2<"
            ))
        #expect(content.contains("Deelnemer 2 en Merel waren het oneens over de wethouder."))
    }
}

@Test func realNamesAreReplacedAsWholeWordsOnly() throws {
    var h = SessionHarness()
    try h.run(.start(SessionSamples.settings(pseudonymous: true)))
    let jan = try h.join("Jan", pseudonym: "Merel")
    try h.join("Anna de Vries", pseudonym: "Lijster")
    try h.run(.open("acties"))
    try h.submit(
        jan, "acties",
        .action(Action(what: "In januari met ANNA DE VRIES en jan praten (Jan's idee)", owner: "jan", when: "januari")))
    try h.run(.close("acties"))
    let content = String(decoding: try GroupReport.document(for: h.state).contentXML(), as: UTF8.self)
    #expect(content.contains("In januari met Lijster en Merel praten (Merel's idee)"))
    #expect(content.contains(">januari<"))
}
