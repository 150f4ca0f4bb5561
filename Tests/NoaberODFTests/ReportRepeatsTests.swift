import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// What a careful reader trips over when a report says a thing twice: a meeting's yield that repeats the one step
/// that yielded, a private step's count given twice, a work cited once per chapter quoted.
@Suite struct ReportRepeatsTests {
    static func lines(of state: SessionState) throws -> [String] {
        GroupReportStoryTests.lines(try GroupReport.document(for: state))
    }

    @Test func aSingleStepsYieldIsNotSummedUpAgain() async throws {
        // The demo's grasveldje: only the brainstorm yields (ideas); its summary line says how many.
        let lines = try Self.lines(of: try SessionState.replay(try await DemoSessions.journals()[0]))
        #expect(lines.contains { $0.hasPrefix("Rollen benoemen. De deelnemers brachten 7 ideeën in") })
        #expect(!lines.contains { $0.hasPrefix("De bijeenkomst leverde") })
        // With ideas and actions from two steps, the sum is news.
        let both = try Self.lines(of: try GroupReportStoryTests.session())
        #expect(both.contains("De bijeenkomst leverde 3 ideeën, 4 acties en 3 trekkers op."))
    }

    @Test func aPrivateStepGivesItsCountOnceAndTheAppendixSaysWhereItsAnswersAre() async throws {
        let lines = try Self.lines(of: try SessionState.replay(try await DemoSessions.journals()[2]))
        let start = try #require(lines.firstIndex(of: "7. POP-OP"))
        let end = try #require(lines[start...].firstIndex(of: "8. Concrete acties"))
        let chapter = Array(lines[start..<end])
        #expect(chapter.filter { $0.contains("10") && $0.contains("deelnemer") }.count == 1, "\(chapter)")
        #expect(
            lines.contains(
                "Bij de persoonlijke onderdelen “Reflectie op de scores” en “POP-OP” staan de antwoorden alleen in de "
                    + "persoonlijke verslagen van de deelnemers; dit verslag geeft alleen hoeveel deelnemers ze "
                    + "invulden."))
        #expect(!lines.contains { $0.contains("letterlijk in het verslag") })
    }

    @Test func aWorkQuotedInSeveralChaptersIsCitedOnce() throws {
        var scenario = GroupReportStoryTests.scenario
        let book = "Democratic Challenge, Eerste Hulp Bij Overheidsparticipatie"
        scenario.sources = [
            SourceReference(file: "000.txt", section: "1. Doen", citation: book),
            SourceReference(file: "000.txt", section: "2. Doel", citation: book),
            SourceReference(file: "004.txt", citation: "Democratic Challenge, themapagina Veranderprocessen"),
            SourceReference(file: "000.txt", section: "1. Doen", citation: book),
        ]
        let lines = try Self.lines(of: try GroupReportStoryTests.session(scenario: scenario))
        let start = try #require(lines.firstIndex(of: "De opzet van de bijeenkomst en de teksten zijn ontleend aan:"))
        #expect(
            Array(lines[(start + 1)...].prefix(2)) == [
                "\(book), 1. Doen en 2. Doel", "Democratic Challenge, themapagina Veranderprocessen",
            ])
    }
}
