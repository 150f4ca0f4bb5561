import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// The questionnaire chapter and the per-group results: statements grouped by theme with reversed ones marked and
/// counted as the theme score counts them, people (not answers) without an answer, each interpretation printed
/// once, and results per fractie only for fracties of at least three.
@Suite struct LikertReportTests {
    static func paragraphs(_ document: TextDocument) -> [String] {
        // A line break within a paragraph (a chapter's outcome, then its response) reads as two lines.
        document.blocks.flatMap { block -> [String] in
            if case .paragraph(let text, _) = block { text.split(separator: "\n").map(String.init) } else { [] }
        }
    }

    static func tables(_ document: TextDocument) -> [TextTable] {
        document.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    static func headings(_ document: TextDocument) -> [String] {
        document.blocks.compactMap { if case .heading(let text, _) = $0 { text } else { nil } }
    }

    /// Anna s1 = 5, s2 = 2, s3 = 4; Bram s1 = 3, s2 = 4 (no s3); Carla s1 = 4, s2 = 1, s3 = 5 on a scale of 1 to 5,
    /// s2 reversed: its mean 7/3 counts as 6 − 7/3 = 3,67.
    @Test func statementsAreGroupedByThemeAndCountedAsTheScoreCountsThem() throws {
        let document = try GroupReport.document(for: try ODFSessionFixtures.complete())
        let headings = Self.headings(document)
        let samenwerken = try #require(headings.firstIndex(of: "Samenwerken"))
        let ruimte = try #require(headings.firstIndex(of: "Ruimte maken"))
        #expect(samenwerken < ruimte)
        let tables = Self.tables(document).filter { $0.header.first == "Uitspraak" }
        #expect(tables.count == 2)
        #expect(tables[0].rows.map { $0[0].display } == ["Ik luister.", "Ik onderbreek. (omgekeerd gesteld)"])
        #expect(tables[0].rows[1].suffix(2).map(\.display) == ["0", "3,67"])
        #expect(tables[1].rows[0].suffix(2).map(\.display) == ["1", "4,50"])
        let themes = try #require(Self.tables(document).first { $0.header.first == "Thema" })
        #expect(themes.header.suffix(2) == ["Ingevuld", "Niet ingevuld"])
        #expect(themes.rows.map { $0.suffix(2).map(\.display) } == [["3", "0"], ["2", "1"]])
    }

    @Test func anInterpretationIsPrintedOnce() throws {
        let document = try GroupReport.document(for: try ODFSessionFixtures.complete())
        #expect(Self.paragraphs(document).filter { $0.hasSuffix("Goed.") } == ["Samenwerken en Ruimte maken: Goed."])
        let personal = try PersonalReport.document(for: "p1", in: try ODFSessionFixtures.complete())
        #expect(Self.paragraphs(personal).filter { $0.hasSuffix("Goed.") } == ["Samenwerken en Ruimte maken: Goed."])
        #expect(!Self.tables(personal).contains { $0.rows.contains { $0.contains(.text("Goed.")) } })
    }

    /// The five zelfanalyse steps share one interpretation: printed at the first, referred to after.
    @Test func theZelfanalyseInterpretationIsPrintedOnceInEveryReport() throws {
        let state = try ODFSessionGenerator.session(
            scenario: GoldenTests.scenario("zelfanalyse"), participants: 6, seed: 2)
        let documents =
            [try GroupReport.document(for: state)]
            + (try PersonalReport.documents(for: state).map(\.document))
        for document in documents {
            let long = Self.paragraphs(document).filter { $0.count > 120 }
            let twice = Set(long.filter { text in long.filter { $0 == text }.count > 1 })
            #expect(twice.isEmpty, "printed twice: \(twice)")
            #expect(Self.paragraphs(document).contains { $0.contains("dezelfde uitleg als bij Zelfanalyse Doen") })
        }
    }

    /// Anna, Dirk and Eva are VVD; Bram CDA, Carla no scenario group: only VVD is shown apart.
    static func grouped(vvd: Int) throws -> SessionState {
        var h = try SessionHarness.started()
        for index in 0..<(vvd - 1) { try h.join("Lid \(index + 1)", group: "vvd") }
        let people = h.state.participants.map(\.id)
        try h.run(.open("waarden"), after: 60)
        for (index, person) in people.enumerated() {
            let ballot = index % 2 == 0 ? ["v1", "v2", "v3", "v4", "v5"] : ["v2", "v1", "v4", "v3", "v5"]
            try h.submit(person, "waarden", .rank(ballot))
        }
        try h.run(.close("waarden"), after: 60)
        try h.run(.open("zelf"), after: 60)
        for (index, person) in people.enumerated() {
            try h.submit(
                person, "zelf",
                .likert([LikertAnswer(statement: "s1", value: 1 + index % 5), LikertAnswer(statement: "s3", value: 4)]))
        }
        try h.run(.close("zelf"), after: 60)
        return h.state
    }

    @Test func resultsPerFractieOnlyForFractiesOfThree() throws {
        let document = try GroupReport.document(for: try Self.grouped(vvd: 3))
        #expect(Self.headings(document).filter { $0 == "Per fractie" }.count == 2)
        let rank = try #require(Self.tables(document).first { $0.header.first == "Fractie" })
        #expect(rank.rows.map { $0.prefix(2).map(\.display) } == [["VVD", "3"]])
        let likert = try #require(Self.tables(document).first { $0.header.first == "Thema" && $0.header.count == 3 })
        #expect(likert.header == ["Thema", "VVD (3)", "Allen"])
        #expect(
            Self.paragraphs(document).filter { $0.contains("Fracties met minder dan 3 deelnemers staan niet apart") }
                .count == 2)
        let fewer = try GroupReport.document(for: try Self.grouped(vvd: 2))
        #expect(!Self.headings(fewer).contains("Per fractie"))
    }
}
