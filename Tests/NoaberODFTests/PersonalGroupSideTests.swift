import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// Issue 11.9: a personal report puts the group's side beside the participant's own input for every werkvorm (as
/// counts where the group's side would be other participants' words), never for a private step, in the scenario's
/// form of address, with no chapter for a werkvorm the scenario lacks.
@Suite struct PersonalGroupSideTests {
    static func part(_ heading: String, of participant: ParticipantID, in state: SessionState) throws -> [TextBlock] {
        PersonalSectionsTests.blocks(after: heading, in: try PersonalReport.document(for: participant, in: state))
    }

    static func tables(_ blocks: [TextBlock]) -> [TextTable] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    /// The first table of the participant's part of a step in the complete sample session.
    static func firstTable(_ heading: String, of participant: ParticipantID) throws -> TextTable {
        try #require(tables(try part(heading, of: participant, in: try ODFSessionFixtures.complete())).first)
    }

    static func cells(_ table: TextTable) -> [[String]] { table.rows.map { $0.map(\.display) } }

    /// Every text a reader sees: headings, paragraphs, lists, table cells, chart titles, legends and alt text.
    static func texts(_ document: TextDocument) -> [String] {
        document.blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let text, _), .paragraph(let text, _): [text]
            case .bulletList(let items): items
            case .table(let table): table.header + cells(table).flatMap { $0 }
            case .chart(let chart): [chart.title, chart.description] + chart.categories + chart.series.map(\.name)
            case .tableOfContents(let title, _): [title]
            case .pageBreak: []
            }
        }
    }

    @Test func brainstormIdeasStandBesideHowManyIdeasTheirPointGathered() throws {
        let state = try ODFSessionFixtures.complete()
        let anna = try Self.part("Stap rollen", of: "p1", in: state)
        #expect(
            anna.first
                == .paragraph(
                    "U bracht 1 idee in, de groep samen 3; na samenvoegen staan er 5 punten op de lijst.", style: .body)
        )
        let table = try #require(Self.tables(anna).first)
        #expect(table.header == ["Uw idee", "Groep"])
        #expect(Self.cells(table) == [["Buurtbewoner", "1"]])
        #expect(
            anna.last
                == .paragraph(
                    "Groep: hoeveel ideeën uit de groep nu onder hetzelfde punt staan, het uwe meegeteld.",
                    style: .note))
        // Bram's "Wethouder" had Carla's "wethouder" merged into it: two ideas stand under that point.
        let bram = try Self.part("Stap rollen", of: "p2", in: state)
        #expect(Self.tables(bram).first.map(Self.cells) == [["Wethouder", "2"]])
    }

    @Test func roleplayContributionsStandBesideTheGroupsCountPerRoleAndRound() throws {
        let table = try Self.firstTable("Stap spel", of: "p1")
        #expect(table.header == ["Rol", "Ronde", "Uw inbreng", "Groep"])
        #expect(Self.cells(table).map { [$0[1], $0[3]] } == [["1", "1"]])
        let spel = try Self.part("Stap spel", of: "p1", in: try ODFSessionFixtures.complete())
        #expect(
            spel.contains(
                .paragraph(
                    "Groep: hoeveel bijdragen de groep in die rol en ronde gaf, de uwe meegeteld.", style: .note)))
    }

    @Test func anOpenAnswerStandsBesideHowManyAnsweredTheQuestion() throws {
        var h = try SessionHarness.started()
        try h.run(.open("vraag"))
        try h.submit("p1", "vraag", .open(item: nil, text: "Meer tijd."))
        try h.submit("p2", "vraag", .open(item: nil, text: "Eerder beginnen."))
        let anna = try Self.part("Stap vraag", of: "p1", in: h.state)
        #expect(
            anna == [
                .paragraph("Meer tijd.", style: .body),
                .paragraph("2 van de 3 deelnemers beantwoordden deze vraag.", style: .note),
            ])
        // Carla gave no answer: hers is listed as not filled in, with nothing of the others'.
        #expect(try Self.part("Stap vraag", of: "p3", in: h.state) == [.paragraph("Niet ingevuld.", style: .body)])
        try h.submit("p3", "vraag", .open(item: nil, text: "Koffie."))
        try h.run(.close("vraag"))
        #expect(
            try Self.part("Stap vraag", of: "p3", in: h.state).last
                == .paragraph("Alle 3 deelnemers beantwoordden deze vraag.", style: .note))
        // An answer to a question per item (from her own top of the ranking) that she alone gave.
        let state = try ODFSessionFixtures.complete()
        let toelichting = try Self.part("Stap toelichting", of: "p1", in: state)
        #expect(toelichting.contains(.paragraph("Iedereen telt mee.", style: .body)))
        #expect(toelichting.contains(.paragraph("Alleen u beantwoordde deze vraag.", style: .note)))
        // A question per item of one's own top is not asked of everyone: a count, without "van de 3".
        var shared = try SessionHarness.started()
        try shared.run(.open("waarden"))
        try shared.submit("p1", "waarden", .rank(["v1", "v2", "v3", "v4", "v5"]))
        try shared.submit("p2", "waarden", .rank(["v1", "v3", "v2", "v4", "v5"]))
        try shared.run(.close("waarden"))
        try shared.run(.open("toelichting"))
        try shared.submit("p1", "toelichting", .open(item: "v1", text: "Iedereen telt mee."))
        try shared.submit("p2", "toelichting", .open(item: "v1", text: "Gelijk speelveld."))
        try shared.run(.close("toelichting"))
        #expect(
            try Self.part("Stap toelichting", of: "p1", in: shared.state).contains(
                .paragraph("2 deelnemers beantwoordden deze vraag.", style: .note)))
    }

    @Test func aVoteShowsEveryItemsVotesMostFirstWithTheParticipantsChoiceMarked() throws {
        let table = try Self.firstTable("Stap keuze", of: "p1")
        #expect(table.header == ["Item", "Uw keuze", "Stemmen"])
        #expect(
            Self.cells(table) == [
                ["Gelijkheid", "gekozen", "2"], ["Vrijheid", "", "1"], ["Solidariteit", "", "0"],
                ["Rechtvaardigheid", "", "0"], ["Verantwoordelijkheid", "", "0"],
            ])
        #expect(try Self.firstTable("Stap stippen", of: "p1").header == ["Item", "Uw stippen", "Alle stippen"])
    }

    @Test func aClassificationShowsTheCategoryTheGroupChoseMost() throws {
        let table = try Self.firstTable("Stap ladder", of: "p1")
        #expect(table.header == ["Item", "Uw indeling", "Groep"])
        // Anna and Carla disagree on the first item (a tie), and only Anna placed the second.
        #expect(
            Self.cells(table).map { Array($0.dropFirst()) } == [
                ["Raadplegen", "Raadplegen en Meebeslissen"], ["Raadplegen", "Raadplegen"],
            ])
    }

    /// Every step private: each part keeps the participant's own answers and loses every group figure (a mean,
    /// an order, a count of answers), which in a small group could give others' private answers away.
    @Test func aPrivateStepShowsTheParticipantsOwnAnswersAndNoGroupFigure() throws {
        let state = try ODFSessionFixtures.complete(adjust: { scenario in
            for index in scenario.steps.indices { scenario.steps[index].isPrivate = true }
        })
        let publicSession = try ODFSessionFixtures.complete()
        let anna = try PersonalReport.document(for: "p1", in: state)
        let texts = Self.texts(anna)
        for text in texts {
            for groupWord in ["Groep", "groep samen", "beantwoordden", "Stemmen", "Alle stippen", "Groepsgemiddelde"] {
                #expect(!text.contains(groupWord) || text.hasPrefix("In dit verslag"), "\(groupWord) in “\(text)”")
            }
        }
        for step in ["Stap rollen", "Stap spel", "Stap waarden", "Stap zelf", "Stap cijfer", "Stap ladder"] {
            let own = PersonalSectionsTests.blocks(after: step, in: anna)
            #expect(!own.isEmpty, "\(step) missing")
            for table in Self.tables(own) { #expect(!table.header.contains("Groep"), "\(step): \(table.header)") }
        }
        #expect(PersonalSectionsTests.blocks(after: "Stap rollen", in: anna).contains(.bulletList(["Buurtbewoner"])))
        let zelf = try #require(Self.tables(PersonalSectionsTests.blocks(after: "Stap zelf", in: anna)).first)
        #expect(zelf.header == ["Thema", "U"])
        let publicZelf = try #require(
            Self.tables(try Self.part("Stap zelf", of: "p1", in: publicSession)).first)
        #expect(publicZelf.header == ["Thema", "U", "Groep"])
        #expect(Self.cells(zelf).map { $0[1] } == Self.cells(publicZelf).map { $0[1] })
        let waarden = try #require(Self.tables(PersonalSectionsTests.blocks(after: "Stap waarden", in: anna)).first)
        #expect(waarden.header == ["Plaats", "Uw volgorde"])
        #expect(
            PersonalSectionsTests.blocks(after: "Stap keuze", in: anna) == [
                .paragraph("Uw keuze: Gelijkheid.", style: .body)
            ])
        #expect(
            anna.blocks.contains {
                if case .paragraph(let text, .note) = $0 {
                    text.hasSuffix(
                        "Bij de persoonlijke onderdelen “Stap intro”, “Stap rollen”, “Stap spel”, “Stap waarden”, "
                            + "“Stap top”, “Stap toelichting”, “Stap zelf”, “Stap cijfer”, “Stap keuze”, “Stap meer”, "
                            + "“Stap stippen”, “Stap ladder”, “Stap acties” en “Stap vraag” staan alleen uw eigen "
                            + "antwoorden, zonder cijfers van de groep.")
                } else {
                    false
                }
            })
    }

    /// Every sentence, label and chart text follows the scenario's form of address; participants' words in this
    /// session use neither form.
    @Test(arguments: [FormOfAddress.u, .je])
    func everySentenceFollowsTheScenariosFormOfAddress(address: FormOfAddress) throws {
        let state = try ODFSessionFixtures.complete(adjust: { $0.declaredAddress = address })
        let forbidden: Set<String> = address == .u ? ["je", "jij", "jou", "jouw", "jezelf"] : ["u", "uw", "uzelf"]
        let wanted = address == .u ? "uw" : "jouw"
        for participant in ["p1", "p2", "p3"] {
            let texts = Self.texts(try PersonalReport.document(for: participant, in: state))
            var seen = false
            for text in texts {
                let words = text.lowercased().split { !$0.isLetter }.map(String.init)
                for word in words where forbidden.contains(word) {
                    Issue.record("“\(word)” in a \(address.rawValue)-report of \(participant): “\(text)”")
                }
                seen = seen || words.contains(wanted)
            }
            #expect(seen, "no “\(wanted)” in \(participant)'s report")
        }
    }

    /// The cover as the group report's: the date in words with its weekday.
    @Test func theCoverGivesTheDateWithItsWeekday() throws {
        let anna = try PersonalReport.document(for: "p1", in: try ODFSessionFixtures.complete())
        #expect(anna.blocks.prefix(6).contains(.paragraph("Datum: maandag 21 september 2026", style: .cover)))
    }

    /// The actions chapter only when the scenario collects actions: grasveldje has none.
    @Test func noActionsChapterWithoutAnActionsStep() throws {
        let grasveldje = try ODFSessionGenerator.session(
            scenario: GoldenTests.scenario("grasveldje"), participants: 4, seed: 7)
        for participant in grasveldje.participants {
            let texts = Self.texts(try PersonalReport.document(for: participant.id, in: grasveldje))
            #expect(!texts.contains { $0.localizedCaseInsensitiveContains("trekker") })
        }
        let state = try ODFSessionFixtures.complete()
        let anna = try Self.part("Acties waarvan u trekker bent", of: "p1", in: state)
        #expect(anna == [.paragraph("U bent van geen van de afgesproken acties trekker.", style: .body)])
        let carla = try Self.part("Acties waarvan u trekker bent", of: "p3", in: state)
        #expect(Self.tables(carla).first.map(Self.cells) == [["Buurt uitnodigen", "–", "voor de zomer"]])
    }
}
