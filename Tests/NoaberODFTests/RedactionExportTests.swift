import Foundation
import NoaberCore
import NoaberFormats
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// Pseudonymity that holds (issue 11.8), end to end: a pseudonymous session whose participants' real names are
/// typed in every free text a session holds, in every form a person writes them, goes through a whole export
/// (group report, flat report, personal reports, raw data, session XML). No part of any real name may appear in
/// any file of any package or in any file name; tussenvoegsels and pseudonyms stay as they are; and the session
/// read back from its sessie.xml exports the same bytes.
@Suite struct RedactionExportTests {
    /// Every part of every real name (joined or renamed under) that must never be written.
    static let realNameParts = [
        "anna", "jansen", "wessels", "bram", "abraham", "vries", "kok", "carla", "brinke", "dirk", "berg", "eva",
        "smit",
    ]

    /// The sample scenario played with five participants: Anna Jansen-Wessels (Merel, group "Fractie Jansen"),
    /// Bram de Vries (Lijster, renamed Abraham de Vries-Kok), Carla ten Brinke (no pseudonym: Deelnemer 3),
    /// Dirk van den Berg (Uil) and Eva Smit (Kievit).
    static func session() throws -> SessionHarness {
        var h = SessionHarness()
        try h.run(.start(SessionSamples.settings(pseudonymous: true)))
        let anna = try h.join("Anna Jansen-Wessels", group: "Fractie Jansen", pseudonym: "Merel")
        let bram = try h.join("Bram de Vries", pseudonym: "Lijster")
        let carla = try h.join("Carla ten Brinke")
        let dirk = try h.join("Dirk van den Berg", pseudonym: "Uil")
        let eva = try h.join("Eva Smit", pseudonym: "Kievit")
        try h.run(.rename(bram, name: "Abraham de Vries-Kok"))
        try h.run(.open("rollen"))
        // Initials with a surname and its tussenvoegsel; a first name in capitals; a full name with tussenvoegsels.
        try h.submit(anna, "rollen", .brainstorm(text: "Bellen met A.B. de Vries"))
        try h.submit(bram, "rollen", .brainstorm(text: "Vraag het ANNA"))
        try h.submit(dirk, "rollen", .brainstorm(text: "Koffie bij D. van den Berg"))
        try h.submit(eva, "rollen", .brainstorm(text: "Spreekuur"))
        let spreekuur = try #require(h.state.items(for: "rollen").first { $0.text == "Spreekuur" })
        // A surname in capitals and a surname alone, in an item renamed by the facilitator.
        try h.run(.renameItem(step: "rollen", item: spreekuur.id, text: "Spreekuur van BERG en Smit"))
        try h.run(.close("rollen"))
        try h.run(.open("spel"))
        let role = try #require(h.state.items(for: "spel").first { $0.text.contains("Vries") })
        // Surnames inside hyphenated compounds, lower case; initial with tussenvoegsel and surname.
        try h.submit(
            carla, "spel", .roleplay(role: role.id, round: 1, text: "Jansen-Wessels en kok spreken, C. ten Brinke niet")
        )
        try h.run(.close("spel"))
        try h.run(.open("waarden"))
        try h.submit(anna, "waarden", .rank(SessionSamples.values.map(\.id)))
        try h.run(.close("waarden"))
        try h.run(.open("ladder"))
        let items = h.state.items(for: "ladder").map(\.id)
        try h.submit(eva, "ladder", .classify(items.map { Placement(item: $0, category: "raadplegen") }))
        try h.run(.close("ladder"))
        try h.run(.open("acties"))
        // The former first name as trekker; a surname in capitals; prose with tussenvoegsel-like words.
        try h.submit(
            anna, "acties",
            .action(
                Action(
                    what: "Wijkavond met WESSELS in de wijk van de burgemeester", owner: "Abraham",
                    when: "na bram's vakantie")))
        try h.run(.close("acties"))
        try h.run(.open("vraag"))
        // A first name in lower case, a full name in lower case, and pseudonyms that must stay.
        try h.submit(
            bram, "vraag", .open(item: nil, text: "carla zei: vraag het aan anna jansen; Kievit en Merel helpen"))
        try h.run(.close("vraag"))
        try h.run(.note(step: nil, text: "Brinke en Vries-Kok kwamen later; A. Jansen ook"))
        try h.run(.note(step: "vraag", text: "Eva had het over ten slotte de raad"))
        try h.run(.record(.conclusion, step: nil, text: "Dirk en Eva Smit trekken het plan"))
        try h.run(.record(.agreement, step: "acties", text: "Bram belt Carla voor de zomer"))
        try h.run(.end)
        return h
    }

    /// Writes every format of the export as `noaber export --personal` does (`SessionExport.write`): the documents
    /// from the events as they leave the store, then sessie.xml.
    static func export(_ events: [SessionEvent], to directory: URL) throws -> [(path: String, text: String)] {
        let state = try SessionState.replay(NameRedaction.publishable(events))
        let result = try SessionExporter.export(
            state, to: directory, options: ExportOptions(formats: [.odt, .ods, .fodt], personal: true))
        let xml = directory.appendingPathComponent("sessie.xml")
        try Data(SessionXMLWriter.write(events)).write(to: xml)
        return try exportedTexts(result, in: directory) + [("sessie.xml", try String(contentsOf: xml, encoding: .utf8))]
    }

    static func word(_ part: String) throws -> NSRegularExpression {
        try NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}])\(part)(?![\\p{L}\\p{N}])", options: [.caseInsensitive])
    }

    @Test func noPartOfARealNameInAnyFileOfAnyPackageOrAnyFileName() throws {
        let h = try Self.session()
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let texts = try Self.export(h.events, to: directory)
        // Every entry of every package is searched (content, styles, meta, settings, charts, manifest).
        #expect(texts.map(\.path).contains("verslag.odt") && texts.map(\.path).contains("gegevens.ods"))
        let written = try FileManager.default.subpathsOfDirectory(atPath: directory.path)
        #expect(written.count >= texts.count)
        for part in Self.realNameParts {
            let word = try Self.word(part)
            func found(_ text: String) -> Bool {
                word.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            }
            for path in written { #expect(!found(path), "\(part) in file name \(path)") }
            for (path, text) in texts { #expect(!found(text), "\(part) in \(path)") }
        }
        #expect(
            written.filter { $0.hasPrefix("persoonlijk/") }.sorted() == [
                "persoonlijk/Deelnemer 3.odt", "persoonlijk/Kievit.odt", "persoonlijk/Lijster.odt",
                "persoonlijk/Merel.odt", "persoonlijk/Uil.odt",
            ])
        let report = try #require(texts.first { $0.path == "verslag.fodt" }?.text)
        for replaced in [
            "Bellen met Lijster", "Vraag het Merel", "Koffie bij Uil", "Spreekuur van Uil en Kievit",
            "Merel en Lijster spreken, Deelnemer 3 niet", "Wijkavond met Merel in de wijk van de burgemeester",
            "Deelnemer 3 zei: vraag het aan Merel; Kievit en Merel helpen",
            "Deelnemer 3 en Lijster kwamen later; Merel ook",
            "Kievit had het over ten slotte de raad", "Fractie Merel",
        ] {
            #expect(report.contains(replaced), "\(replaced) missing from verslag.fodt")
        }
        let session = try #require(texts.last?.text)
        for replaced in [
            "Uil en Kievit trekken het plan", "Lijster belt Deelnemer 3 voor de zomer",
        ] {
            #expect(session.contains(replaced), "\(replaced) missing from sessie.xml")
        }
        #expect(session.contains("na Lijster&apos;s vakantie") || session.contains("na Lijster's vakantie"))
    }

    @Test func theTrekkerTypedUnderAFormerNameFindsTheActionInThatPersonsReport() throws {
        let h = try Self.session()
        // As exported: from the events as they leave the store, where "Abraham" already reads "Lijster".
        let reports = try PersonalReport.documents(for: try SessionState.replay(NameRedaction.publishable(h.events)))
        let lijster = try #require(reports.first { $0.participant == "p2" })
        let content = String(decoding: try lijster.document.contentXML(), as: UTF8.self)
        #expect(content.contains("Wijkavond met Merel in de wijk van de burgemeester"))
    }

    @Test func theSessionReadBackFromItsFileExportsTheSameBytes() throws {
        let h = try Self.session()
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("eerste", isDirectory: true)
        let second = directory.appendingPathComponent("tweede", isDirectory: true)
        _ = try Self.export(h.events, to: first)
        let bytes = try [UInt8](Data(contentsOf: first.appendingPathComponent("sessie.xml")))
        let imported = try SessionXMLReader.read(bytes, file: "sessie.xml")
        _ = try Self.export(imported, to: second)
        let files = try FileManager.default.subpathsOfDirectory(atPath: first.path).sorted()
        #expect(try FileManager.default.subpathsOfDirectory(atPath: second.path).sorted() == files)
        for path in files where !path.hasSuffix("persoonlijk") {
            let original = try Data(contentsOf: first.appendingPathComponent(path))
            let again = try Data(contentsOf: second.appendingPathComponent(path))
            #expect(original == again, "\(path) differs after export → import → export")
        }
    }
}
