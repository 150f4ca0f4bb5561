import Foundation
import NoaberAggregation
import NoaberCore
import NoaberStore
import NoaberTestSupport
import Testing

/// Two tables of one evening rank the values; `noaber merge` makes one session of them.
@Suite struct MergeTests {
    static let values = [
        "insluiting", "diversiteit", "varieteit", "invloed", "deliberatie", "collectieve-besluitvorming",
        "zeggenschap", "burgerschap", "onafhankelijkheid", "efficientie", "legitimiteit", "transparantie",
        "publieke-verantwoording", "monitoring", "conflictmechanismen", "checks-and-balances",
    ]

    /// A table: participants join, rank (seeded shuffles around a shared preference), a revision, a withdrawal.
    static func tableScript(names: [String], seed: UInt64) -> String {
        var random = SplitMix64(seed: seed)
        var lines = names.map { "join \"\($0)\"" }
        lines.append("open waarden")
        for index in names.indices {
            var order = values
            // A few random swaps of neighbours: everyone is near the same order, so W is high but not 1.
            for _ in 0..<6 {
                let position = Int(random.next() % UInt64(values.count - 1))
                order.swapAt(position, position + 1)
            }
            lines.append("submit p\(index + 1) waarden \(order.joined(separator: " "))")
        }
        lines.append("revise i1 \(values.reversed().joined(separator: " "))")
        lines.append("withdraw i2")
        lines.append("close waarden")
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func mergedTablesAggregateLikeAllInputsTogether() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-merge")
        let store = directory.path("noaber.sqlite")
        let tables = [
            ("tafel-1", ["Anna de Vries", "Bram Bos", "Carla Jansen", "Dirk Mulder"], UInt64(1)),
            ("tafel-2", ["Esra Yilmaz", "Frank de Boer", "Anna de Vries", "Gijs Smit", "Hanna Visser"], UInt64(2)),
        ]
        for (id, names, seed) in tables {
            let script = directory.path("\(id).script")
            try Self.tableScript(names: names, seed: seed).write(toFile: script, atomically: true, encoding: .utf8)
            let result = try NoaberProcess.run([
                "run", "democratische-waarden", "--store", store, "--session-id", id, "--clock", "2026-11-25T19:30",
                "--no-export",
                "--script", script,
            ])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let merged = try NoaberProcess.run(["merge", "tafel-1", "tafel-2", "--into", "avond", "--store", store])
        #expect(merged.status == 0, "\(merged.standardError)")
        #expect(
            merged.outputLines == ["ok sessie avond: 2 sessies samengevoegd, 9 deelnemers, 7 inbreng, 1 conflicten"])
        #expect(merged.standardError.hasPrefix("waarschuwing: "))
        #expect(merged.standardError.contains("Anna de Vries"))

        let journal = try SessionStore(path: store, readOnly: true)
        let states = try ["tafel-1", "tafel-2", "avond"].map { try SessionState.replay(try journal.events(of: $0)) }
        func ballots(_ state: SessionState) -> [[String]] {
            state.inputs(for: "waarden").compactMap { record in
                if case .rank(let order) = record.input { return order }
                return nil
            }
        }
        let together = try RankingProfile(
            candidates: Self.values, namedBallots: ballots(states[0]) + ballots(states[1]))
        let mergedProfile = try RankingProfile(candidates: Self.values, namedBallots: ballots(states[2]))
        #expect(mergedProfile.voterCount == 7)
        // Ballot order may differ (the merge orders by time); every aggregate is order-independent.
        let expected = RankingReport(together)
        let actual = RankingReport(mergedProfile)
        #expect(actual.kemenyYoung?.order == expected.kemenyYoung?.order)
        #expect(actual.borda == expected.borda)
        #expect(actual.schulze == expected.schulze)
        #expect(actual.kendallW == expected.kendallW)
        #expect(
            Set(ballots(states[2]).map { $0.joined(separator: ",") })
                == Set((ballots(states[0]) + ballots(states[1])).map { $0.joined(separator: ",") }))
        // The union of the participants, the duplicate name kept apart.
        #expect(states[2].participants.count == 9)
    }

    @Test func mergeRefusesATakenIDAndAnUnknownSession() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-merge")
        let store = directory.path("noaber.sqlite")
        _ = try NoaberProcess.run(
            ["run", "grasveldje", "--store", store, "--session-id", "a"], input: "join \"Anna\"\n")
        let unknown = try NoaberProcess.run(["merge", "a", "b", "--into", "c", "--store", store])
        #expect(unknown.status == 1)
        #expect(unknown.standardError == "fout: onbekende sessie 'b'\n")
        let taken = try NoaberProcess.run(["merge", "a", "a", "--into", "a", "--store", store])
        #expect(taken.standardError == "fout: er bestaat al een sessie 'a'\n")
        // The same table twice would double its inputs in the aggregate.
        let twice = try NoaberProcess.run(["merge", "a", "a", "--into", "c", "--store", store])
        #expect(twice.status == 1)
        #expect(twice.standardError == "fout: merge: sessie 'a' staat er meer dan eens in\n")
        #expect(try !SessionStore(path: store, readOnly: true).contains("c"))
        let english = try NoaberProcess.run(["merge", "a", "a", "--into", "c", "--store", store, "--lang", "en"])
        #expect(english.standardError == "error: merge: session 'a' is named more than once\n")
    }
}
