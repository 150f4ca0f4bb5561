import NoaberAggregation
import NoaberCore
import NoaberDemo
import NoaberTestSupport
import Testing

@Suite struct DemoSimulationTests {
    @Test func theSameSeedGivesTheSameSessionsAndAnotherSeedOthers() async throws {
        let first = try await DemoSessions.journals(seed: 1)
        let again = try await DemoSessions.journals(seed: 1)
        let other = try await DemoSessions.journals(seed: 2)
        #expect(first.count == 3)
        #expect(first == again)
        #expect(first != other)
    }

    /// The griffier keeps to the agenda: no step of a demo session takes longer than planned, and every step ends
    /// within two minutes of its planned clock time (the agenda appendix says nothing ran over).
    /// A group report prints the public steps' answers side by side: two raadsleden saying the very same sentence
    /// reads as a copying mistake.
    @Test func noTwoParticipantsGiveTheSameAnswerInAPublicStep() async throws {
        for state in try await DemoSessions.journals(seed: 1).map({ try SessionState.replay($0) }) {
            for step in state.scenario?.steps ?? [] where !step.isPrivate {
                var seen: [String: ParticipantID] = [:]
                for record in state.inputs(for: step.id) {
                    let text: String
                    switch record.input {
                    case .open(_, let answer): text = answer
                    case .roleplay(_, _, let notes): text = notes
                    default: continue
                    }
                    if let other = seen[text], other != record.participant {
                        Issue.record("\(step.id): \(other) and \(record.participant) both say “\(text)”")
                    }
                    seen[text] = record.participant
                }
            }
        }
    }

    @Test func demoSessionsKeepToTheAgenda() async throws {
        let journals = try await DemoSessions.journals(seed: 1)
        for state in try journals.map({ try SessionState.replay($0) }) {
            let start = try #require(state.startedAt)
            let end = try #require(state.lastTime)
            let timing = state.timing(at: end)
            #expect(timing.overruns.isEmpty, "\(timing.overruns.map(\.id))")
            var planned = start.millisecondsSince1970
            for (step, stepState) in zip(state.scenario?.steps ?? [], state.steps) {
                planned += Int64(step.minutes) * 60_000
                let closed = try #require(stepState.closedAt).millisecondsSince1970
                #expect(abs(closed - planned) <= 120_000, "\(step.id) closed \(closed - planned) ms off the agenda")
            }
        }
    }

    @Test func demoSessionsAreCompleteAndTheirRankingsAgreeModerately() async throws {
        let journals = try await DemoSessions.journals(seed: 1)
        let states = try journals.map { try SessionState.replay($0) }
        #expect(
            states.map { $0.settings?.sessionID } == [
                "grasveldje-20261125-1930", "democratische-waarden-20261126-1930", "zelfanalyse-20261127-1930",
            ])
        for state in states {
            #expect(state.isEnded)
            #expect(state.participants.count >= 7)
            // Every step that takes input got some.
            for step in state.scenario?.steps ?? [] where step.activity.kind != .info {
                #expect(!state.inputs(for: step.id).isEmpty, "\(step.id) has no input")
            }
        }
        let values = states[1]
        let ballots = values.inputs(for: "waarden").compactMap { record -> [String]? in
            if case .rank(let order) = record.input { return order }
            return nil
        }
        let profile = try RankingProfile(candidates: values.items(for: "waarden").map(\.id), namedBallots: ballots)
        // Around a hidden consensus: clearly more than chance, clearly less than unanimity.
        let w = try #require(RankingReport(profile).kendallW)
        #expect(w > 0.3 && w < 0.9)
    }
}
