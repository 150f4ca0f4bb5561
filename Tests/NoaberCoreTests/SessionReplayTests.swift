import NoaberCore
import NoaberTestSupport
import Testing

@Suite struct SessionReplayTests {
    @Test(arguments: [1, 2, 3, 42, 2026] as [UInt64])
    func replayEqualsLiveState(seed: UInt64) throws {
        var simulator = try SessionSimulator(seed: seed)
        simulator.play(1_500)
        let live = simulator.harness.state
        #expect(live.inputs.count > 50)
        #expect(simulator.refusals > 50)
        #expect(simulator.refusalsThatChangedTheState.isEmpty)
        let kinds = Set(simulator.harness.events.map { "\($0.payload)".prefix { $0 != "(" } })
        for kind in ["itemsMerged", "itemRenamed", "inputRevised", "inputWithdrawn", "stepReopened", "timerPaused"] {
            #expect(kinds.contains(Substring(kind)), "no \(kind) in the simulated session")
        }
        #expect(try SessionState.replay(simulator.harness.events) == live)
    }

    /// Every event of a session appended once more (a duplicated journal row, a replayed request): either it is
    /// still valid, or it is refused and the state is exactly as before.
    @Test func repeatedEventsAreAppliedWholeOrNotAtAll() throws {
        var simulator = try SessionSimulator(seed: 5)
        simulator.play(800)
        let final = simulator.harness.state
        var refused = 0
        for event in simulator.harness.events {
            var state = final
            let repeated = SessionEvent(
                sequence: final.lastSequence + 1, time: final.lastTime ?? event.time, payload: event.payload
            )
            #expect(throws: SessionError.self) { try state.apply(event) }
            #expect(state == final)
            do {
                try state.apply(repeated)
                #expect(state.lastSequence == final.lastSequence + 1)
            } catch {
                refused += 1
                #expect(state == final, "\(error)")
            }
        }
        #expect(refused > 100)
    }

    @Test func replayOfAPrefixIsTheStateAtThatPoint() throws {
        var simulator = try SessionSimulator(seed: 7)
        simulator.play(200)
        let halfway = simulator.harness.state
        let cut = simulator.harness.events.count
        simulator.play(200)
        #expect(try SessionState.replay(Array(simulator.harness.events.prefix(cut))) == halfway)
    }

    @Test func eventOutOfSequenceIsRefused() throws {
        let harness = try SessionHarness.started()
        var state = harness.state
        let event = SessionEvent(sequence: 9, time: harness.clock.now, payload: .stepOpened("intro"))
        let error = #expect(throws: SessionError.self) { try state.apply(event) }
        #expect(error?.rendered() == "fout: gebeurtenis 9 komt niet op zijn plaats; verwacht: 5")
        #expect(state == harness.state)
    }

    @Test func eventBackInTimeIsRefused() throws {
        let harness = try SessionHarness.started()
        var state = harness.state
        let earlier = Timestamp(millisecondsSince1970: harness.clock.now.millisecondsSince1970 - 1)
        let event = SessionEvent(sequence: 5, time: earlier, payload: .stepOpened("intro"))
        #expect(throws: SessionError.timeWentBack(last: harness.clock.now, got: earlier)) { try state.apply(event) }
        #expect(state == harness.state)
    }

    @Test func forgedEventIsRefusedLikeTheCommand() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("waarden"))
        var state = harness.state
        let forged = SubmittedInput(id: "x1", participant: "p1", step: "waarden", input: .rank(["v1", "v1"]))
        let event = SessionEvent(sequence: 6, time: harness.clock.now, payload: .inputSubmitted(forged))
        #expect(throws: SessionError.duplicateItem(step: "waarden", item: "v1")) { try state.apply(event) }
        #expect(state == harness.state)
    }

    @Test func reusedInputIDIsRefused() throws {
        var harness = try SessionHarness.started()
        try harness.run(.open("vraag"))
        let id = try harness.submit("p1", "vraag", .open(item: nil, text: "Ja"))
        try harness.run(.withdraw(id))
        var state = harness.state
        let forged = SubmittedInput(id: id, participant: "p2", step: "vraag", input: .open(item: nil, text: "Nee"))
        let event = SessionEvent(
            sequence: state.lastSequence + 1, time: harness.clock.now, payload: .inputSubmitted(forged))
        #expect(throws: SessionError.duplicateInputID(id)) { try state.apply(event) }
    }

    @Test func clockSteppingBackIsHeldAtThePreviousTime() throws {
        var harness = try SessionHarness.started()
        let earlier = Timestamp(millisecondsSince1970: harness.clock.now.millisecondsSince1970 - 60_000)
        let event = try harness.state.execute(.open("intro"), at: earlier)
        #expect(event.time == harness.clock.now)
    }
}
