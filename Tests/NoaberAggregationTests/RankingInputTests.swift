import Foundation
import NoaberAggregation
import NoaberCore
import Testing

struct RankingInputTests {
    private func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    private func read(_ text: String, _ fileName: String, candidates: [String]? = nil) throws -> RankingProfile {
        try RankingInput.profile(from: Data(text.utf8), fileName: fileName, candidates: candidates)
    }

    private func refusal(_ text: String, _ fileName: String, candidates: [String]? = nil) -> String? {
        do {
            _ = try read(text, fileName, candidates: candidates)
            return nil
        } catch {
            return (error as? RankingInputError)?.rendered()
        }
    }

    @Test func csvAndJSONFixturesGiveTheSameProfile() throws {
        let json = try RankingInput.profile(from: fixture("ballots-example.json"), fileName: "ballots-example.json")
        // CRLF rows, a quoted name, padded blank cells and a final empty row (an empty ballot).
        let csv = try RankingInput.profile(
            from: fixture("ballots-example.csv"), fileName: "ballots-example.csv",
            candidates: ["Democratie", "Inspraak", "Noaberschap", "Transparantie"])
        #expect(csv == json)
        #expect(json.ballots == [[2, 1, 0, 3], [1, 2], [3, 0, 2, 1], [2, 0], []])
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
        // With a comma anywhere, the comma separates and a semicolon is part of a name.
        let mixed = try read("B;A,C\nC\n", "r.csv")
        #expect(mixed.candidates == ["B;A", "C"])
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
                "r.json: fout: stembiljet 2: onbekende naam \"C\""
            ),
            (
                "{\"candidates\": [\"A\", \"B\"], \"ballots\": [[\"A\", \"A\"]]}", "r.json", nil,
                "r.json: fout: stembiljet 1: \"A\" staat er twee keer op"
            ),
            ("{\"candidates\": [], \"ballots\": []}", "r.json", nil, "r.json: fout: de lijst van kandidaten is leeg"),
            (
                "{\"candidates\": [\"A\", \"A\"], \"ballots\": []}", "r.json", nil,
                "r.json: fout: kandidaat \"A\" staat twee keer in de lijst van kandidaten"
            ),
            (
                "{\"candidates\": [\"A\"], \"ballots\": [\"A\"]}", "r.json", nil,
                "r.json: fout: stembiljet 1 is geen lijst van namen"
            ),
            ("{\"candidates\": [\"A\", 3], \"ballots\": []}", "r.json", nil, "r.json: fout: kandidaat 2 is geen tekst"),
            (
                "{\"candidates\": [\"A\"]}", "r.json", nil,
                "r.json: fout: \"ballots\" ontbreekt of is geen lijst van lijsten"
            ),
            (
                "[1]", "r.json", nil,
                "r.json: fout: verwacht een JSON-object {\"candidates\": [namen], \"ballots\": [[namen], …]}"
            ),
        ] as [(String, String, [String]?, String)])
    func refusedInputNamesTheBallotAndTheProblem(text: String, fileName: String, candidates: [String]?, message: String)
    {
        #expect(refusal(text, fileName, candidates: candidates) == message)
    }

    @Test func refusalInEnglish() {
        let error = RankingInputError(.unknownName(ballot: 4, name: "Q"), at: SourceLocation(file: "v.csv", line: 5))
        #expect(error.rendered(in: .en) == "v.csv:5: error: ballot 4: unknown name \"Q\"")
    }

    @Test func notUTF8IsRefused() {
        let error = #expect(throws: RankingInputError.self) {
            try RankingInput.profile(from: Data([0x41, 0xFF, 0x0A]), fileName: "r.csv")
        }
        #expect(error?.rendered() == "r.csv: fout: het bestand is geen UTF-8")
    }
}
