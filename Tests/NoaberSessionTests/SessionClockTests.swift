import NoaberCore
import NoaberSession
import Testing

@Suite struct SessionClockTests {
    static let start = Timestamp(millisecondsSince1970: 1_780_000_000_000)

    func minutes(_ count: Int64) -> Timestamp {
        Timestamp(millisecondsSince1970: Self.start.millisecondsSince1970 + count * 60_000)
    }

    @Test func aSimulatedSleeperWakesOnlyWhenWaitMovesTheClockPastItsDeadline() async throws {
        let clock = SimulatedClock(start: Self.start)
        let woken = WakeLog()
        let sleeper = Task {
            try await clock.sleep(until: minutes(5))
            await woken.note(clock.now)
        }
        clock.advance(minutes: 3)
        try await Task.sleep(for: .milliseconds(50))
        #expect(await woken.times.isEmpty)
        clock.advance(minutes: 2)
        try await sleeper.value
        #expect(await woken.times == [minutes(5)])
    }

    @Test func aDeadlineThatHasPassedReturnsAtOnce() async throws {
        let clock = SimulatedClock(start: Self.start)
        try await clock.sleep(until: Self.start)
        try await clock.sleep(until: minutes(-1))
        try await SystemClock().sleep(until: Self.start)
    }

    @Test func catchingUpWakesSleepersToo() async throws {
        let clock = SimulatedClock(start: Self.start)
        let sleeper = Task { try await clock.sleep(until: minutes(60)) }
        try await Task.sleep(for: .milliseconds(20))
        clock.catchUp(to: minutes(90))
        try await sleeper.value
        #expect(clock.now == minutes(90))
    }

    @Test func aCancelledSleeperThrowsAndTheClockStaysPut() async throws {
        let clock = SimulatedClock(start: Self.start)
        let sleeper = Task { try await clock.sleep(until: minutes(10)) }
        try await Task.sleep(for: .milliseconds(20))
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
        #expect(clock.now == Self.start)
    }

    @Test func theSystemClockSleepsUntilItsDeadline() async throws {
        let clock = SystemClock()
        let deadline = Timestamp(millisecondsSince1970: clock.now.millisecondsSince1970 + 30)
        try await clock.sleep(until: deadline)
        #expect(clock.now >= deadline)
    }
}

/// When sleepers woke, in order.
actor WakeLog {
    private(set) var times: [Timestamp] = []
    func note(_ time: Timestamp) { times.append(time) }
}
