import Foundation
import NoaberAggregation
import NoaberCore
import NoaberFormats
import Testing

/// Ballots read from CSV and JSON: the formats' rules and every refusal, with exact messages.
struct RankingInputTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/ballots/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    private func read(
        _ text: String, _ fileName: String, candidates: [String]? = nil, limits: RankingInput.Limits = .standard
    ) throws -> RankingProfile {
        try RankingInput.profile(from: Data(text.utf8), fileName: fileName, candidates: candidates, limits: limits)
    }

    private func refusal(
        _ text: String, _ fileName: String, candidates: [String]? = nil, limits: RankingInput.Limits = .standard,
        in language: Language = .nl
    ) -> String? {
        do {
            _ = try read(text, fileName, candidates: candidates, limits: limits)
            return nil
        } catch {
            return (error as? RankingInputError)?.rendered(in: language)
        }
    }

    @Test func csvAndJSONFixturesGiveTheSameProfile() throws {
        let json = try RankingInput.profile(
            from: Self.fixture("ballots-example.json"), fileName: "ballots-example.json")
        // CRLF rows, a quoted name, padded blank cells and a final empty row (an empty ballot).
        let csv = try RankingInput.profile(
            from: Self.fixture("ballots-example.csv"), fileName: "ballots-example.csv",
            candidates: ["Democratie", "Inspraak", "Noaberschap", "Transparantie"])
        #expect(csv == json)
        #expect(json.ballots == [[2, 1, 0, 3], [1, 2], [3, 0, 2, 1], [2, 0], []])
    }

    /// The fixture's report against its golden file (`NOABER_RECORD=1` re-records it; review the diff).
    @Test func fixtureReportMatchesTheGoldenJSON() throws {
        let text = RankingReport(
            try RankingInput.profile(from: Self.fixture("ballots-example.json"), fileName: "x.json")
        )
        .jsonText
        if ProcessInfo.processInfo.environment["NOABER_RECORD"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/ballots/ballots-example.expected.json")
            try Data(text.utf8).write(to: source)
            return
        }
        #expect(text == String(decoding: try Self.fixture("ballots-example.expected.json"), as: UTF8.self))
    }

    @Test func csvCandidatesAreNamesInOrderOfFirstAppearance() throws {
        let profile = try read("B,A\n\nC,\"x, \"\"y\"\"\"\n", "r.csv")
        #expect(profile.candidates == ["B", "A", "C", "x, \"y\""])
        #expect(profile.ballots == [[0, 1], [], [2, 3]])
    }

    /// A spreadsheet with Dutch settings saves CSV with semicolons; without a single comma in the file they
    /// separate the names, instead of each ballot becoming one long name.
    @Test func semicolonsSeparateWhenTheFileHasNoComma() throws {
        let profile = try read("\u{FEFF}B;A;\"C;D\"\r\nA;B\r\n", "r.csv")
        #expect(profile.candidates == ["B", "A", "C;D"])
        #expect(profile.ballots == [[0, 1, 2], [1, 0]])
        // With a comma anywhere, the comma separates and a semicolon is part of a name, even when the first comma
        // comes late.
        let mixed = try read("B;A\nC,D\n", "r.csv")
        #expect(mixed.candidates == ["B;A", "C", "D"])
    }

    @Test func namesCompareExactlyNotByCanonicalEquivalence() throws {
        let composed = "Caf\u{E9}"
        let decomposed = "Cafe\u{301}"
        let profile = try read("\(composed),\(decomposed)\n", "r.csv")
        #expect(profile.candidates.count == 2)
        #expect(profile.ballots == [[0, 1]])
    }

    @Test func formatIsDetectedByExtensionThenByFirstCharacter() throws {
        #expect(try read(" {\"candidates\": [\"A\"], \"ballots\": [[\"A\"]]}", "stdin").ballots == [[0]])
        #expect(try read("A,B\n", "stembiljetten.txt").candidates == ["A", "B"])
    }

    @Test func csvRowsEndWithCRLFLFOrCRAndQuotesMayHoldSeparators() throws {
        let profile = try read("A,B\rB,\"A\"\r\n\"C,D\",A\n  E ,A \n", "r.csv")
        #expect(profile.candidates == ["A", "B", "C,D", "  E ", "A "])
        #expect(profile.ballots == [[0, 1], [1, 0], [2, 0], [3, 4]])
        // Trailing blank cells (spaces, tabs, a no-break space) are padding.
        #expect(try read("A,B, ,\t,\u{A0}\n", "r.csv").ballots == [[0, 1]])
    }

    @Test func jsonEscapesAndKeysInAnyOrder() throws {
        let profile = try read(
            #"{"note": {"a": [1, -2.5e3, true, null]}, "ballots": [["\u00e9", "A\/B"], []], "candidates": ["A/B", "é"]}"#,
            "r.json")
        #expect(profile.candidates == ["A/B", "é"])
        #expect(profile.ballots == [[1, 0], []])
        let surrogate = try read(#"{"candidates": ["\ud83d\udeb2"], "ballots": [["🚲"]]}"#, "r.json")
        #expect(surrogate.candidates == ["🚲"])
        #expect(surrogate.ballots == [[0]])
    }

    @Test func givenCandidatesReplaceTheFilesList() throws {
        let profile = try read(#"{"candidates": ["X"], "ballots": [["B"]]}"#, "r.json", candidates: ["A", "B"])
        #expect(profile.candidates == ["A", "B"])
        #expect(profile.ballots == [[1]])
    }

    @Test(
        arguments: [
            ("A,B\nB,X\n", "r.csv", ["A", "B"], "r.csv:2: fout: stembiljet 2: onbekende naam \"X\""),
            ("A,B\n\nB,A,B\n", "r.csv", nil, "r.csv:3: fout: stembiljet 3: \"B\" staat er twee keer op"),
            ("A,,B\n", "r.csv", nil, "r.csv:1: fout: stembiljet 1: lege cel 2 tussen twee namen"),
            ("A,\"B\nC\n", "r.csv", nil, "r.csv:1: fout: stembiljet 1: aanhalingsteken wordt niet gesloten"),
            (
                "A\n", "r.csv", ["A", "B", "A"],
                "r.csv: fout: kandidaat \"A\" staat twee keer in de lijst van kandidaten"
            ),
            ("\n\n", "r.csv", nil, "r.csv: fout: de lijst van kandidaten is leeg"),
            (
                "{\"candidates\": [\"A\", \"B\"], \"ballots\": [[\"A\"], [\"B\", \"C\"]]}", "r.json", nil,
                "r.json:1:53: fout: stembiljet 2: onbekende naam \"C\""
            ),
            (
                "{\"candidates\": [\"A\", \"B\"],\n \"ballots\": [[\"A\", \"A\"]]}", "r.json", nil,
                "r.json:2:20: fout: stembiljet 1: \"A\" staat er twee keer op"
            ),
            (
                "{\"candidates\": [], \"ballots\": []}", "r.json", nil,
                "r.json:1:16: fout: de lijst van kandidaten is leeg"
            ),
            (
                "{\"candidates\": [\"A\", \"A\"], \"ballots\": []}", "r.json", nil,
                "r.json:1:22: fout: kandidaat \"A\" staat twee keer in de lijst van kandidaten"
            ),
            (
                "{\"candidates\": [\"A\"], \"ballots\": [\"A\"]}", "r.json", nil,
                "r.json:1:35: fout: stembiljet 1 is geen lijst van namen"
            ),
            (
                "{\"candidates\": [\"A\", 3], \"ballots\": []}", "r.json", nil,
                "r.json:1:22: fout: kandidaat 2 is geen tekst"
            ),
            (
                "{\"candidates\": [\"A\"]}", "r.json", nil,
                "r.json: fout: \"ballots\" ontbreekt of is geen lijst van lijsten"
            ),
            (
                "{\"ballots\": []}", "r.json", nil,
                "r.json: fout: \"candidates\" ontbreekt of is geen lijst (of geef --candidates)"
            ),
            (
                "[1]", "r.json", nil,
                "r.json: fout: verwacht een JSON-object {\"candidates\": [namen], \"ballots\": [[namen], …]}"
            ),
            (
                "{\"ballots\": [[\"B\"], [\"A\", \"Q\"]], \"candidates\": [\"A\", \"B\"]}", "r.json", nil,
                "r.json:1:27: fout: stembiljet 2: onbekende naam \"Q\""
            ),
        ] as [(String, String, [String]?, String)])
    func refusedInputNamesTheBallotAndTheProblem(text: String, fileName: String, candidates: [String]?, message: String)
    {
        #expect(refusal(text, fileName, candidates: candidates) == message)
    }

    @Test(
        arguments: [
            (
                "{\"candidates\": [\"A\"], \"ballots\": [[\"A\"]",
                "r.json:1:40: fout: ongeldige JSON: de tekst houdt onverwacht op"
            ),
            ("{\"candidates\": [\"A\"] \"ballots\": []}", "r.json:1:22: fout: ongeldige JSON: onverwacht teken '\"'"),
            (
                "{\"candidates\": [\"A\"], \"ballots\": [[]]} x",
                "r.json:1:40: fout: ongeldige JSON: tekst na het einde van het object"
            ),
            (
                "{\"candidates\": [\"A\tB\"]}",
                "r.json:1:19: fout: ongeldige JSON: stuurteken U+0009 in een tekst (schrijf het als \\u)"
            ),
            ("{\"candidates\": [\"A\\x\"]}", "r.json:1:19: fout: ongeldige JSON: ongeldige escape met \\"),
            ("{\"candidates\": [\"\\udc00\"]}", "r.json:1:18: fout: ongeldige JSON: ongeldige escape met \\"),
            ("{\"x\": 01}", "r.json:1:8: fout: ongeldige JSON: onverwacht teken '1'"),
            ("{\"x\": tru}", "r.json:1:10: fout: ongeldige JSON: onverwacht teken '}'"),
            ("{\"x\": é}", "r.json:1:7: fout: ongeldige JSON: onverwacht teken U+00E9"),
            (
                "{\"x\": 1, \"x\": 2}",
                "r.json:1:10: fout: ongeldige JSON: de sleutel \"x\" staat twee keer in het object"
            ),
            (
                "{\"x\": " + String(repeating: "[", count: 300) + "}",
                "r.json:1:262: fout: ongeldige JSON: lijsten en objecten dieper genest dan 256"
            ),
            ("", "r.json:1:1: fout: ongeldige JSON: de tekst houdt onverwacht op"),
        ] as [(String, String)])
    func invalidJSONSaysWhereAndWhat(text: String, message: String) {
        #expect(refusal(text, "r.json") == message)
    }

    @Test func refusalInEnglish() {
        let error = RankingInputError(
            .names(.unknownName(ballot: 4, name: "Q")), at: SourceLocation(file: "v.csv", line: 5))
        #expect(error.rendered(in: .en) == "v.csv:5: error: ballot 4: unknown name \"Q\"")
        #expect(
            refusal("{\"x\": [}", "r.json", in: .en) == "r.json:1:8: error: invalid JSON: unexpected character '}'")
    }

    @Test func notUTF8IsRefusedWithItsLine() {
        let error = #expect(throws: RankingInputError.self) {
            try RankingInput.profile(from: Data([0x41, 0x0A, 0x41, 0xFF, 0x0A]), fileName: "r.csv")
        }
        #expect(error?.rendered() == "r.csv:2: fout: het bestand is geen UTF-8")
    }

    /// A NUL or any other control character in a name is refused with its ballot (the row) and column; it is
    /// shown as a code point, never echoed raw.
    @Test(
        arguments: [
            (
                "A,B\nA,B\u{0}C\n", "r.csv",
                "r.csv:2: fout: stembiljet 2, kolom 2: een naam mag geen stuurteken bevatten (U+0000)"
            ),
            (
                "A,\"B\nC\"\n", "r.csv",
                "r.csv:1: fout: stembiljet 1, kolom 2: een naam mag geen stuurteken bevatten (U+000A)"
            ),
            (
                "A,B\u{1B}[31m\n", "r.csv",
                "r.csv:1: fout: stembiljet 1, kolom 2: een naam mag geen stuurteken bevatten (U+001B)"
            ),
            (
                "A,B\u{85}\n", "r.csv",
                "r.csv:1: fout: stembiljet 1, kolom 2: een naam mag geen stuurteken bevatten (U+0085)"
            ),
            (
                "A,B\tC\n", "r.csv",
                "r.csv:1: fout: stembiljet 1, kolom 2: een naam mag geen stuurteken bevatten (U+0009)"
            ),
            (
                "A\u{7F}\n", "r.csv",
                "r.csv:1: fout: stembiljet 1, kolom 1: een naam mag geen stuurteken bevatten (U+007F)"
            ),
            (
                "{\"candidates\": [\"A\"], \"ballots\": [[\"A\"], [\"A\\u0000\"]]}", "r.json",
                "r.json:1:43: fout: stembiljet 2, kolom 1: een naam mag geen stuurteken bevatten (U+0000)"
            ),
            (
                "A,\u{202E}B\n", "r.csv",
                "r.csv:1: fout: stembiljet 1, kolom 2: een naam mag geen richtingsteken bevatten (U+202E)"
            ),
            (
                "A,\u{200B}A\n", "r.csv",
                "r.csv:1: fout: stembiljet 1, kolom 2: een naam mag geen onzichtbaar teken bevatten (U+200B)"
            ),
            (
                "{\"candidates\": [\"A\", \"\\r\"], \"ballots\": []}", "r.json",
                "r.json:1:22: fout: kandidaat 2: een naam mag geen stuurteken bevatten (U+000D)"
            ),
        ] as [(String, String, String)])
    func controlCharactersInNamesAreRefused(text: String, fileName: String, message: String) {
        #expect(refusal(text, fileName) == message)
    }

    @Test func aControlCharacterInAGivenCandidateIsRefused() {
        #expect(
            refusal("A\n", "r.csv", candidates: ["A", "B\u{0}"], in: .en)
                == "r.csv: error: candidate 2: a name may not contain a control character (U+0000)")
    }
}
