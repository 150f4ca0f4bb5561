import Foundation
import NoaberCore
import NoaberFormats
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// The ranking chapter read as a griffier reads it: a lead sentence, one table in the group's order with whole
/// places and points, ties named (also in `sessie.xml`), the methods in the appendix "Verantwoording".
@Suite struct RankReportTests {
    /// Anna and Bram disagree only on the first two values: two rankings are optimal, Gelijkheid and Vrijheid
    /// share the first place.
    static func tiedSession() throws -> SessionHarness {
        try session([["v1", "v2", "v3", "v4", "v5"], ["v2", "v1", "v3", "v4", "v5"]])
    }

    /// The sample scenario's `waarden` ranked by p1, p2, … in turn (Gelijkheid, Vrijheid, Solidariteit, …).
    static func session(_ ballots: [[Item.ID]]) throws -> SessionHarness {
        var h = try SessionHarness.started()
        try h.run(.open("waarden"), after: 60)
        for (index, ballot) in ballots.enumerated() { try h.submit("p\(index + 1)", "waarden", .rank(ballot)) }
        try h.run(.close("waarden"), after: 60)
        return h
    }

    /// One order fits best: Anna's, with Bram and Carla each swapping one pair of it. Borda points (4 for a first
    /// place down to 0) 11, 9, 7, 2, 1; rank sums 4, 6, 8, 13, 14, so W = 12 · 76 / (3² · 120) = 0,84.
    static func uniqueSession() throws -> SessionHarness {
        try session([
            ["v1", "v2", "v3", "v4", "v5"], ["v2", "v1", "v3", "v5", "v4"], ["v1", "v3", "v2", "v4", "v5"],
        ])
    }

    static func paragraphs(_ document: TextDocument) -> [String] {
        // A line break within a paragraph (a chapter's outcome, then its response) reads as two lines.
        document.blocks.flatMap { block -> [String] in
            if case .paragraph(let text, _) = block { text.split(separator: "\n").map(String.init) } else { [] }
        }
    }

    static func tables(_ document: TextDocument) -> [TextTable] {
        document.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    @Test func tiesAreNamedInTheReport() throws {
        let document = try GroupReport.document(for: try Self.tiedSession().state)
        let paragraphs = Self.paragraphs(document)
        #expect(
            paragraphs.contains(
                "Gelijkheid en Vrijheid delen de eerste plaats; de overeenstemming is sterk (W\u{00A0}=\u{00A0}0,95)."))
        #expect(
            paragraphs.contains(
                "Gelijkheid en Vrijheid delen de eerste plaats: 2 volgordes passen even goed bij wat de deelnemers "
                    + "invulden."))
        let table = try #require(Self.tables(document).first { $0.header.first == "Plaats" && $0.header.count == 6 })
        #expect(table.rows.map { $0[0].display } == ["1–2", "1–2", "3", "4", "5"])
    }

    @Test func tiesAreNamedInTheSessionXML() throws {
        let xml = String(decoding: try SessionXMLWriter.write(try Self.tiedSession().events), as: UTF8.self)
        #expect(xml.contains(#"<ranking step="waarden" method="kemeny-young" rankings="2" kendall-w="#))
        #expect(xml.contains(#"optimal-rankings="2">"#))
        #expect(xml.contains(#"<co-winners>"#))
        #expect(xml.contains(#"<shared-places from="1" to="2">"#))
    }

    @Test func aFileWithoutTiesStillImportsAndAWrongTieIsRefused() throws {
        let session = try Self.tiedSession()
        let xml = String(decoding: try SessionXMLWriter.write(session.events), as: UTF8.self)
        var older = xml.replacingOccurrences(of: #" optimal-rankings="2""#, with: "")
        for name in ["co-winners", "shared-places"] {
            while let start = older.range(of: "<\(name)"), let end = older.range(of: "</\(name)>") {
                older.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        #expect(!older.contains("shared-places"))
        let read = try SessionXMLReader.load(Array(older.utf8), file: "ouder.xml")
        #expect(read.events == session.events)
        #expect(read.notes.isEmpty)
        let tampered = xml.replacingOccurrences(of: #"optimal-rankings="2""#, with: #"optimal-rankings="3""#)
        #expect(throws: SessionXMLError.self) { try SessionXMLReader.load(Array(tampered.utf8), file: "x.xml") }
    }

    @Test func aUniqueOrderNamesNoTie() throws {
        let session = try Self.uniqueSession()
        let document = try GroupReport.document(for: session.state)
        let paragraphs = Self.paragraphs(document)
        #expect(
            paragraphs.contains(
                "De groep zet Gelijkheid, Vrijheid en Solidariteit bovenaan; de overeenstemming is sterk (W\u{00A0}=\u{00A0}0,84)."
            ))
        #expect(!paragraphs.contains { $0.contains("delen de") })
        let xml = String(decoding: try SessionXMLWriter.write(session.events), as: UTF8.self)
        #expect(!xml.contains("optimal-rankings"))
    }

    @Test func placesAndPointsAreWholeNumbers() throws {
        let document = try GroupReport.document(for: try Self.uniqueSession().state)
        let header = ["Plaats", "Item", "Punten", "Hoogste", "Mediaan", "Laagste"]
        let table = try #require(Self.tables(document).first { $0.header == header })
        #expect(table.rows.map { $0[0].display } == ["1", "2", "3", "4", "5"])
        for row in table.rows {
            for cell in row where cell != row[1] { #expect(!cell.display.contains(","), "\(row)") }
        }
        #expect(table.rows.map { $0[2].display } == ["11", "9", "7", "2", "1"])
        #expect(table.rows.map { $0[3].display } == ["1", "1", "2", "4", "4"])
    }

    @Test func theMethodsAreComparedInTheAppendixInDutch() throws {
        let document = try GroupReport.document(for: try Self.uniqueSession().state)
        let headings = document.blocks.compactMap { if case .heading(let text, _) = $0 { text } else { nil } }
        let appendix = try #require(headings.firstIndex { $0.hasSuffix("Verantwoording") })
        let chapter = try #require(headings.firstIndex { $0.hasSuffix("Stap waarden") })
        #expect(chapter < appendix)
        let methods = try #require(
            document.blocks.compactMap { if case .bulletList(let lines) = $0 { lines } else { nil } }
                .first { $0.first?.hasPrefix("Kemeny–Young") == true })
        #expect(methods.count == RankMethod.allCases.count)
        #expect(methods.contains { $0.hasPrefix("Alternatieve stemming valt ") })
        let all = Self.paragraphs(document) + methods
        #expect(!all.contains { $0.contains("Instant-runoff") })
        let comparison = try #require(Self.tables(document).first { $0.header == ["Methode", "Bovenaan", "Volgorde"] })
        #expect(comparison.rows.map { $0[0].display }.first == "Kemeny–Young")
        #expect(comparison.rows.count == RankMethod.allCases.count)
    }
}
