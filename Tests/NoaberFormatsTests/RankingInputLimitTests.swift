import Foundation
import NoaberAggregation
import NoaberCore
import NoaberFormats
import Testing

/// Every limit is checked while reading: the first byte, ballot, name or candidate over it stops the reader, and
/// the message names the limit and where it was passed.
struct RankingInputLimitTests {
    private static let small = RankingInput.Limits(bytes: 200, candidates: 3, ballots: 4, names: 7)

    private func refusal(_ text: String, _ fileName: String, in language: Language = .nl) -> String? {
        do {
            _ = try RankingInput.profile(from: Data(text.utf8), fileName: fileName, limits: Self.small)
            return nil
        } catch {
            return (error as? RankingInputError)?.rendered(in: language)
        }
    }

    @Test func atTheLimitsEverythingIsRead() throws {
        let profile = try RankingInput.profile(
            from: Data("A,B\nC\nA,B\nC,A\n".utf8), fileName: "r.csv", limits: Self.small)
        #expect(profile.candidates == ["A", "B", "C"])
        #expect(profile.ballots.count == 4)
    }

    @Test(
        arguments: [
            ("A\nB\nC\nA\n\n", "r.csv", "r.csv:5: fout: te veel stembiljetten: noaber rank telt er hoogstens 4"),
            (
                "A,B,C\nA,B,C\nA,B\n", "r.csv",
                "r.csv:3: fout: te veel namen op de stembiljetten samen: noaber rank leest er hoogstens 7"
            ),
            ("A,B\nC,D\n", "r.csv", "r.csv:2: fout: te veel kandidaten: noaber rank rangschikt er hoogstens 3"),
            (
                "{\"candidates\": [\"A\", \"B\", \"C\", \"D\"], \"ballots\": []}", "r.json",
                "r.json:1:32: fout: te veel kandidaten: noaber rank rangschikt er hoogstens 3"
            ),
            (
                "{\"candidates\": [\"A\"], \"ballots\": [[], [], [], [],\n [\"A\"]]}", "r.json",
                "r.json:2:2: fout: te veel stembiljetten: noaber rank telt er hoogstens 4"
            ),
            (
                String(repeating: "A", count: 201), "r.csv",
                "r.csv: fout: het bestand is te groot: noaber rank leest hoogstens 200 bytes"
            ),
        ] as [(String, String, String)])
    func theFirstItemOverALimitStopsTheReader(text: String, fileName: String, message: String) {
        #expect(refusal(text, fileName) == message)
    }

    @Test func theByteLimitInMebibytesAndInEnglish() {
        let error = RankingInputError(.tooLarge(limit: 64 << 20), at: SourceLocation(file: "<stdin>", line: 0))
        #expect(
            error.rendered(in: .en)
                == "<stdin>: error: the file is too large: noaber rank reads at most 64 MiB (67108864 bytes)")
        #expect(
            RankingInput.Limits.standard
                == RankingInput.Limits(bytes: 67_108_864, candidates: 1000, ballots: 100_000, names: 2_000_000))
    }
}
