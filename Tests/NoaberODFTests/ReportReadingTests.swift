import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// What a griffier trips over when reading a report (issue 11, reading every page): the summary's lines, the
/// scale said once, no lead counted twice for a private step, no internal ids, one line per publication.
@Suite struct ReportReadingTests {
    static func zelfanalyse() throws -> [String] {
        let state = try ODFSessionGenerator.session(
            scenario: GoldenTests.scenario("zelfanalyse"), participants: 6, seed: 2)
        return GroupReportStoryTests.lines(try GroupReport.document(for: state))
    }

    /// The summary's lines: the title as a sentence, no colon after a question mark or behind a title that has one.
    @Test func aSummaryLineStartsWithTheTitleAsASentence() {
        #expect(
            GroupReportBuilder.runIn("Wat stelt u voorop?", "9 deelnemers gaven samen 27 antwoorden.")
                == "Wat stelt u voorop? 9 deelnemers gaven samen 27 antwoorden.")
        #expect(
            GroupReportBuilder.runIn("Tweede ronde (optioneel): vijf waarden", "De groep zet invloed bovenaan.")
                == "Tweede ronde (optioneel): vijf waarden. De groep zet invloed bovenaan.")
    }

    /// Five questionnaires on one scale: the summary names the scale once, at the first.
    @Test func theSummaryNamesTheScaleOnce() throws {
        let lines = try Self.zelfanalyse()
        let summary = try GroupReportStoryTests.part(lines, after: "Samenvatting", count: 2)
        #expect(summary[1].hasPrefix("Zelfanalyse Doen. De groep scoort gemiddeld "))
        #expect(summary[1].hasSuffix(" op een schaal van 1 (zeer oneens) tot 4 (zeer eens)."))
        let start = try #require(lines.firstIndex(of: "Samenvatting"))
        let end = try #require(lines.firstIndex(of: "Conclusies en afspraken"))
        let part = lines[start..<end]
        #expect(part.filter { $0.contains("schaal") }.count == 1)
        let doel = try #require(part.first { $0.hasPrefix("Zelfanalyse Doel.") })
        #expect(doel.wholeMatch(of: /Zelfanalyse Doel\. De groep scoort gemiddeld \d,\d\d\./) != nil)
        #expect(!part.contains { $0.contains("?:") || $0.contains(": De ") })
    }

    /// The interpretation the five steps share is printed at the first step without its theme in front, and the
    /// later steps say in a sentence that the same holds.
    @Test func laterStepsReferToTheSharedInterpretationInASentence() throws {
        let lines = try Self.zelfanalyse()
        #expect(lines.contains { $0.hasPrefix("Hoe hoger je score, hoe meer je werkt als participerende ambtenaar") })
        #expect(lines.contains("Voor Doel geldt dezelfde uitleg als bij Zelfanalyse Doen."))
        #expect(!lines.contains { $0.hasPrefix("Doen: ") || $0.contains("zie de uitleg") })
    }

    /// A private step's chapter gives its counts once, not a lead sentence with the same count above them.
    @Test func aPrivateStepsChapterCountsOnce() throws {
        let lines = try Self.zelfanalyse()
        let start = try #require(lines.firstIndex { $0.hasSuffix(". Reflectie op de scores") })
        let chapter = Array(lines[(start + 1)...].prefix { !$0.hasSuffix(". POP-OP") })
        #expect(chapter.count == 3)
        #expect(chapter[1] == ReportContext.privateStepNotice)
        let counts = /\d van de 6 deelnemers vulden? dit onderdeel in \(\d antwoord(en)?\)\./
        #expect(chapter[2].wholeMatch(of: counts) != nil)
    }

    /// The closing line names the scenario by its title; the sources cite one publication once, with its sections.
    @Test func theLastLinesNameNoInternalIds() throws {
        let lines = try Self.zelfanalyse()
        #expect(
            lines.last
                == "Dit verslag is met Noaber gemaakt uit wat tijdens de bijeenkomst is vastgelegd (scenario "
                + "“Zelfanalyse overheidsparticipatie”, versie 1).")
        #expect(
            lines.dropLast().last
                == "De opzet van de bijeenkomst en de teksten zijn ontleend aan Democratic Challenge, Eerste Hulp Bij "
                + "Overheidsparticipatie (Vincent van Stipdonk), 1. Doen tot en met 5. Organisatieverandering, de "
                + "zelfanalyses in de uitgave als pdf en 2. Doel.")
    }
}

/// Chapters that do not say a thing twice or carry an empty column; titles that read as names.
@Suite struct ReportChapterReadingTests {
    /// An open question answered once by each: the response line says how many answered, so no lead repeats it;
    /// the summary keeps the count.
    @Test func anOpenQuestionsChapterHasNoLeadThatRepeatsTheResponse() throws {
        let lines = GroupReportStoryTests.lines(try GroupReport.document(for: try GroupReportStoryTests.session()))
        #expect(
            try GroupReportStoryTests.part(lines, after: "2. Loslaten en sturen", count: 2) == [
                "Respons: 1 van 2 deelnemers.", "Wat betekent dit voor uw rol?",
            ])
        #expect(lines.contains("Loslaten en sturen. 1 deelnemer gaf een antwoord."))
    }

    /// One round: the role play's table has no round column (a column of ones).
    @Test func aRolePlayOfOneRoundHasNoRoundColumn() throws {
        let state = try ODFSessionGenerator.session(
            scenario: GoldenTests.scenario("grasveldje"), participants: 4, seed: 7)
        let document = try GroupReport.document(for: state)
        let header = document.blocks.compactMap { block -> [String]? in
            if case .table(let table) = block, table.header.first == "Rol" { table.header } else { nil }
        }
        #expect(header == [["Rol", "Deelnemer", "Inbreng"]])
        #expect(
            GroupReportStoryTests.lines(document).contains(
                "Tweespalt in een buurt over een grasveldje. De helft wil een bloemenperk, de andere helft een "
                    + "trapveldje."))
    }

    /// The zelfanalyse's later steps refer to the first one's interpretation in one sentence, without a heading
    /// over it.
    @Test func aReferenceToAnEarlierInterpretationHasNoHeading() throws {
        let state = try ODFSessionGenerator.session(
            scenario: GoldenTests.scenario("zelfanalyse"), participants: 6, seed: 2)
        let lines = GroupReportStoryTests.lines(try GroupReport.document(for: state))
        #expect(lines.filter { $0 == "Wat de scores betekenen" }.count == 1)
        let reference = try #require(lines.firstIndex(of: "Voor Doel geldt dezelfde uitleg als bij Zelfanalyse Doen."))
        #expect(lines[reference - 1] != "Wat de scores betekenen")
    }

    /// A note that explains a table's columns is printed once, however many tables it explains.
    @Test func aColumnNoteIsPrintedOnce() throws {
        var builder = GroupReportBuilder(context: try ReportContext(try GroupReportStoryTests.session()))
        builder.noteOnce("Bovenaan: de eerste drie.")
        builder.noteOnce("Bovenaan: de eerste drie.")
        builder.noteOnce("W: hoe eensgezind.")
        #expect(
            builder.blocks == [
                .paragraph("Bovenaan: de eerste drie.", style: .note), .paragraph("W: hoe eensgezind.", style: .note),
            ])
    }

    /// Items from an earlier step head their column "Item"; listed questions "Vraag".
    @Test func anOpenStepPerValueNamesItsColumnItem() throws {
        let state = try ODFSessionGenerator.session(
            scenario: GoldenTests.scenario("democratische-waarden"), participants: 4, seed: 7)
        let headers = try GroupReport.document(for: state).blocks.compactMap { block -> [String]? in
            if case .table(let table) = block, table.header.first == "Deelnemer", table.header.count == 3 {
                table.header
            } else {
                nil
            }
        }
        #expect(headers == [["Deelnemer", "Item", "Antwoord"]])
    }

    /// Titles in the werkvormen appendix stand in quotation marks: "Wat stelt u voorop?" and a title with a colon
    /// read as one name.
    @Test func theWerkvormenAppendixQuotesStepTitles() throws {
        let state = try ODFSessionGenerator.session(
            scenario: GoldenTests.scenario("democratische-waarden"), participants: 4, seed: 7)
        let lines = GroupReportStoryTests.lines(try GroupReport.document(for: state))
        #expect(
            lines.contains(
                "Open vraag (“Wat stelt u voorop?”): " + OpenSection.purpose))
    }
}
