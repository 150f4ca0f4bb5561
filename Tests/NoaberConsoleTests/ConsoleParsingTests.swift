import NoaberCore
import Testing

@testable import NoaberConsole

@Suite struct ConsoleParsingTests {
    @Test(arguments: [
        ("join \"Anna de Vries\" --group \"Fractie A\"", ["join", "Anna de Vries", "--group", "Fractie A"]),
        ("note \"zij zei: \\\"ja\\\"\"  # commentaar", ["note", "zij zei: \"ja\""]),
        ("submit p1 rollen hoeder\\ van\\ het\\ veld", ["submit", "p1", "rollen", "hoeder van het veld"]),
        ("note \"# geen commentaar\"", ["note", "# geen commentaar"]),
        ("note a#b", ["note", "a#b"]),
        ("   # alleen commentaar", []),
        ("note \"\"", ["note", ""]),
    ])
    func tokenizerSplitsLikeAShell(line: String, tokens: [String]) throws {
        #expect(try ConsoleTokenizer.tokens(of: line) == tokens)
    }

    @Test(arguments: [
        ("note \"open", ConsoleError.unclosedQuote, "fout: aanhalingsteken niet gesloten"),
        ("note a\\", .danglingBackslash, "fout: backslash aan het eind van de regel"),
        ("opne rollen", .unknownCommand("opne"), "fout: onbekende opdracht 'opne' (typ 'help' voor de opdrachten)"),
        ("join", .missingArgument(command: "join", what: "een naam"), "fout: join: een naam ontbreekt"),
        ("open a b", .unexpectedArgument(command: "open", argument: "b"), "fout: open: onverwacht argument 'b'"),
        (
            "join Anna --fractie A", .unknownOption(command: "join", option: "--fractie"),
            "fout: join: onbekende optie '--fractie'"
        ),
        (
            "join Anna --group", .optionNeedsValue(command: "join", option: "--group"),
            "fout: join: optie '--group' heeft een waarde nodig"
        ),
        (
            "merge rollen b1 b2", .missingArgument(command: "merge", what: "--into ITEM"),
            "fout: merge: --into ITEM ontbreekt"
        ),
        ("wait nu", .notAPositiveNumber("nu"), "fout: 'nu' is geen positief aantal minuten"),
        ("wait -3", .notAPositiveNumber("-3"), "fout: '-3' is geen positief aantal minuten"),
        (
            "wait 9223372036854775807", .waitTooLong("9223372036854775807", limit: 1_000_000),
            "fout: '9223372036854775807' minuten is te lang; hoogstens 1000000"
        ),
    ])
    func badLinesAreRefusedWithTheirMessage(line: String, error: ConsoleError, rendered: String) {
        #expect(throws: error) { try ConsoleCommand.parse(line) }
        #expect(error.rendered() == rendered)
    }

    @Test func commandsParseIntoTheirCases() throws {
        #expect(
            try ConsoleCommand.parse("join \"Anna\" --pseudonym \"D1\"")
                == .session(.join(name: "Anna", group: nil, pseudonym: "D1")))
        #expect(
            try ConsoleCommand.parse("merge rollen b1 b2 --into b1 --text \"samen\"")
                == .session(.merge(step: "rollen", items: ["b1", "b2"], into: "b1", text: "samen")))
        #expect(
            try ConsoleCommand.parse("note --step voorop \"tekst\"") == .session(.note(step: "voorop", text: "tekst")))
        #expect(
            try ConsoleCommand.parse("conclusie \"De raad stuurt.\"")
                == .session(.record(.conclusion, step: nil, text: "De raad stuurt.")))
        #expect(
            try ConsoleCommand.parse("afspraak --step voorop \"Vervolg in maart\"")
                == .session(.record(.agreement, step: "voorop", text: "Vervolg in maart")))
        #expect(try ConsoleCommand.parse("definitief") == .session(.finalise))
        #expect(try ConsoleCommand.parse("wait 2.5") == .wait(minutes: 2.5))
        #expect(try ConsoleCommand.parse("wait 1000000") == .wait(minutes: 1_000_000))
        #expect(try ConsoleCommand.parse("") == nil)
    }

    static let scale = Scale(min: 1, max: 4, labels: [])

    static func step(_ activity: Activity) -> Step {
        Step(id: "s", title: "S", minutes: 5, instructions: "", prompt: "", activity: activity)
    }

    @Test func inputWordsFollowTheWerkvorm() throws {
        let items = ItemSource.listed([Item(id: "a", text: "A"), Item(id: "b", text: "B")])
        func parse(_ activity: Activity, _ words: [String]) throws -> Input {
            try ConsoleInputParser.input(for: Self.step(activity), arguments: words, command: "submit")
        }
        #expect(try parse(.brainstorm(BrainstormSettings(examples: [])), ["idee"]) == .brainstorm(text: "idee"))
        #expect(try parse(.open(OpenSettings()), ["antwoord"]) == .open(item: nil, text: "antwoord"))
        #expect(try parse(.open(OpenSettings(items: items)), ["a", "antwoord"]) == .open(item: "a", text: "antwoord"))
        #expect(
            try parse(
                .roleplay(RoleplaySettings(roles: items, caseTitle: "", caseText: "", assignment: .all, rounds: 2)),
                ["a", "2", "notitie"]) == .roleplay(role: "a", round: 2, text: "notitie"))
        #expect(
            try parse(.likert(LikertSettings(scale: Self.scale, themes: [])), ["s1=3", "s2=1"])
                == .likert([LikertAnswer(statement: "s1", value: 3), LikertAnswer(statement: "s2", value: 1)]))
        #expect(try parse(.rank(RankSettings(items: items)), ["b", "a"]) == .rank(["b", "a"]))
        #expect(
            try parse(.rate(RateSettings(items: items, scale: Self.scale)), ["a=4"])
                == .rate([ItemScore(item: "a", value: 4)]))
        #expect(try parse(.vote(VoteSettings(items: items, mode: .single)), ["a"]) == .vote(["a"]))
        #expect(
            try parse(.vote(VoteSettings(items: items, mode: .dots(3))), ["a=2", "b=1"])
                == .dots([ItemScore(item: "a", value: 2), ItemScore(item: "b", value: 1)]))
        #expect(
            try parse(.classify(ClassifySettings(items: items, categories: [])), ["a=inspraak"])
                == .classify([Placement(item: "a", category: "inspraak")]))
        #expect(
            try parse(.actions(ActionsSettings()), ["wat", "Anna", "morgen"])
                == .action(Action(what: "wat", owner: "Anna", when: "morgen")))
    }

    @Test func badInputWordsAreRefusedBeforeTheEngine() {
        let likert = Self.step(.likert(LikertSettings(scale: Self.scale, themes: [])))
        #expect(throws: ConsoleLineError.notUnderstood(.notAnAssignment("s1"))) {
            try ConsoleInputParser.input(for: likert, arguments: ["s1"], command: "submit")
        }
        #expect(throws: ConsoleLineError.notUnderstood(.notANumber("veel"))) {
            try ConsoleInputParser.input(for: likert, arguments: ["s1=veel"], command: "submit")
        }
        let actions = Self.step(.actions(ActionsSettings()))
        #expect(
            throws: ConsoleLineError.notUnderstood(
                .missingArgument(command: "submit", what: "\"wat\" \"trekker\" \"wanneer\" [\"met wie\"]"))
        ) {
            try ConsoleInputParser.input(for: actions, arguments: ["wat"], command: "submit")
        }
        let info = Self.step(.info(InfoSettings(paragraphs: [])))
        #expect(throws: ConsoleLineError.refused(.stepTakesNoInput("s"))) {
            try ConsoleInputParser.input(for: info, arguments: ["x"], command: "submit")
        }
    }
}

@Suite struct ConsoleActionsTests {
    static let actions = Step(
        id: "acties", title: "Acties", minutes: 5, instructions: "", prompt: "", activity: .actions(ActionsSettings()))

    @Test func metWieIsAnOptionalFourthWord() throws {
        #expect(
            try ConsoleInputParser.input(
                for: Self.actions, arguments: ["Buurtavond", "p3", "2027-03-01", "de griffie"], command: "submit")
                == .action(Action(what: "Buurtavond", owner: "p3", when: "2027-03-01", with: "de griffie")))
        #expect(
            try ConsoleInputParser.input(
                for: Self.actions, arguments: ["Buurtavond", "p3", "morgen"], command: "submit")
                == .action(Action(what: "Buurtavond", owner: "p3", when: "morgen")))
        #expect(throws: ConsoleLineError.notUnderstood(.unexpectedArgument(command: "submit", argument: "vijf"))) {
            try ConsoleInputParser.input(
                for: Self.actions, arguments: ["a", "b", "c", "d", "vijf"], command: "submit")
        }
    }
}
