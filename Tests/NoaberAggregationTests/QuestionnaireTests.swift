import NoaberCore
import Testing

@testable import NoaberAggregation

struct LikertScoresTests {
    private let settings = LikertSettings(
        scale: Scale(min: 1, max: 5, labels: (1...5).map { ScaleLabel(value: $0, text: "\($0)") }),
        themes: [
            LikertTheme(
                id: "t1", title: "Ruimte maken",
                statements: [
                    LikertStatement(id: "s1", text: "Ik luister eerst."),
                    LikertStatement(id: "s2", text: "Ik neem het over.", reversed: true),
                    LikertStatement(id: "s3", text: "Ik vraag door."),
                ],
                interpretation: [ScoreBand(to: 2.5, text: "laag"), ScoreBand(from: 2.5, text: "hoog")]),
            LikertTheme(
                id: "t2", title: "Samenwerken", statements: [LikertStatement(id: "s4", text: "Ik zoek anderen op.")],
                interpretation: [ScoreBand(text: "altijd")]),
        ])

    private var scores: LikertScores {
        LikertScores(
            settings: settings,
            answers: [
                (
                    "p1",
                    [
                        LikertAnswer(statement: "s1", value: 4), LikertAnswer(statement: "s2", value: 2),
                        LikertAnswer(statement: "s3", value: 5), LikertAnswer(statement: "s4", value: 3),
                    ]
                ),
                (
                    "p2",
                    [
                        LikertAnswer(statement: "s1", value: 1), LikertAnswer(statement: "s2", value: 5),
                        LikertAnswer(statement: "sX", value: 3), LikertAnswer(statement: "s1", value: 9),
                    ]
                ),
                // p1 revises s4 in a later input.
                ("p1", [LikertAnswer(statement: "s4", value: 5)]),
            ])
    }

    @Test func participantScoresReverseScoreAndCountMissingAnswers() {
        let participants = scores.participants
        #expect(participants.map(\.participant) == ["p1", "p2"])
        let p1 = participants[0].themes
        // s2 = 2 reversed on 1…5 scores 4: 4 + 4 + 5 = 13 over 3.
        #expect(p1[0].sum == 13)
        #expect(p1[0].answered == 3)
        #expect(p1[0].missing == 0)
        #expect(p1[0].mean == 13.0 / 3.0)
        #expect(p1[0].interpretation == "hoog")
        #expect(p1[1].sum == 5)
        let p2 = participants[1]
        #expect(p2.themes[0].sum == 2)
        #expect(p2.themes[0].answered == 2)
        #expect(p2.themes[0].missing == 1)
        #expect(p2.themes[0].mean == 1)
        #expect(p2.themes[0].interpretation == "laag")
        #expect(p2.themes[1].mean == nil)
        #expect(p2.themes[1].missing == 1)
        #expect(p2.themes[1].interpretation == nil)
        #expect(p2.rejected == [LikertAnswer(statement: "sX", value: 3), LikertAnswer(statement: "s1", value: 9)])
    }

    @Test func groupScoresAreOverParticipantsWithAScore() {
        let group = scores.group
        #expect(group[0].mean == (13.0 / 3.0 + 1) / 2)
        #expect(group[0].minimum == 1)
        #expect(group[0].maximum == 13.0 / 3.0)
        #expect(group[0].participants == 2)
        #expect(group[0].missingAnswers == 1)
        #expect(group[0].interpretation == "hoog")
        #expect(group[1].mean == 5)
        #expect(group[1].withoutScore == 1)
        #expect(group[1].interpretation == "altijd")
    }

    @Test func statementDistributionsCountTheAnswersAsGiven() {
        let s1 = scores.statements[0]
        #expect(s1.counts.map(\.count) == [1, 0, 0, 1, 0])
        #expect(s1.counts.map(\.value) == [1, 2, 3, 4, 5])
        #expect(s1.mean == 2.5)
        let s4 = scores.statements[3]
        #expect(s4.counts.map(\.count) == [0, 0, 0, 0, 1])
        #expect(s4.answered == 1)
        #expect(s4.missing == 1)
        #expect(scores.statements.map(\.statement) == ["s1", "s2", "s3", "s4"])
    }
}

struct TallyTests {
    private let items = ["a", "b", "c"].map { Item(id: $0, text: $0.uppercased()) }

    @Test func ratingsGiveMeanMedianAndSpread() throws {
        let scale = Scale(min: 1, max: 5, labels: [])
        let summary = RatingSummary(
            items: items + [Item(id: "d", text: "D")], scale: scale,
            ratings: [
                ("p1", [ItemScore(item: "a", value: 5), ItemScore(item: "b", value: 3)]),
                (
                    "p2",
                    [ItemScore(item: "a", value: 3), ItemScore(item: "b", value: 3), ItemScore(item: "c", value: 2)]
                ),
                (
                    "p3",
                    [ItemScore(item: "a", value: 4), ItemScore(item: "x", value: 1), ItemScore(item: "b", value: 9)]
                ),
            ])
        let a = summary.items[0]
        #expect((a.count, a.sum, a.missing) == (3, 12, 0))
        #expect(a.mean == 4)
        #expect(a.median == 4)
        #expect(a.lowerQuartile == 3.5)
        #expect(a.upperQuartile == 4.5)
        #expect((a.minimum, a.maximum) == (3, 5))
        #expect(abs((a.standardDeviation ?? 0) - (2.0 / 3.0).squareRoot()) < 1e-12)
        #expect(summary.items[1].mean == 3)
        #expect(summary.items[1].missing == 1)
        #expect(summary.items[3].mean == nil)
        #expect(summary.rejected == 2)
        #expect(summary.order == [["a"], ["b"], ["c"], ["d"]])
    }

    @Test func choicesCountOnceAndTheLastSubmissionCounts() {
        let tally = VoteTally(
            items: items,
            choices: [("p1", ["a", "b"]), ("p2", ["a"]), ("p3", ["a", "a", "z"]), ("p4", []), ("p2", ["b"])])
        #expect(tally.items.map(\.votes) == [2, 2, 0])
        #expect(tally.items.map(\.share) == [0.5, 0.5, 0])
        #expect(tally.order == [["a", "b"], ["c"]])
        #expect(tally.winners == ["a", "b"])
        #expect(tally.participants == 4)
        #expect(tally.blank == 1)
        #expect(tally.rejected == 2)
    }

    @Test func dotsAddUpPerItem() {
        let tally = VoteTally(
            items: items,
            dots: [
                (
                    "p1",
                    [ItemScore(item: "a", value: 3), ItemScore(item: "b", value: 1), ItemScore(item: "a", value: 1)]
                ),
                ("p2", [ItemScore(item: "c", value: 5), ItemScore(item: "b", value: -1)]),
            ])
        #expect(tally.items.map(\.votes) == [4, 1, 5])
        #expect(tally.items.map(\.voters) == [1, 1, 1])
        #expect(tally.order == [["c"], ["a"], ["b"]])
        #expect(tally.rejected == 1)
    }

    @Test func noVotesNoWinners() {
        let tally = VoteTally(items: items, choices: [("p1", [])])
        #expect(tally.winners == [])
        #expect(tally.items.allSatisfy { $0.share == nil })
        #expect(tally.order == [["a", "b", "c"]])
    }

    @Test func classifyMatrixCountsPlacementsPerCategory() {
        let matrix = ClassifyMatrix(
            items: [Item(id: "i1", text: "Inspraakavond"), Item(id: "i2", text: "Burgerberaad")],
            categories: ["k1", "k2", "k3"].map { Item(id: $0, text: $0) },
            placements: [
                ("p1", [Placement(item: "i1", category: "k1"), Placement(item: "i2", category: "k2")]),
                (
                    "p2",
                    [
                        Placement(item: "i1", category: "k1"), Placement(item: "i1", category: "k3"),
                        Placement(item: "iX", category: "k1"),
                    ]
                ),
                ("p3", [Placement(item: "i2", category: "kZ")]),
            ])
        #expect(matrix.rows.map(\.counts) == [[1, 0, 1], [0, 1, 0]])
        #expect(matrix.rows.map(\.unplaced) == [1, 2])
        #expect(matrix.rows.map(\.modal) == [["k1", "k3"], ["k2"]])
        #expect(matrix.participants == 3)
        #expect(matrix.rejected == 2)
    }

    @Test func roleMatrixOrdersNotesByRoundAndKeepsUnknownRoles() {
        let matrix = RoleMatrix(
            roles: [Item(id: "r1", text: "Volksvertegenwoordiger"), Item(id: "r2", text: "Kadersteller")],
            participants: ["p1", "p2"],
            notes: [("p1", "r1", 2, "b"), ("p1", "r1", 1, "a"), ("p3", "r2", 1, "c"), ("p2", "rX", 1, "d")])
        #expect(matrix.participants == ["p1", "p2", "p3"])
        #expect(
            matrix.cells[0][0].notes == [RoleMatrix.Note(round: 1, text: "a"), RoleMatrix.Note(round: 2, text: "b")])
        #expect(matrix.cells[1][2].notes.map(\.text) == ["c"])
        #expect(matrix.notesPerRole == [2, 1])
        #expect(matrix.notesPerParticipant == [2, 0, 1])
        #expect(matrix.unknownRoles.map(\.role) == ["rX"])
    }
}
