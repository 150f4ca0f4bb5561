import NoaberCore
import NoaberFormats
import Testing

/// The shipped scenarios load, validate and quote their source faithfully.
@Suite struct ScenarioLoaderTests {
    private func shipped(_ id: String) throws -> Scenario {
        try ScenarioLoader.load(contentsOf: ScenarioFixturePaths.scenarios + "/\(id).xml")
    }

    @Test(arguments: ["grasveldje", "democratische-waarden", "zelfanalyse"])
    func shippedScenarioLoads(id: String) throws {
        let scenario = try shipped(id)
        #expect(scenario.id == id)
        #expect(scenario.language == "nl")
        #expect(scenario.sources.first?.file == "000_c54cfe4b123b358a.txt")
        #expect(scenario.steps.allSatisfy { $0.minutes > 0 && !$0.title.isEmpty })
        #expect(scenario.plannedStepMinutes <= scenario.minutes)
    }

    @Test func grasveldjeQuotesTheRaadsdebat() throws {
        let scenario = try shipped("grasveldje")
        #expect(scenario.facilitator.title == "griffier")
        #expect(scenario.groups.isEmpty)
        #expect(scenario.steps.map(\.activity.kind) == [.info, .brainstorm, .roleplay, .open, .open])
        guard case .info(let info) = scenario.steps[0].activity,
            case .brainstorm(let brainstorm) = scenario.steps[1].activity,
            case .roleplay(let roleplay) = scenario.steps[2].activity
        else {
            Issue.record("unexpected werkvormen")
            return
        }
        #expect(
            info.paragraphs[0].contains(
                "tweespalt in een buurt over een grasveldje. De helft wil een bloemenperk, de andere helft een trapveldje"
            ))
        #expect(
            brainstorm.examples.map(\.text) == [
                "spelontwikkelaar voor democratisch spel", "scheidsrechter van democratische processen",
                "bewaker van interactie", "ombudsman van de stad", "belangenbehartiger", "procesarchitect",
                "publieke mediator",
            ])
        #expect(brainstorm.examplesAreItems)
        #expect(roleplay.roles == .fromStep("rollen"))
        #expect(roleplay.assignment == .all)
        #expect(roleplay.rounds == 1)
        #expect(
            roleplay.caseText
                == "tweespalt in een buurt over een grasveldje. De helft wil een bloemenperk, de andere helft een trapveldje"
        )
        #expect(scenario.steps[3].instructions.contains("de balans tussen loslaten en sturen"))
        // The source's advice to civil servants is background for the griffier, not text for raadsleden.
        #expect(info.paragraphs.allSatisfy { !$0.contains("Jij kunt als ambtenaar") })
        #expect(scenario.steps[0].instructions.contains("Jij kunt als ambtenaar raadsleden helpen"))
        #expect(
            scenario.step("met-de-bevolking")?.prompt.contains("niet meer voor of namens, maar mét de bevolking")
                == true)
    }

    @Test func democratischeWaardenRanksTheSixteenValues() throws {
        let scenario = try shipped("democratische-waarden")
        guard case .rank(let rank) = scenario.step("waarden")?.activity,
            case .open(let open) = scenario.step("voorop")?.activity
        else {
            Issue.record("unexpected werkvormen")
            return
        }
        #expect(
            rank.items.listedItems.map(\.text) == [
                "insluiting", "diversiteit", "variëteit", "invloed", "deliberatie", "collectieve besluitvorming",
                "zeggenschap", "burgerschap", "onafhankelijkheid", "efficiëntie", "legitimiteit", "transparantie",
                "publieke verantwoording", "monitoring", "conflictmechanismen", "checks & balances",
            ])
        #expect(rank.top == nil)
        #expect(rank.method == .kemenyYoung)
        #expect(open.items == .topOfRanking("waarden", count: 3))
        #expect(scenario.step("voorop")?.prompt == "Wat stelt u voorop, en hoe stelt u zich dan op?")
        guard case .rank(let second) = scenario.step("vijf-waarden")?.activity else {
            Issue.record("no second round")
            return
        }
        #expect(
            second.items.listedItems.map(\.text) == [
                "inclusie", "invloed", "eigenaarschap", "deliberatie", "legitimiteit",
            ])
        #expect(scenario.sources.map(\.file) == ["000_c54cfe4b123b358a.txt", "004_73561f4ace1d2c0e.txt"])
    }

    @Test func zelfanalyseHasFiveQuestionnairesEachItsOwnStep() throws {
        let scenario = try shipped("zelfanalyse")
        let themes = ["doen", "doel", "raad", "geld", "organisatieverandering"]
        let likerts = themes.compactMap { id -> LikertSettings? in
            guard case .likert(let likert)? = scenario.step(id)?.activity else { return nil }
            return likert
        }
        try #require(likerts.count == 5)
        for likert in likerts {
            #expect(
                likert.scale
                    == Scale(
                        min: 1, max: 4,
                        labels: [
                            ScaleLabel(value: 1, text: "Zeer oneens"), ScaleLabel(value: 2, text: "Oneens"),
                            ScaleLabel(value: 3, text: "Eens"), ScaleLabel(value: 4, text: "Zeer eens"),
                        ]))
            #expect(likert.themes.count == 1)
            #expect(likert.themes[0].interpretation.count == 1 && likert.themes[0].interpretation[0].from == nil)
        }
        #expect(likerts.map(\.themes[0].title) == ["Doen", "Doel", "Raad", "Geld", "Organisatieverandering"])
        #expect(likerts.map(\.themes[0].statements.count) == [5, 5, 6, 5, 6])
        #expect(likerts.flatMap(\.statements).filter(\.reversed).map(\.id) == ["raad-4"])
        #expect(
            likerts[2].themes[0].statements[3].text
                == "Ik werk liever samen met bewoners een beetje buiten het zicht of \"onder de radar\" van de raad.")
        #expect(scenario.steps.last?.activity == .actions(ActionsSettings(maxPerParticipant: 5)))
    }

    @Test func popOpHasTheFiveQuestionsWithTheirHints() throws {
        let scenario = try shipped("pop-op")
        guard case .open(let popop) = scenario.step("pop-op")?.activity else {
            Issue.record("unexpected werkvormen")
            return
        }
        let questions = popop.items?.listedItems ?? []
        #expect(
            questions.map(\.text) == [
                "Waar sta ik nu?", "Waar wil ik naar toe met Overheidsparticipatie?", "Wat heb ik daarvoor nodig?",
                "Wat ga ik daarvoor doen?", "Kansen en bedreigingen",
            ])
        #expect(
            questions[0].detail
                == "Waar in ben ik goed en wat kan beter? Wat zijn mijn huidige kennis, ervaring en competenties?")
        #expect(questions.allSatisfy { $0.detail != nil })
        // One source of truth: zelfanalyse takes the step from pop-op by <include>, it does not copy the questions.
        let zelfanalyse = try shipped("zelfanalyse")
        #expect(zelfanalyse.step("pop-op") == scenario.step("pop-op"))
        let file = try ScenarioFixturePaths.text(ScenarioFixturePaths.scenarios + "/zelfanalyse.xml")
        #expect(!file.contains("Waar sta ik nu?") && file.contains(#"<include scenario="pop-op" step="pop-op"/>"#))
    }

    @Test func everyWerkvormReadsItsSettings() throws {
        let scenario = try ScenarioLoader.load(ScenarioFixturePaths.fixture("alle-werkvormen.xml"), file: "alle.xml")
        #expect(scenario.steps.map(\.activity.kind) == Activity.Kind.allCases + [.vote])
        #expect(scenario.version == "2.1")
        #expect(
            scenario.groups == [
                ParticipantGroup(id: "links", name: "Fractie Links"),
                ParticipantGroup(id: "rechts", name: "Fractie Rechts"),
            ])
        #expect(
            scenario.step("brainstorm")?.activity
                == .brainstorm(BrainstormSettings(examples: [], examplesAreItems: false, maxPerParticipant: 3)))
        #expect(scenario.step("open")?.activity == .open(OpenSettings(items: .fromStep("brainstorm"), maxLength: 500)))
        #expect(
            scenario.step("roleplay")?.activity
                == .roleplay(
                    RoleplaySettings(
                        roles: .listed([Item(id: "a", text: "Rol A", detail: "uitleg")]), caseTitle: "Casus",
                        caseText: "De casus.", assignment: .chosen, rounds: 2)))
        #expect(
            scenario.step("rank")?.activity
                == .rank(
                    RankSettings(
                        items: .listed([Item(id: "x", text: "X"), Item(id: "y", text: "Y")]), top: 1, method: .schulze))
        )
        #expect(
            scenario.step("rate")?.activity
                == .rate(
                    RateSettings(
                        items: .fromStep("rank"),
                        scale: Scale(
                            min: 0, max: 2,
                            labels: [
                                ScaleLabel(value: 0, text: "nul"), ScaleLabel(value: 1, text: "een"),
                                ScaleLabel(value: 2, text: "twee"),
                            ]))))
        #expect(scenario.step("vote")?.activity == .vote(VoteSettings(items: .fromStep("rank"), mode: .dots(5))))
        #expect(scenario.step("multi")?.activity == .vote(VoteSettings(items: .fromStep("rank"), mode: .multi(max: 2))))
        #expect(
            scenario.step("classify")?.activity
                == .classify(
                    ClassifySettings(
                        items: .fromStep("roleplay"),
                        categories: [Item(id: "hoog", text: "Hoog"), Item(id: "laag", text: "Laag")])))
        guard case .likert(let likert) = scenario.step("likert")?.activity else {
            Issue.record("no likert")
            return
        }
        #expect(
            likert.themes[0].interpretation == [
                ScoreBand(from: nil, to: 2.5, text: "Laag."), ScoreBand(from: 2.5, to: nil, text: "Hoog."),
            ])
        #expect(likert.scale.labels.map(\.value) == [1, 2, 3, 4])
        #expect(likert.themes[0].statements == [LikertStatement(id: "s1", text: "Stelling één.", reversed: true)])
    }

    @Test func textIsCollapsedToSingleSpaces() throws {
        let scenario = try ScenarioLoader.load(ScenarioFixturePaths.fixture("alle-werkvormen.xml"), file: "alle.xml")
        #expect(
            scenario.summary
                == "Elke werkvorm één keer, met tekst over meerdere regels en <, & en \"aanhalingstekens\".")
        #expect(scenario.title == "Alle werkvormen: ë, ï, é")
    }
}
