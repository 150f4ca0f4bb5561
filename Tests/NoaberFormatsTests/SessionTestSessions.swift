import NoaberCore

/// Sessions built in code for the session XML tests, driven through the engine (`SessionState.execute`) so that
/// every event is one the state machine accepts.
enum SessionTestSessions {
    /// Awkward text: markup characters, quotes, ë, emoji, right-to-left script, tab, newlines, CRLF and slashes.
    static let awkward =
        "Fiets & <auto> \"snel\" 'nu' — ë ü ß 🚲👩🏽‍🌾 مرحبا שלום\ttab\nregel 2\r\nregel 3 ]]> ../a/b\\c"

    static func time(_ minute: Int, _ second: Int = 0) -> Timestamp {
        // 25 November 2026, 19:00 UTC.
        Timestamp(millisecondsSince1970: 1_795_633_200_000 + Int64(minute * 60_000 + second * 1000))
    }

    static let scale = Scale(
        min: 1, max: 3,
        labels: [
            ScaleLabel(value: 1, text: "oneens"), ScaleLabel(value: 2, text: "neutraal"),
            ScaleLabel(value: 3, text: "eens"),
        ]
    )

    /// The scenario with its open question private (answers only in the participant's own report).
    static var withPrivateQuestion: Scenario {
        var scenario = scenario
        scenario.steps[2].isPrivate = true
        return scenario
    }

    /// One step of every werkvorm, with every kind of item source.
    static let scenario = Scenario(
        id: "alles", version: "1.2", title: "Alle werkvormen", summary: "Een scenario met \(awkward)",
        audience: "raadsleden", language: "nl", minutes: 90,
        sources: [
            SourceReference(file: "000_c54cfe4b123b358a.txt", section: "§3 Raad", citation: "Ruimte voor de raad"),
            SourceReference(file: "001.txt", citation: "Zonder sectie"),
        ],
        facilitator: FacilitatorRole(title: "griffier", description: "Leidt de bijeenkomst"),
        groups: [ParticipantGroup(id: "vvd", name: "VVD"), ParticipantGroup(id: "cda", name: "CDA")],
        steps: [
            Step(
                id: "welkom", title: "Welkom", minutes: 5, instructions: "Heet iedereen welkom.", prompt: "",
                activity: .info(InfoSettings(paragraphs: ["Eerste alinea.", awkward]))
            ),
            Step(
                id: "rollen", title: "Rollen", minutes: 10, instructions: "Verzamel rollen.",
                prompt: "Welke rollen heeft een raadslid?",
                activity: .brainstorm(
                    BrainstormSettings(
                        examples: [
                            Item(id: "volksvertegenwoordiger", text: "Volksvertegenwoordiger", detail: "Stem van"),
                            Item(id: "controleur", text: "Controleur"),
                        ],
                        examplesAreItems: true, maxPerParticipant: 3
                    )
                )
            ),
            Step(
                id: "vraag", title: "Open vraag", minutes: 5, instructions: "", prompt: "Wat valt op?",
                activity: .open(OpenSettings())
            ),
            Step(
                id: "spel", title: "Rollenspel", minutes: 20, instructions: "Speel de casus.", prompt: "Jouw rol:",
                activity: .roleplay(
                    RoleplaySettings(
                        roles: .fromStep("rollen"), caseTitle: "Het grasveldje",
                        caseText: "Een grasveldje\nin de wijk.",
                        assignment: .chosen, rounds: 2
                    )
                )
            ),
            Step(
                id: "zelf", title: "Zelfanalyse", minutes: 10, instructions: "", prompt: "Kruis aan.",
                activity: .likert(
                    LikertSettings(
                        scale: scale,
                        themes: [
                            LikertTheme(
                                id: "luisteren", title: "Luisteren",
                                statements: [
                                    LikertStatement(id: "s1", text: "Ik luister."),
                                    LikertStatement(id: "s2", text: "Ik onderbreek.", reversed: true),
                                ],
                                interpretation: [
                                    ScoreBand(to: 1.5, text: "Aandachtspunt"),
                                    ScoreBand(from: 1.5, to: 2.25, text: "Midden"),
                                    ScoreBand(from: 2.25, text: "Sterk"),
                                ]
                            ),
                            LikertTheme(
                                id: "ruimte", title: "Ruimte maken",
                                statements: [LikertStatement(id: "s3", text: "Ik geef ruimte.")],
                                interpretation: [ScoreBand(text: "Eén tekst voor alle scores.")]
                            ),
                        ]
                    )
                )
            ),
            Step(
                id: "waarden", title: "Waarden", minutes: 10, instructions: "", prompt: "Rangschik.",
                activity: .rank(
                    RankSettings(
                        items: .listed([
                            Item(id: "vrijheid", text: "Vrijheid"), Item(id: "gelijkheid", text: "Gelijkheid"),
                            Item(id: "solidariteit", text: "Solidariteit"),
                        ]),
                        method: .borda
                    )
                )
            ),
            Step(
                id: "top", title: "Jouw top", minutes: 5, instructions: "", prompt: "Licht toe.",
                activity: .open(OpenSettings(items: .topOfRanking("waarden", count: 2), maxLength: 500))
            ),
            Step(
                id: "cijfers", title: "Cijfers", minutes: 5, instructions: "", prompt: "Geef een cijfer.",
                activity: .rate(RateSettings(items: .fromStep("waarden"), scale: scale))
            ),
            Step(
                id: "keuze", title: "Keuze", minutes: 5, instructions: "", prompt: "Kies één.",
                activity: .vote(VoteSettings(items: .fromStep("waarden"), mode: .single))
            ),
            Step(
                id: "meer", title: "Meerkeuze", minutes: 5, instructions: "", prompt: "Kies er twee.",
                activity: .vote(VoteSettings(items: .fromStep("waarden"), mode: .multi(max: 2)))
            ),
            Step(
                id: "stippen", title: "Stippen", minutes: 5, instructions: "", prompt: "Verdeel je stippen.",
                activity: .vote(VoteSettings(items: .fromStep("rollen"), mode: .dots(3)))
            ),
            Step(
                id: "ladder", title: "Participatieladder", minutes: 5, instructions: "", prompt: "Plaats.",
                activity: .classify(
                    ClassifySettings(
                        items: .listed([Item(id: "inspraak", text: "Inspraakavond")]),
                        categories: [
                            Item(id: "informeren", text: "Informeren"),
                            Item(id: "meebeslissen", text: "Meebeslissen", detail: "hoogste trede"),
                        ]
                    )
                )
            ),
            Step(
                id: "acties", title: "Acties", minutes: 5, instructions: "", prompt: "Wat ga je doen?",
                activity: .actions(ActionsSettings(maxPerParticipant: 2))
            ),
        ]
    )

    /// A session that uses every event kind and every input kind, with awkward text throughout.
    /// `legacy`: the session as files from before private steps and outcomes held it (no private step, no
    /// conclusions, agreements or definitief mark).
    static func varied(
        text: String = awkward, answer: String? = nil, pseudonymous: Bool = false, legacy: Bool = false
    ) throws
        -> [SessionEvent]
    {
        // Long answers go where 10,000 characters are allowed; names and labels keep `text`.
        let answer = answer ?? text
        var state = SessionState()
        var events: [SessionEvent] = []
        var minute = 0
        func run(_ command: SessionCommand) throws -> SessionEvent {
            minute += 1
            let event = try state.execute(command, at: time(minute), text: .legacy)
            events.append(event)
            return event
        }
        let settings = SessionSettings(
            sessionID: "2026-11-25-raad", scenario: legacy ? scenario : withPrivateQuestion,
            place: "Raadzaal, Hellendoorn",
            facilitatorName: "Griffier \(text)", pseudonymous: pseudonymous
        )
        _ = try run(.start(settings))
        _ = try run(.join(name: "Anna de Vries", group: "vvd", pseudonym: "Merel"))
        _ = try run(.join(name: "Bram \(text)", group: nil, pseudonym: nil))
        _ = try run(.join(name: "Chantal", group: "Inwoner", pseudonym: nil))
        _ = try run(.rename("p3", name: "Chantal Bakker"))
        _ = try run(.open("welkom"))
        _ = try run(.note(step: "welkom", text: "Notitie: \(answer)"))
        _ = try run(.pauseTimer)
        _ = try run(.resumeTimer)
        _ = try run(.close("welkom"))
        _ = try run(.open("rollen"))
        let idea = try run(.submit(participant: "p1", step: "rollen", input: .brainstorm(text: "Ombudsman")))
        _ = try run(.submit(participant: "p2", step: "rollen", input: .brainstorm(text: "Ombudsvrouw")))
        let third = try run(.submit(participant: "p2", step: "rollen", input: .brainstorm(text: "Wegwerp")))
        _ = try run(.withdraw(inputID(third)))
        _ = try run(
            .merge(
                step: "rollen", items: ["b1", "b2"], into: "b1",
                text: "Ombudspersoon"))
        _ = try run(.renameItem(step: "rollen", item: "controleur", text: "Controleur \(text)"))
        _ = try run(.close("rollen"))
        _ = try run(.open("vraag"))
        let first = try run(.submit(participant: "p2", step: "vraag", input: .open(item: nil, text: "Eerste")))
        _ = try run(.revise(inputID(first), .open(item: nil, text: answer)))
        _ = try run(.close("vraag"))
        _ = try run(.open("spel"))
        _ = try run(
            .submit(participant: "p1", step: "spel", input: .roleplay(role: "controleur", round: 1, text: answer)))
        _ = try run(
            .submit(
                participant: "p3", step: "spel", input: .roleplay(role: "b1", round: 2, text: "Luistert")
            ))
        _ = try run(.close("spel"))
        _ = try run(.open("zelf"))
        for (participant, values) in [("p1", [3, 1, 2]), ("p2", [2, 2, 3]), ("p3", [1, 3, 1])] {
            let answers = zip(["s1", "s2", "s3"], values).map { LikertAnswer(statement: $0, value: $1) }
            _ = try run(.submit(participant: participant, step: "zelf", input: .likert(answers)))
        }
        _ = try run(.close("zelf"))
        _ = try run(.open("waarden"))
        _ = try run(
            .submit(participant: "p1", step: "waarden", input: .rank(["vrijheid", "gelijkheid", "solidariteit"])))
        _ = try run(
            .submit(participant: "p2", step: "waarden", input: .rank(["gelijkheid", "vrijheid", "solidariteit"])))
        _ = try run(
            .submit(participant: "p3", step: "waarden", input: .rank(["vrijheid", "solidariteit", "gelijkheid"])))
        _ = try run(.close("waarden"))
        _ = try run(.open("top"))
        _ = try run(.submit(participant: "p1", step: "top", input: .open(item: "vrijheid", text: "Omdat \(text)")))
        _ = try run(.close("top"))
        _ = try run(.open("cijfers"))
        _ = try run(
            .submit(
                participant: "p1", step: "cijfers",
                input: .rate([
                    ItemScore(item: "vrijheid", value: 3), ItemScore(item: "gelijkheid", value: 1),
                    ItemScore(item: "solidariteit", value: 2),
                ])))
        _ = try run(.close("cijfers"))
        _ = try run(.open("keuze"))
        _ = try run(.submit(participant: "p1", step: "keuze", input: .vote(["vrijheid"])))
        _ = try run(.submit(participant: "p2", step: "keuze", input: .vote(["gelijkheid"])))
        _ = try run(.submit(participant: "p3", step: "keuze", input: .vote(["vrijheid"])))
        _ = try run(.close("keuze"))
        _ = try run(.open("meer"))
        _ = try run(.submit(participant: "p2", step: "meer", input: .vote(["vrijheid", "solidariteit"])))
        _ = try run(.close("meer"))
        _ = try run(.open("stippen"))
        _ = try run(
            .submit(
                participant: "p1", step: "stippen",
                input: .dots([ItemScore(item: "controleur", value: 2), ItemScore(item: "b1", value: 1)]))
        )
        _ = try run(.close("stippen"))
        _ = try run(.reopen("keuze"))
        _ = try run(.close("keuze"))
        _ = try run(.open("ladder"))
        _ = try run(
            .submit(
                participant: "p3", step: "ladder",
                input: .classify([Placement(item: "inspraak", category: "informeren")])))
        _ = try run(.close("ladder"))
        _ = try run(.leave("p3"))
        _ = try run(.open("acties"))
        _ = try run(
            .submit(
                participant: "p1", step: "acties",
                input: .action(Action(what: answer, owner: "Anna", when: "voor de zomer"))))
        _ = try run(.close("acties"))
        _ = try run(.note(step: nil, text: "Afsluiting"))
        if !legacy {
            _ = try run(.record(.conclusion, step: nil, text: answer))
            _ = try run(.record(.agreement, step: "acties", text: "Afspraak over \(text)"))
            _ = try run(.finalise)
        }
        _ = try run(.end)
        return events
    }

    /// A short session for the fixtures of refused files: two participants, one ranking, one vote.
    static func small() throws -> [SessionEvent] {
        var state = SessionState()
        var events: [SessionEvent] = []
        var minute = 0
        func run(_ command: SessionCommand) throws {
            minute += 1
            events.append(try state.execute(command, at: time(minute), text: .legacy))
        }
        let steps = scenario.steps.filter { ["waarden", "keuze"].contains($0.id) }
        var small = scenario
        small.id = "klein"
        small.steps = [
            steps[0],
            Step(
                id: "keuze", title: "Keuze", minutes: 5, instructions: "", prompt: "Kies.",
                activity: .vote(VoteSettings(items: .fromStep("waarden"), mode: .single))),
        ]
        try run(
            .start(
                SessionSettings(
                    sessionID: "klein-1", scenario: small, place: "Tafel 2", facilitatorName: "Trainer",
                    pseudonymous: true)))
        try run(.join(name: "Anna", group: nil, pseudonym: "Merel"))
        try run(.join(name: "Bram", group: nil, pseudonym: "Sperwer"))
        try run(.open("waarden"))
        try run(.submit(participant: "p1", step: "waarden", input: .rank(["vrijheid", "gelijkheid", "solidariteit"])))
        try run(.submit(participant: "p2", step: "waarden", input: .rank(["gelijkheid", "vrijheid", "solidariteit"])))
        try run(.close("waarden"))
        try run(.open("keuze"))
        try run(.submit(participant: "p1", step: "keuze", input: .vote(["vrijheid"])))
        try run(.submit(participant: "p2", step: "keuze", input: .vote(["vrijheid"])))
        try run(.close("keuze"))
        try run(.end)
        return events
    }

    static func inputID(_ event: SessionEvent) -> InputID {
        if case .inputSubmitted(let submitted) = event.payload { return submitted.id }
        return ""
    }
}
