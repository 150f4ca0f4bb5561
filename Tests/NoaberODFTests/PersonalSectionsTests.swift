import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// A participant's report is whole: every step that asked for input appears, "Niet ingevuld." where they gave
/// none, and a plan's open questions come with lines to finish it at home.
@Suite struct PersonalSectionsTests {
    static func blocks(after heading: String, in document: TextDocument) -> [TextBlock] {
        guard let start = document.blocks.firstIndex(of: .heading(heading, level: 1)) else { return [] }
        let rest = document.blocks[(start + 1)...]
        let end = rest.firstIndex { if case .heading(_, 1) = $0 { true } else { false } } ?? rest.endIndex
        return Array(rest[..<end])
    }

    @Test func aStepWithoutTheirInputIsListedAsNietIngevuld() throws {
        let state = try ODFSessionFixtures.complete()
        // Bram gave no score in "cijfer"; Anna did.
        let bram = try PersonalReport.document(for: "p2", in: state)
        #expect(Self.blocks(after: "Stap cijfer", in: bram) == [.paragraph("Niet ingevuld.", style: .body)])
        let anna = try PersonalReport.document(for: "p1", in: state)
        #expect(Self.blocks(after: "Stap cijfer", in: anna).contains { if case .table = $0 { true } else { false } })
        // An information step asks nothing and is not listed.
        #expect(!bram.blocks.contains(.heading("Stap intro", level: 1)))
    }

    /// Two of the five POP-OP questions answered: the other three are printed with lines to write on.
    @Test func unansweredPlanQuestionsGetRoomToWrite() throws {
        let scenario = try GoldenTests.scenario("pop-op")
        var h = SessionHarness()
        try h.run(
            .start(
                SessionSettings(
                    sessionID: "pop", scenario: scenario, place: "Zaal", facilitatorName: "T. Rainer",
                    pseudonymous: false)))
        let me = try h.join("Anna")
        try h.run(.open("pop-op"), after: 60)
        try h.submit(me, "pop-op", .open(item: "waar-sta-ik", text: "Ik begin net."))
        try h.submit(me, "pop-op", .open(item: "wat-ga-ik-doen", text: "Een wijkavond."))
        try h.run(.close("pop-op"), after: 60)
        let document = try PersonalReport.document(for: me, in: h.state)
        let part = Self.blocks(after: "POP-OP", in: document)
        let questions = part.compactMap { if case .heading(let text, 2) = $0 { text } else { nil } }
        #expect(questions.count == 5)
        let lines = part.filter { if case .paragraph(let text, _) = $0 { text.hasPrefix("____") } else { false } }
        #expect(lines.count == 3 * 4)
        #expect(part.contains(.paragraph("Ik begin net.", style: .body)))
        #expect(
            part.contains(
                .paragraph(
                    "3 van de 5 vragen staan nog open; de regels zijn om ze thuis af te maken.", style: .note)))
    }
}
