import Foundation
import NoaberAggregation
import Testing

struct RankingReportJSONTests {
    private func report(_ candidates: [String], _ ballots: [[String]]) throws -> RankingReport {
        RankingReport(try RankingProfile(candidates: candidates, namedBallots: ballots))
    }

    @Test func keysComeInTheOrderOfTheIssue() throws {
        let text = try report(["A", "B", "C"], [["A", "B"], ["C"]]).jsonText
        let keys = [
            "\"candidates\"", "\"n_voters\"", "\"methods\"", "\"borda\"", "\"copeland\"", "\"schulze\"",
            "\"kemeny_young\"", "\"distance\"", "\"num_optimal\"", "\"rankings\"", "\"plurality\"",
            "\"instant_runoff\"", "\"rounds\"", "\"tally\"", "\"exhausted\"", "\"eliminated\"", "\"kendall_w\"",
            "\"W\"", "\"mean_rank\"", "\"ballot_distances_to_kemeny\"",
        ]
        let positions = try keys.map { key in try #require(text.range(of: key)?.lowerBound) }
        #expect(positions == positions.sorted())
    }

    @Test func numbersAreIntegersWhenIntegralAndWIsNullWhenUndefined() throws {
        let text = try report(["A", "B", "C"], [["A"], []]).jsonText
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let methods = try #require(object["methods"] as? [String: Any])
        let borda = try #require(methods["borda"] as? [String: Any])
        #expect(text.contains("\"scores\": {\"A\": 3, \"B\": 1.5, \"C\": 1.5}"))
        #expect(borda["winners"] as? [String] == ["A"])
        // R = (3, 4.5, 4.5) around 4: S = 1.5; ΣT = 6 + 24; W = 18 / (4·24 − 2·30) = 0.5.
        #expect(text.contains("\"kendall_w\": {\"W\": 0.5}"))
        let single = try report(["A"], [["A"], []]).jsonText
        #expect(single.contains("\"kendall_w\": {\"W\": null}"))
        #expect(single.contains("\"rounds\": []"))
    }

    @Test func namesAreEscapedAsJSON() throws {
        let text = try report(["\"quoted\"", "back\\slash", "a/b"], [["a/b"]]).jsonText
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["candidates"] as? [String] == ["\"quoted\"", "back\\slash", "a/b"])
    }

    @Test func refusedKemenyIsNull() throws {
        let names = (1...(KemenyYoung.maximumCandidates + 1)).map { "W\($0)" }
        let text = RankingReport(RankingProfile(candidates: names, ballots: [[0]])).jsonText
        #expect(text.contains("\"kemeny_young\": null"))
        #expect(text.contains("\"ballot_distances_to_kemeny\": null"))
    }

    @Test func tableShowsEveryMethodInDutch() throws {
        let table = try report(["A", "B"], [["A", "B"], ["A"]]).table()
        #expect(
            table == """
                Rangschikking van 2 kandidaten op 2 stembiljetten

                Methode                 Volgorde  Winnaar(s)
                Kemeny-Young            A > B     A
                Schulze                 A > B     A
                Copeland                A > B     A
                Borda                   A > B     A
                Gemiddelde rang         A > B     A
                Meeste eerste plaatsen  A > B     A
                Alternatieve stem       A > B     A

                Kemeny-Young: totale afstand 0, 1 optimale volgorde.
                Er is sterke overeenstemming in de groep over de volgorde (W = 1,00).

                Kandidaat  Gem. rang  Borda  Min  Q1  Mediaan  Q3  Max
                A          1,00       2      1    1   1        1   1
                B          2,00       0      2    2   2        2   2

                Afstand van elk stembiljet tot de Kemeny-volgorde:
                  stembiljet 1: 0
                  stembiljet 2: 0

                """)
    }

    @Test func tableInEnglishNamesTheRefusalForTooManyItems() {
        let names = (1...21).map { "W\($0)" }
        let table = RankingReport(RankingProfile(candidates: names, ballots: [[16], []])).table(in: .en)
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Ranking of 21 candidates on 2 ballots")
        #expect(!table.contains("Kemeny-Young  "))
        #expect(table.contains("\nKemeny-Young is computed exactly for at most 20 candidates; there are 21 here.\n"))
        #expect(table.contains("\nW17        "))
        #expect(!table.contains("Distance of each ballot"))
    }
}
