import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// The group report reports the meeting (issue 11.1, 11.2, 11.6): cover, summary, conclusions and agreements
/// first, response per step, attendance with fracties and who left, agenda with clock times, an appendix on the
/// werkvormen in the report's own words, actions with linked trekkers.
@Suite struct GroupReportStoryTests {
    /// A short raad evening: a brainstorm, an open question and actions; Anna (VVD), Bram (CDA) and Carla (CDA);
    /// Carla leaves before the open question.
    static let scenario = Scenario(
        id: "avond", version: "2", title: "Raadsavond over de buurt", summary: "Rollen en acties.",
        audience: "raadsleden", language: "nl", minutes: 60,
        sources: [
            SourceReference(file: "000.txt", section: "3. Raad", citation: "Eerste Hulp Bij Overheidsparticipatie")
        ],
        facilitator: FacilitatorRole(title: "griffier"),
        groups: [ParticipantGroup(id: "vvd", name: "VVD"), ParticipantGroup(id: "cda", name: "CDA")],
        steps: [
            Step(
                id: "intro", title: "Inleiding", minutes: 5, instructions: "", prompt: "",
                activity: .info(InfoSettings(paragraphs: ["Jij kunt als ambtenaar raadsleden helpen."]))),
            Step(
                id: "rollen", title: "Rollen benoemen", minutes: 15, instructions: "",
                prompt: "Welke rollen kan de raad spelen?",
                activity: .brainstorm(BrainstormSettings(examples: [], examplesAreItems: false))),
            Step(
                id: "vraag", title: "Loslaten en sturen", minutes: 10, instructions: "",
                prompt: "Wat betekent dit voor uw rol?", activity: .open(OpenSettings(maxLength: 500))),
            Step(
                id: "acties", title: "Acties", minutes: 10, instructions: "", prompt: "Wat gaat u doen?",
                activity: .actions(ActionsSettings())),
        ])

    static func session(
        facilitator: String = "Griffier M. Jansen", final: Bool = false, scenario: Scenario = scenario
    ) throws -> SessionState {
        var h = SessionHarness()
        try h.run(
            .start(
                SessionSettings(
                    sessionID: "avond-1", scenario: scenario, place: "Raadzaal, Hellendoorn",
                    facilitatorName: facilitator, pseudonymous: false)))
        let anna = try h.join("Anna de Vries", group: "vvd")
        let bram = try h.join("Bram Bos", group: "cda")
        let carla = try h.join("Carla Kok", group: "cda")
        try h.run(.open("intro"), after: 60)
        try h.run(.close("intro"), after: 300)
        try h.run(.open("rollen"), after: 60)
        try h.submit(anna, "rollen", .brainstorm(text: "verbinder"))
        try h.submit(bram, "rollen", .brainstorm(text: "bruggenbouwer"))
        try h.submit(carla, "rollen", .brainstorm(text: "luisteraar"))
        let items = h.state.items(for: "rollen").map(\.id)
        try h.run(.merge(step: "rollen", items: [items[0], items[1]], into: items[0], text: nil))
        try h.run(.close("rollen"), after: 1200)
        try h.run(.record(.conclusion, step: "rollen", text: "De raad wil vooral verbinden."))
        try h.run(.leave(carla), after: 30)
        try h.run(.open("vraag"), after: 30)
        try h.submit(anna, "vraag", .open(item: nil, text: "Ik laat de buurt kiezen."))
        try h.run(.close("vraag"), after: 600)
        try h.run(.open("acties"), after: 30)
        try h.submit(
            anna, "acties",
            .action(Action(what: "Buurtavond beleggen", owner: "p2", when: "2027-03-01", with: "de griffie")))
        try h.submit(bram, "acties", .action(Action(what: "Motie schrijven", owner: "bram bos", when: "voor de zomer")))
        try h.submit(
            bram, "acties", .action(Action(what: "Wethouder bellen", owner: "Anna de Vries", when: "1-2-2027")))
        try h.submit(
            anna, "acties", .action(Action(what: "Folder maken", owner: "de griffie", when: "binnen een maand")))
        try h.run(.close("acties"), after: 600)
        try h.run(.record(.agreement, step: nil, text: "De griffie plant een vervolg in maart."))
        if final { try h.run(.finalise) }
        try h.run(.end, after: 60)
        return h.state
    }

    /// Every text of a document in order: headings, paragraphs, list items, table headers and cells.
    static func lines(_ document: TextDocument) -> [String] {
        document.blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let text, _): [text]
            // A line break within a paragraph (a chapter's outcome, then its response) reads as two lines.
            case .paragraph(let text, _): text.split(separator: "\n").map(String.init)
            case .bulletList(let items): items
            case .table(let table):
                [table.header.joined(separator: " | ")]
                    + table.rows.map { row in
                        row.map(\.display).joined(separator: " | ")
                    }
            case .chart(let chart): [chart.title, chart.description]
            case .tableOfContents(let title, _): [title]
            case .pageBreak: []
            }
        }
    }

    /// The `count` lines after `marker` (and after `skip` more), for comparing one part of a report.
    static func part(_ lines: [String], after marker: String, skip: Int = 0, count: Int) throws -> [String] {
        let start = try #require(lines.firstIndex(of: marker)) + 1 + skip
        return Array(lines[start..<min(lines.count, start + count)])
    }

    static func headings(_ document: TextDocument) -> [String] {
        document.blocks.compactMap { if case .heading(let text, 1) = $0 { text } else { nil } }
    }

    @Test func theCoverNamesTheFacilitatorWithTheRoleTitleOnceAndTheStatus() throws {
        let lines = Self.lines(try GroupReport.document(for: try Self.session()))
        #expect(
            Array(lines.prefix(7)) == [
                "Raadsavond over de buurt", "Verslag van de bijeenkomst", "Datum: maandag 21 september 2026",
                "Tijd: 16:13–17:03 uur", "Plaats: Raadzaal, Hellendoorn", "Griffier: M. Jansen", "Status: concept",
            ])
        let plain = Self.lines(try GroupReport.document(for: try Self.session(facilitator: "M. Jansen", final: true)))
        #expect(plain[5] == "Griffier: M. Jansen")
        #expect(plain[6] == "Status: definitief")
    }

    @Test func theReportOpensWithTheSummaryAndTheConclusionsAndEndsWithTheAppendices() throws {
        let document = try GroupReport.document(for: try Self.session())
        #expect(
            Self.headings(document) == [
                "Samenvatting", "Conclusies en afspraken", "1. Rollen benoemen", "2. Loslaten en sturen", "3. Acties",
                "Bijlage A. Deelnemers", "Bijlage B. Agenda", "Bijlage C. Over de werkvormen",
            ])
    }

    /// The summary says step by step what came out; "Conclusies en afspraken" lists what was recorded and every
    /// action with its linked trekker (`p2` and "bram bos" are Bram) and Dutch dates.
    static let parts: [(marker: String, expected: [String])] = [
        (
            "Samenvatting",
            [
                "Aan de bijeenkomst namen 3 deelnemers deel, uit 2 fracties; 1 deelnemer vertrok eerder.",
                "Rollen benoemen. De deelnemers brachten 3 ideeën in; na samenvoegen staan er 2 punten op de lijst. "
                    + "Het vaakst genoemd (2 keer): verbinder.",
                "Loslaten en sturen. 1 deelnemer gaf een antwoord.",
                "Acties. 2 deelnemers legden 4 acties vast, met 3 trekkers.",
                "De bijeenkomst leverde 3 ideeën, 4 acties en 3 trekkers op.",
                "De griffier legde 1 conclusie en 1 afspraak vast; ze staan hierna onder Conclusies en afspraken.",
            ]
        ),
        (
            "Conclusies en afspraken",
            [
                "Conclusies", "De raad wil vooral verbinden. (Rollen benoemen)", "Afspraken",
                "De griffie plant een vervolg in maart.", "Acties", "Wat | Trekker | Met wie | Wanneer",
                "Buurtavond beleggen | Bram Bos | de griffie | 1 maart 2027",
                "Motie schrijven | Bram Bos | – | voor de zomer",
                "Wethouder bellen | Anna de Vries | – | 1 februari 2027",
                "Folder maken | de griffie | – | binnen een maand",
            ]
        ),
    ]

    @Test(arguments: 0..<2) func summaryAndConclusionsSayWhatCameOut(_ index: Int) throws {
        let lines = Self.lines(try GroupReport.document(for: try Self.session()))
        let part = Self.parts[index]
        #expect(try Self.part(lines, after: part.marker, count: part.expected.count) == part.expected)
    }

    @Test func eachStepGivesItsResponseAmongThosePresent() throws {
        let lines = Self.lines(try GroupReport.document(for: try Self.session()))
        #expect(
            lines.filter { $0.hasPrefix("Respons:") } == [
                "Respons: 3 van 3 deelnemers.", "Respons: 1 van 2 deelnemers.", "Respons: 2 van 2 deelnemers.",
            ])
    }

    @Test func attendanceListsFractiesAndWhoLeftAndTheAgendaHasClockTimes() throws {
        let lines = Self.lines(try GroupReport.document(for: try Self.session()))
        #expect(
            try Self.part(lines, after: "Bijlage A. Deelnemers", skip: 1, count: 4) == [
                "Deelnemer | Fractie | Aanwezig", "Anna de Vries | VVD | hele bijeenkomst",
                "Bram Bos | CDA | hele bijeenkomst", "Carla Kok | CDA | tot 16:41",
            ])
        #expect(
            try Self.part(lines, after: "Bijlage B. Agenda", count: 6) == [
                "Onderdeel | Gepland | Werkelijk", "Inleiding | 16:13–16:18 | 16:14–16:19",
                "Rollen benoemen | 16:18–16:33 | 16:20–16:40", "Loslaten en sturen | 16:33–16:43 | 16:41–16:51",
                "Acties | 16:43–16:53 | 16:52–17:02",
                "Gepland was 40 minuten; de onderdelen duurden samen 46 minuten. Langer dan gepland: Rollen benoemen "
                    + "(20 in plaats van 15).",
            ])
    }

    @Test func theWerkvormenAppendixIsInTheReportsOwnWordsAndNoSourceTextReachesTheReader() throws {
        let lines = Self.lines(try GroupReport.document(for: try Self.session()))
        let start = try #require(lines.firstIndex(of: "Bijlage C. Over de werkvormen"))
        #expect(lines[start + 1] == "Informatie (“Inleiding”): " + InfoSection.purpose)
        #expect(
            lines[start + 5] == "De opzet van de bijeenkomst en de teksten zijn ontleend aan Eerste Hulp Bij "
                + "Overheidsparticipatie, 3. Raad.")
        #expect(!lines.contains { $0.contains("Jij kunt als ambtenaar") })
    }

    @Test func theMergeShowsInTheBrainstormChapter() throws {
        let lines = Self.lines(try GroupReport.document(for: try Self.session()))
        #expect(lines.contains("“bruggenbouwer” is samengevoegd met “verbinder”."))
    }

    @Test func aTrekkerGivenAsIdOrFullNameFindsTheActionInTheirPersonalReport() throws {
        let state = try Self.session()
        let bram = Self.lines(try PersonalReport.document(for: "p2", in: state))
        #expect(
            try Self.part(bram, after: "Acties waarvan u trekker bent", count: 3) == [
                "Wat | Met wie | Wanneer", "Buurtavond beleggen | de griffie | 1 maart 2027",
                "Motie schrijven | – | voor de zomer",
            ])
        let carla = Self.lines(try PersonalReport.document(for: "p3", in: state))
        #expect(carla.contains("U bent van geen van de afgesproken acties trekker."))
    }

    @Test func aScenarioWithoutActionsHasNoTrekkerChapter() async throws {
        let state = try SessionState.replay(try await DemoSessions.journals()[0])
        for participant in state.participants {
            let lines = Self.lines(try PersonalReport.document(for: participant.id, in: state))
            #expect(!lines.contains { $0.localizedCaseInsensitiveContains("trekker") })
        }
    }
}

/// One form of address per document (issue 11.2): the demo's raad reports say `u`, its training report `je`;
/// the participants' own words in the demo follow their scenario too, so the whole text can be checked.
@Suite struct FormOfAddressReportTests {
    static func words(_ lines: [String]) -> Set<String> {
        Set(
            lines.joined(separator: " ").lowercased().split { !$0.isLetter }.map(String.init).filter {
                ["u", "uw", "je", "jij", "jou", "jouw"].contains($0)
            })
    }

    @Test func raadReportsSayUAndTrainingReportsSayJeAlsoInPersonalReports() async throws {
        let states = try await DemoSessions.journals().map { try SessionState.replay($0) }
        for state in states {
            let address = try #require(state.scenario?.address)
            let allowed: Set<String> = address == .u ? ["u", "uw"] : ["je", "jij", "jou", "jouw"]
            var documents = [try GroupReport.document(for: state)]
            documents += try PersonalReport.documents(for: state).map(\.document)
            for document in documents {
                let used = Self.words(GroupReportStoryTests.lines(document))
                #expect(used.isSubset(of: allowed), "\(state.scenario?.id ?? ""): \(used.subtracting(allowed))")
            }
        }
    }
}

@Suite struct DutchDateTests {
    @Test(arguments: [
        ("2027-03-01", "1 maart 2027"), ("1-3-2027", "1 maart 2027"), ("01/03/2027", "1 maart 2027"),
        (" 2028-02-29 ", "29 februari 2028"), ("31-12-2026", "31 december 2026"),
    ])
    func typedDatesAreWrittenInWords(_ typed: String, _ words: String) {
        #expect(ODFDate.dutchDate(typed: typed) == words)
    }

    @Test(arguments: ["voor de zomer", "2027-02-29", "2027-13-01", "1-3-27", "2027-3", "", "2027-03-01x", "32-1-2027"])
    func anythingElseStaysAsTyped(_ typed: String) {
        #expect(ODFDate.dutchDate(typed: typed) == nil)
    }

    @Test func theCoverDateHasItsWeekday() {
        // 2026-11-25 19:30 in the Netherlands was a Wednesday; 2027-01-01 a Friday; 2024-02-29 a Thursday.
        #expect(
            ODFDate.dutchDateWithWeekday(Timestamp(millisecondsSince1970: 1_795_631_400_000))
                == "woensdag 25 november 2026")
        #expect(
            ODFDate.dutchDateWithWeekday(Timestamp(millisecondsSince1970: 1_798_758_000_000))
                == "vrijdag 1 januari 2027")
        #expect(
            ODFDate.dutchDateWithWeekday(Timestamp(millisecondsSince1970: 1_709_200_000_000))
                == "donderdag 29 februari 2024")
    }
}
