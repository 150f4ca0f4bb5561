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
                    #expect(
                        !content.contains(state.displayName(of: other.id)), "\(other.id) named in \(me.id)'s report")
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

/// End to end: a pseudonymous session whose participants joined and were renamed under full names, with those
/// names typed in every kind of free text in many forms, exports (reports, personal reports, spreadsheet, flat
/// report, sessie.xml) without any part of any real name in any unzipped file or file name.
@Test func noPartOfARealNameReachesAnyExportedFileOrFileName() throws {
    var h = SessionHarness()
    try h.run(.start(SessionSamples.settings(pseudonymous: true)))
    let anna = try h.join("Anna Jansen-Wessels", group: "Fractie Jansen", pseudonym: "Merel")
    let bram = try h.join("Bram de Vries", pseudonym: "Lijster")
    let carla = try h.join("Carla ten Brinke")
    try h.run(.rename(bram, name: "Abraham de Vries-Kok"))
    try h.run(.open("rollen"))
    try h.submit(anna, "rollen", .brainstorm(text: "Bellen met A.B. de Vries"))
    try h.submit(bram, "rollen", .brainstorm(text: "Vraag het ANNA"))
    try h.run(.close("rollen"))
    try h.run(.open("spel"))
    let role = try #require(h.state.items(for: "spel").first { $0.text.contains("Vries") })
    try h.submit(
        carla, "spel", .roleplay(role: role.id, round: 1, text: "Jansen-Wessels en kok spreken, C. ten Brinke niet"))
    try h.run(.close("spel"))
    try h.run(.open("waarden"))
    try h.submit(anna, "waarden", .rank(["v1", "v2", "v3", "v4", "v5"]))
    try h.run(.close("waarden"))
    try h.run(.open("acties"))
    try h.submit(
        anna, "acties", .action(Action(what: "Wijkavond met WESSELS", owner: "Abraham", when: "na bram's vakantie")))
    try h.run(.close("acties"))
    try h.run(.open("vraag"))
    try h.submit(bram, "vraag", .open(item: nil, text: "carla zei: vraag het aan anna jansen"))
    try h.run(.close("vraag"))
    try h.run(.note(step: nil, text: "Brinke en Vries-Kok kwamen later; A. Jansen ook"))

    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try SessionExporter.export(
        h.state, to: directory, options: ExportOptions(formats: [.odt, .ods, .fodt], personal: true))
    let xml = directory.appendingPathComponent("sessie.xml")
    try Data(SessionXMLWriter.write(h.events)).write(to: xml)
    var texts = try exportedTexts(result, in: directory)
    texts.append(("sessie.xml", try String(contentsOf: xml, encoding: .utf8)))

    let parts = ["anna", "jansen", "wessels", "bram", "abraham", "vries", "kok", "carla", "brinke"]
    for (path, text) in texts {
        for part in parts {
            let word = try NSRegularExpression(
                pattern: "(?<![\\p{L}\\p{N}])\(part)(?![\\p{L}\\p{N}])", options: [.caseInsensitive])
            func found(_ text: String) -> Bool {
                word.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            }
            #expect(!found(path), "\(part) in file name \(path)")
            #expect(!found(text), "\(part) in \(path)")
        }
    }
    let personal = result.files.filter { $0.path.contains("/persoonlijk/") }.map(\.lastPathComponent)
    #expect(personal == ["Merel.odt", "Lijster.odt", "Deelnemer 3.odt"])
    let report = try #require(texts.first { $0.path == "verslag.fodt" }?.text)
    #expect(report.contains("Bellen met Lijster"))
    #expect(report.contains("Merel en Lijster spreken, Deelnemer 3 niet"))
    #expect(report.contains("Deelnemer 3 zei: vraag het aan Merel"))
    #expect(report.contains("Deelnemer 3 en Lijster kwamen later; Merel ook"))
    let session = try #require(texts.last?.text)
    #expect(session.contains("na Lijster&apos;s vakantie") || session.contains("na Lijster's vakantie"))
}
