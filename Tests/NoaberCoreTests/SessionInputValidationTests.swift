import NoaberCore
import NoaberTestSupport
import Testing

/// One bad input: what is done first, the submission, and the exact message it must be refused with.
struct BadInput: Sendable, CustomTestStringConvertible {
    var step: Step.ID
    var input: Input
    var message: String
    var participant: ParticipantID = "p1"
    /// Commands run before the step is opened.
    var setup: [SessionCommand] = []

    var testDescription: String { "\(step): \(message)" }
}

private let rankFirst: [SessionCommand] = [
    .open("waarden"), .submit(participant: "p1", step: "waarden", input: .rank(["v3", "v1", "v2", "v4", "v5"])),
    .close("waarden"),
]

private let twoIdeas: [SessionCommand] = [
    .open("rollen"), .submit(participant: "p1", step: "rollen", input: .brainstorm(text: "Verbinder")),
    .submit(participant: "p1", step: "rollen", input: .brainstorm(text: "Luisteraar")),
]

private let badInputs: [BadInput] = [
    // Any werkvorm.
    BadInput(step: "intro", input: .brainstorm(text: "x"), message: "stap ‘intro’ vraagt geen inbreng"),
    BadInput(
        step: "waarden", input: .vote(["v1"]), message: "stap ‘waarden’ vraagt inbreng van de soort rank, niet vote"),
    BadInput(step: "waarden", input: .rank(["v1"]), message: "onbekende deelnemer ‘p9’", participant: "p9"),
    BadInput(
        step: "waarden", input: .rank(["v1"]), message: "deelnemer ‘p2’ heeft de sessie verlaten", participant: "p2",
        setup: [.leave("p2")]
    ),
    BadInput(
        step: "waarden", input: .rank(["v1", "v2", "v3", "v4", "v5"]),
        message: "deelnemer ‘p1’ heeft voor stap ‘waarden’ al inbreng (i1); herzie die",
        setup: [
            .open("waarden"),
            .submit(participant: "p1", step: "waarden", input: .rank(["v5", "v4", "v3", "v2", "v1"])),
        ]
    ),
    // rank
    BadInput(
        step: "waarden", input: .rank(["v1", "v2"]),
        message: "de rangschikking voor ‘waarden’ mist ‘v3’, ‘v4’, ‘v5’; zet alle items op volgorde"
    ),
    BadInput(
        step: "waarden", input: .rank(["v1", "v2", "v2", "v4", "v5"]),
        message: "item ‘v2’ staat meer dan eens in de inbreng voor ‘waarden’"
    ),
    BadInput(step: "waarden", input: .rank(["v1", "v9"]), message: "stap ‘waarden’ kent geen item ‘v9’"),
    BadInput(step: "waarden", input: .rank([]), message: "de inbreng voor stap ‘waarden’ is leeg"),
    BadInput(
        step: "top", input: .rank(["v1", "v2", "v3", "v4"]), message: "de inbreng voor ‘top’ noemt 4 items, hoogstens 3"
    ),
    // likert
    BadInput(
        step: "zelf", input: .likert([LikertAnswer(statement: "s9", value: 3)]),
        message: "stap ‘zelf’ kent geen stelling ‘s9’"
    ),
    BadInput(
        step: "zelf",
        input: .likert([LikertAnswer(statement: "s1", value: 3), LikertAnswer(statement: "s1", value: 4)]),
        message: "stelling ‘s1’ van ‘zelf’ is meer dan eens beantwoord"
    ),
    BadInput(
        step: "zelf", input: .likert([LikertAnswer(statement: "s1", value: 6)]),
        message: "waarde 6 ligt niet op de schaal 1–5"
    ),
    BadInput(
        step: "zelf", input: .likert([LikertAnswer(statement: "s2", value: 2)]),
        message: "stelling ‘s2’ van ‘zelf’ is al beantwoord in i1; herzie die",
        setup: [
            .open("zelf"),
            .submit(participant: "p1", step: "zelf", input: .likert([LikertAnswer(statement: "s2", value: 1)])),
        ]
    ),
    BadInput(step: "zelf", input: .likert([]), message: "de inbreng voor stap ‘zelf’ is leeg"),
    // rate
    BadInput(
        step: "cijfer", input: .rate([ItemScore(item: "v1", value: 0)]), message: "waarde 0 ligt niet op de schaal 1–5"),
    BadInput(
        step: "cijfer", input: .rate([ItemScore(item: "x", value: 3)]), message: "stap ‘cijfer’ kent geen item ‘x’"),
    BadInput(
        step: "cijfer", input: .rate([ItemScore(item: "v1", value: 3), ItemScore(item: "v1", value: 4)]),
        message: "item ‘v1’ staat meer dan eens in de inbreng voor ‘cijfer’"
    ),
    // vote
    BadInput(step: "keuze", input: .vote(["v1", "v2"]), message: "stap ‘keuze’ vraagt precies één keuze, niet 2"),
    BadInput(step: "keuze", input: .vote(["v7"]), message: "stap ‘keuze’ kent geen item ‘v7’"),
    BadInput(
        step: "keuze", input: .dots([ItemScore(item: "v1", value: 1)]),
        message: "stap ‘keuze’ vraagt inbreng van de soort vote, niet dots"
    ),
    BadInput(
        step: "meer", input: .vote(["v1", "v2", "v3"]), message: "de inbreng voor ‘meer’ noemt 3 items, hoogstens 2"),
    BadInput(
        step: "meer", input: .vote(["v1", "v1"]), message: "item ‘v1’ staat meer dan eens in de inbreng voor ‘meer’"),
    // dots
    BadInput(
        step: "stippen", input: .dots([ItemScore(item: "v1", value: 4), ItemScore(item: "v2", value: 2)]),
        message: "6 stippen verdeeld, hoogstens 5"
    ),
    BadInput(
        step: "stippen", input: .dots([ItemScore(item: "v1", value: 0)]),
        message: "item ‘v1’ krijgt 0 stippen; dat moet minstens 1 zijn"
    ),
    BadInput(
        step: "stippen", input: .dots([ItemScore(item: "v1", value: Int.max), ItemScore(item: "v2", value: 2)]),
        message: "\(Int.max) stippen verdeeld, hoogstens 5"
    ),
    BadInput(
        step: "stippen", input: .vote(["v1"]), message: "stap ‘stippen’ vraagt inbreng van de soort dots, niet vote"),
    // classify
    BadInput(
        step: "ladder", input: .classify([Placement(item: "kadersteller", category: "beslissen")]),
        message: "stap ‘ladder’ kent geen categorie ‘beslissen’"
    ),
    BadInput(
        step: "ladder", input: .classify([Placement(item: "wethouder", category: "informeren")]),
        message: "stap ‘ladder’ kent geen item ‘wethouder’"
    ),
    BadInput(
        step: "ladder",
        input: .classify([
            Placement(item: "controleur", category: "informeren"),
            Placement(item: "controleur", category: "raadplegen"),
        ]),
        message: "item ‘controleur’ staat meer dan eens in de inbreng voor ‘ladder’"
    ),
    // roleplay
    BadInput(
        step: "spel", input: .roleplay(role: "wethouder", round: 1, text: "x"),
        message: "stap ‘spel’ kent geen item ‘wethouder’"
    ),
    BadInput(
        step: "spel", input: .roleplay(role: "controleur", round: 3, text: "x"),
        message: "ronde 3 bestaat niet; er zijn rondes 1–2"
    ),
    BadInput(step: "spel", input: .roleplay(role: "controleur", round: 1, text: "  "), message: "tekst is leeg"),
    // actions
    BadInput(step: "acties", input: .action(Action(what: "Plan", owner: "", when: "mei")), message: "trekker is leeg"),
    BadInput(
        step: "acties", input: .action(Action(what: "Plan", owner: "Anna", when: " ")), message: "wanneer is leeg"),
    BadInput(
        step: "acties", input: .action(Action(what: String(repeating: "a", count: 10_001), owner: "Anna", when: "mei")),
        message: "wat is te lang: 10001 tekens, hoogstens 10000"
    ),
    // open
    BadInput(
        step: "vraag", input: .open(item: "v1", text: "Ja"), message: "stap ‘vraag’ heeft geen items; noem geen item"),
    BadInput(
        step: "vraag", input: .open(item: nil, text: String(repeating: "b", count: 201)),
        message: "tekst is te lang: 201 tekens, hoogstens 200"
    ),
    BadInput(step: "vraag", input: .open(item: nil, text: ""), message: "tekst is leeg"),
    BadInput(
        step: "toelichting", input: .open(item: "v1", text: "Omdat"),
        message: "stap ‘toelichting’ heeft (nog) geen items"),
    BadInput(
        step: "toelichting", input: .open(item: "v2", text: "Omdat"), message: "stap ‘toelichting’ kent geen item ‘v2’",
        setup: rankFirst
    ),
    BadInput(
        step: "toelichting", input: .open(item: nil, text: "Omdat"),
        message: "stap ‘toelichting’ vraagt een antwoord per item; noem het item", setup: rankFirst
    ),
    BadInput(
        step: "toelichting", input: .open(item: "v3", text: "Nog eens"),
        message: "item ‘v3’ van ‘toelichting’ is al beantwoord in i2; herzie die",
        setup: rankFirst + [
            .open("toelichting"),
            .submit(participant: "p1", step: "toelichting", input: .open(item: "v3", text: "Omdat")),
        ]
    ),
    // brainstorm
    BadInput(step: "rollen", input: .brainstorm(text: "\n"), message: "tekst van het item is leeg"),
    BadInput(
        step: "rollen", input: .brainstorm(text: String(repeating: "c", count: 501)),
        message: "tekst van het item is te lang: 501 tekens, hoogstens 500"
    ),
    BadInput(
        step: "rollen", input: .brainstorm(text: "Derde"),
        message: "stap ‘rollen’ staat hoogstens 2 inbreng(en) per deelnemer toe", setup: twoIdeas
    ),
]

@Suite struct SessionInputValidationTests {
    /// Opens the step (after the case's setup) in a started sample session.
    static func prepared(_ bad: BadInput) throws -> SessionHarness {
        var harness = try SessionHarness.started()
        for command in bad.setup { try harness.run(command) }
        if harness.state.openStep != bad.step {
            if let open = harness.state.openStep { try harness.run(.close(open)) }
            try harness.run(.open(bad.step))
        }
        return harness
    }

    @Test(arguments: badInputs)
    func badInputIsRefusedWithItsMessage(_ bad: BadInput) throws {
        let harness = try Self.prepared(bad)
        let command = SessionCommand.submit(participant: bad.participant, step: bad.step, input: bad.input)
        let error = #expect(throws: SessionError.self) { try harness.state.decide(command) }
        #expect(error?.rendered() == "fout: \(bad.message)")
    }

    @Test(arguments: badInputs)
    func forgedEventWithBadInputLeavesTheStateUnchanged(_ bad: BadInput) throws {
        let harness = try Self.prepared(bad)
        var state = harness.state
        let submitted = SubmittedInput(id: "x", participant: bad.participant, step: bad.step, input: bad.input)
        let event = SessionEvent(
            sequence: state.lastSequence + 1, time: harness.clock.now, payload: .inputSubmitted(submitted))
        #expect(throws: SessionError.self) { try state.apply(event) }
        #expect(state == harness.state)
    }

    @Test func everyWerkvormButInfoTakesAnInputKind() throws {
        var seen: Set<Activity.Kind> = []
        for scenario in try [SessionSamples.scenario] + SessionScenarios.embedded() {
            for step in scenario.steps {
                seen.insert(step.activity.kind)
                #expect((step.activity.inputKind == nil) == (step.activity.kind == .info), "\(scenario.id) \(step.id)")
            }
        }
        #expect(seen == Set(Activity.Kind.allCases))
    }

    @Test func messagesHaveAnEnglishVersion() {
        #expect(
            SessionError.tooManyDots(total: 6, limit: 5).rendered(in: .en) == "error: 6 dots spent, at most 5"
        )
        #expect(
            SessionError.missingItems(step: "waarden", items: ["v3"]).rendered(in: .en)
                == "error: the ranking for ‘waarden’ lacks ‘v3’; order all items"
        )
        #expect(SessionError.emptyField(.owner).rendered(in: .en) == "error: owner is empty")
    }

    @Test func submittingToAClosedStepIsRefused() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("vraag"))
        try harness.run(.close("vraag"))
        #expect(throws: SessionError.stepNotOpen("vraag")) {
            try harness.state.decide(.submit(participant: "p1", step: "vraag", input: .open(item: nil, text: "Ja")))
        }
    }

    @Test func topRankingMayStopEarly() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("top"))
        try harness.submit("p1", "top", .rank(["v2"]))
        try harness.submit("p2", "top", .rank(["v2", "v4", "v1"]))
        #expect(harness.state.inputs(for: "top").count == 2)
    }

    @Test func duplicateIdeasAreAcceptedForTheFacilitatorToMerge() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("rollen"))
        try harness.submit("p1", "rollen", .brainstorm(text: "Controleur"))
        #expect(harness.state.items(for: "rollen").filter { $0.text == "Controleur" }.count == 2)
    }
}
