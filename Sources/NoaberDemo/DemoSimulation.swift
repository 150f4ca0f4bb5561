public import NoaberCore
import NoaberFormats
import NoaberSession
public import NoaberStore

/// `noaber demo`: whole sessions with simulated participants, driven through the same `SessionRunner` and store as
/// a real session, on a simulated clock. Deterministic from the seed, so the demo's exports and the ODF golden
/// tests are the same on every run.
public enum DemoSimulation {
    /// The scenarios the demo plays, in order; ones not embedded in this build are skipped.
    public static let scenarioIDs = ["grasveldje", "democratische-waarden", "zelfanalyse"]

    /// The embedded scenarios of `scenarioIDs`, in that order.
    public static func scenarios() throws -> [Scenario] {
        let embedded = try ScenarioCatalog.embedded().map(\.scenario)
        return scenarioIDs.compactMap { id in embedded.first { $0.id == id } }
    }

    /// Runs one session per scenario, in order, and returns their ids. Without `facilitator` each session gets
    /// the demo's griffier or trainer, after the scenario's title for the role.
    ///
    /// The first session starts on 2026-11-25 at 19:30 Dutch time, each next one at the same time a day later.
    /// Participants, groups and answers are invented; rankings are drawn around a hidden consensus so that the
    /// agreement (Kendall's W) means something.
    public static func run(
        scenarios: [Scenario], seed: UInt64, store: SessionStore, place: String = "Raadzaal, Hellendoorn",
        facilitator: String? = nil
    ) async throws -> [SessionID] {
        // Offset so that the demo's seed 1 is not the tests' seed 1.
        var random = SeededRandom(seed: seed &+ 0x5EED)
        // 2026-11-25T19:30+01:00
        var start = Timestamp(millisecondsSince1970: 1_795_631_400_000)
        var ids: [SessionID] = []
        for scenario in scenarios {
            let clock = SimulatedClock(start: start)
            let id = try store.freeSessionID(scenarioID: scenario.id, start: start)
            let settings = SessionSettings(
                sessionID: id, scenario: scenario, place: place,
                facilitatorName: facilitator ?? DemoTexts.facilitator(titled: scenario.facilitator.title),
                pseudonymous: false)
            let runner = try await SessionRunner.start(settings, store: store, clock: clock)
            var simulation = DemoSession(runner: runner, clock: clock, scenario: scenario, random: random)
            try await simulation.play()
            // Releases the session's writer lock, so that the demo's summary can open the session again.
            await runner.close()
            random = simulation.random
            ids.append(id)
            start.millisecondsSince1970 += 24 * 60 * 60_000
        }
        return ids
    }

    /// The demo's sessions played into `store`, as their journals in `scenarioIDs` order.
    public static func journals(seed: UInt64, store: SessionStore) async throws -> [[SessionEvent]] {
        let ids = try await run(scenarios: scenarios(), seed: seed, store: store)
        return try ids.map { id throws in try store.events(of: id) }
    }
}
