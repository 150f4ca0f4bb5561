public import NoaberCore
import NoaberDemo
import NoaberFormats
import NoaberStore

/// The demo's sessions for golden tests (ODF, session XML): the embedded grasveldje, democratische-waarden and
/// zelfanalyse scenarios played by `DemoSimulation` into a temporary store, returned as journals.
public enum StoreDemoSessions {
    public static let scenarioIDs = ["grasveldje", "democratische-waarden", "zelfanalyse"]

    /// One journal per scenario, in `scenarioIDs` order; the same for the same seed on every run.
    public static func journals(seed: UInt64 = 1) async throws -> [[SessionEvent]] {
        let directory = try TemporaryDirectory(prefix: "noaber-demo")
        let store = try SessionStore(path: directory.path("noaber.sqlite"))
        let embedded = try ScenarioCatalog.embedded().map(\.scenario)
        let scenarios = scenarioIDs.compactMap { id in embedded.first { $0.id == id } }
        let ids = try await DemoSimulation.run(scenarios: scenarios, seed: seed, store: store)
        return try ids.map { id throws in try store.events(of: id) }
    }
}
