import Hummingbird
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberRoom

/// Every werkvorm's page: the form is shown for the open step, posting it stores the input through the runner
/// (committed before the redirect), and the page then lists it as the participant's own.
@Suite struct ParticipantPageTests {
    /// Joins, opens `step`, fetches the page and posts `fields` with the page's CSRF token and form key.
    static func answer(
        _ harness: RoomHarness, _ browser: RoomBrowser, step: Step.ID, _ fields: [(String, String)],
        expecting: [String] = []
    ) async throws -> RoomBrowser.Page {
        if await harness.state.openStep != step {
            if let open = await harness.state.openStep { try await harness.perform(.close(open)) }
            try await harness.perform(.open(step))
        }
        let page = try await browser.get("/stap")
        #expect(page.status == .ok)
        for text in expecting { #expect(page.body.contains(text), "\(step) page lacks \(text)") }
        return try await browser.submit(page, to: "/stap/\(step)", fields)
    }

    static func joined(_ harness: RoomHarness, _ browser: RoomBrowser, _ name: String = "Anna") async throws {
        try await browser.join(name, code: await harness.room.joinCode)
    }

    static func inputs(_ harness: RoomHarness, _ step: Step.ID) async -> [Input] {
        await harness.state.inputs(for: step).map(\.input)
    }

    @Test func theWaitingPageShowsTheParticipantNumber() async throws {
        try await RoomHarness.joined { harness, browser async throws in
            let page = try await browser.get("/stap")
            #expect(page.body.contains("U bent deelnemer <strong>p1</strong> (Anna)."))
            #expect(page.body.contains("Even wachten"))
            #expect(page.body.contains("<script src=\"/verversen.js\" defer></script>"))
        }
    }

    @Test func brainstormIdeasAreAddedRevisedAndWithdrawn() async throws {
        try await RoomHarness.joined { harness, browser async throws in
            let posted = try await Self.answer(
                harness, browser, step: "rollen", [("tekst", "De <buurman>")],
                expecting: ["<label for=\"tekst\">Uw idee</label>"])
            #expect(posted.status == .seeOther)
            #expect(await Self.inputs(harness, "rollen") == [.brainstorm(text: "De <buurman>")])
            let page = try await browser.get("/stap")
            #expect(page.body.contains("De &lt;buurman&gt;"))
            let id = try #require(await harness.state.inputs(for: "rollen").first?.id)
            let csrf = page.field("csrf") ?? ""
            let edit = try #require(Self.formKey(after: "/inbreng/\(id)/herzien", in: page.body))
            let revised = try await browser.post(
                "/inbreng/\(id)/herzien", [("csrf", csrf), ("formulier", edit), ("tekst", "De buurvrouw")])
            #expect(revised.status == .seeOther)
            #expect(await Self.inputs(harness, "rollen") == [.brainstorm(text: "De buurvrouw")])
            let withdrawKey = try #require(Self.formKey(after: "/inbreng/\(id)/intrekken", in: page.body))
            let withdrawn = try await browser.post(
                "/inbreng/\(id)/intrekken", [("csrf", csrf), ("formulier", withdrawKey)])
            #expect(withdrawn.status == .seeOther)
            #expect(await Self.inputs(harness, "rollen").isEmpty)
        }
    }

    /// The form key of the form posting to `action`.
    static func formKey(after action: String, in body: String) -> String? {
        guard let start = body.range(of: "action=\"\(action)\"") else { return nil }
        let rest = String(body[start.upperBound...])
        return RoomBrowser.Page(status: .ok, location: nil, body: rest, headers: [:]).field("formulier")
    }

    @Test func roleplayNotesNameTheRoleOfTheRound() async throws {
        try await RoomHarness.joined { harness, browser async throws in
            let items = await harness.state.items(for: "spel").map(\.id)
            let role = try #require(items.first)
            let posted = try await Self.answer(
                harness, browser, step: "spel", [("ronde", "2"), ("rol", role), ("tekst", "Ik luister eerst.")],
                expecting: ["Het grasveldje", "<label for=\"ronde\">Ronde</label>"])
            #expect(posted.status == .seeOther)
            #expect(await Self.inputs(harness, "spel") == [.roleplay(role: role, round: 2, text: "Ik luister eerst.")])
        }
    }

    @Test func aRankingIsAPositionPerItem() async throws {
        try await RoomHarness.joined { harness, browser async throws in
            let items = await harness.state.items(for: "waarden").map(\.id)
            let positions = items.reversed().enumerated().map { ("plaats_\($0.element)", "\($0.offset + 1)") }
            let posted = try await Self.answer(
                harness, browser, step: "waarden", positions, expecting: ["<select id=\"plaats_\(items[0])\""])
            #expect(posted.status == .seeOther)
            #expect(await Self.inputs(harness, "waarden") == [.rank(items.reversed())])
            // Posting again revises the one answer.
            let again = try await Self.answer(
                harness, browser, step: "waarden",
                items.enumerated().map { ("plaats_\($0.element)", "\($0.offset + 1)") })
            #expect(again.status == .seeOther)
            #expect(await Self.inputs(harness, "waarden") == [.rank(items)])
        }
    }

    @Test func aTopRankingLeavesTheRestWithoutAPlace() async throws {
        try await RoomHarness.joined { harness, browser async throws in
            let items = await harness.state.items(for: "top").map(\.id)
            let posted = try await Self.answer(
                harness, browser, step: "top", [("plaats_\(items[1])", "1"), ("plaats_\(items[0])", "2")],
                expecting: ["geen plaats"])
            #expect(posted.status == .seeOther)
            #expect(await Self.inputs(harness, "top") == [.rank([items[1], items[0]])])
        }
    }

    @Test func openAnswersPerItemOfTheParticipantsOwnTop() async throws {
        try await RoomHarness.joined { harness, browser async throws in
            let items = await harness.state.items(for: "waarden").map(\.id)
            _ = try await Self.answer(
                harness, browser, step: "waarden",
                items.enumerated().map { ("plaats_\($0.element)", "\($0.offset + 1)") })
            let posted = try await Self.answer(
                harness, browser, step: "toelichting", [("tekst_\(items[0])", "Omdat het telt.")],
                expecting: ["name=\"tekst_\(items[1])\""])
            #expect(posted.status == .seeOther)
            #expect(await Self.inputs(harness, "toelichting") == [.open(item: items[0], text: "Omdat het telt.")])
        }
    }

    @Test func anOpenQuestionTakesOneAnswer() async throws {
        try await RoomHarness.joined { harness, browser async throws in
            let label = "<label for=\"tekst\">Uw antwoord</label>"
            let fields = [("tekst", "Meer groen.\r\nEn bankjes.")]
            #expect(
                try await Self.answer(harness, browser, step: "vraag", fields, expecting: [label]).status == .seeOther)
            #expect(await Self.inputs(harness, "vraag") == [.open(item: nil, text: "Meer groen.\nEn bankjes.")])
        }
    }

    @Test func likertIsARadioGroupPerStatement() async throws {
        try await RoomHarness.joined { harness, browser async throws in
            let posted = try await Self.answer(
                harness, browser, step: "zelf", [("stelling_s1", "4"), ("stelling_s3", "2")],
                expecting: ["<legend>Ik luister.</legend>", "type=\"radio\" id=\"stelling_s1-1\" name=\"stelling_s1\""])
            #expect(posted.status == .seeOther)
            #expect(
                await Self.inputs(harness, "zelf") == [
                    .likert([LikertAnswer(statement: "s1", value: 4), LikertAnswer(statement: "s3", value: 2)])
                ])
        }
    }

    @Test func ratingsVotesDotsAndClassification() async throws {
        try await RoomHarness.joined { harness, browser async throws in
            let values = await harness.state.items(for: "cijfer").map(\.id)
            #expect(
                try await Self.answer(harness, browser, step: "cijfer", [("cijfer_\(values[0])", "5")]).status
                    == .seeOther)
            #expect(await Self.inputs(harness, "cijfer") == [.rate([ItemScore(item: values[0], value: 5)])])
            #expect(try await Self.answer(harness, browser, step: "keuze", [("keuze", values[1])]).status == .seeOther)
            #expect(await Self.inputs(harness, "keuze") == [.vote([values[1]])])
            #expect(
                try await Self.answer(
                    harness, browser, step: "meer", [("keuze_\(values[0])", "ja"), ("keuze_\(values[2])", "ja")]
                ).status == .seeOther)
            #expect(await Self.inputs(harness, "meer") == [.vote([values[0], values[2]])])
            #expect(
                try await Self.answer(
                    harness, browser, step: "stippen", [("stippen_\(values[0])", "3"), ("stippen_\(values[1])", "0")]
                ).status == .seeOther)
            #expect(await Self.inputs(harness, "stippen") == [.dots([ItemScore(item: values[0], value: 3)])])
            let roles = await harness.state.items(for: "ladder").map(\.id)
            let categories = SessionSamples.categories.map(\.id)
            #expect(
                try await Self.answer(harness, browser, step: "ladder", [("categorie_\(roles[0])", categories[0])])
                    .status == .seeOther)
            #expect(
                await Self.inputs(harness, "ladder") == [
                    .classify([Placement(item: roles[0], category: categories[0])])
                ])
        }
    }

    @Test func actionsNameWhatWhoWithWhomAndWhen() async throws {
        try await RoomHarness.joined { harness, browser async throws in
            let posted = try await Self.answer(
                harness, browser, step: "acties", [("wat", "Wijkavond"), ("wie", "Anna"), ("wanneer", "mei")],
                expecting: ["<label for=\"wat\">Wat gaat er gebeuren?</label>", "<label for=\"metwie\">Met wie?"])
            #expect(posted.status == .seeOther)
            let withWhom = try await Self.answer(
                harness, browser, step: "acties",
                [("wat", "Buurtschouw"), ("wie", "p1"), ("metwie", "de wijkagent"), ("wanneer", "juni")])
            #expect(withWhom.status == .seeOther)
            #expect(
                await Self.inputs(harness, "acties") == [
                    .action(Action(what: "Wijkavond", owner: "Anna", when: "mei")),
                    .action(Action(what: "Buurtschouw", owner: "p1", when: "juni", with: "de wijkagent")),
                ])
            let page = try await browser.get("/stap")
            #expect(page.body.contains("Buurtschouw (wie: p1; met wie: de wijkagent; wanneer: juni)"))
        }
    }

    /// The participant's pages follow the scenario's form of address: `u` by default for raadsleden, `je` when the
    /// scenario declares it.
    @Test(arguments: [FormOfAddress.u, .je])
    func pagesFollowTheScenariosFormOfAddress(_ address: FormOfAddress) async throws {
        let harness = try await RoomHarness(address: address)
        try await harness.perform(.open("rollen"))
        try await harness.test { browser in
            let join = try await browser.get("/")
            try await browser.join("Anna", code: await harness.room.joinCode)
            let step = try await browser.get("/stap")
            let pages = join.body + step.body
            switch address {
            case .u:
                #expect(join.body.contains("Wat gebeurt er met uw gegevens?"))
                #expect(step.body.contains("U bent deelnemer"))
                #expect(step.body.contains("Uw idee"))
            case .je:
                #expect(join.body.contains("Wat gebeurt er met je gegevens?"))
                #expect(join.body.contains("wat je hier invult"))
                #expect(step.body.contains("Je bent deelnemer"))
                #expect(step.body.contains("Je idee"))
                for formal in [" u ", " uw ", "Uw ", "U bent"] { #expect(!pages.contains(formal), "\(formal)") }
            }
        }
    }
}
