public import NoaberCore
import NoaberDemo
import NoaberStore

/// The sessions `noaber demo` plays (seed 1 unless told), as their journals, for golden tests of the reports and
/// session XML and for regenerating `Exports/voorbeeld/`. Played through a store in a temporary folder, exactly
/// as the demo does.
public enum DemoSessions {
    /// One journal per demo scenario, in the demo's order; the same for the same seed on every run.
    public static func journals(seed: UInt64 = 1) async throws -> [[SessionEvent]] {
        let directory = try TemporaryDirectory(prefix: "noaber-demo")
        let store = try SessionStore(path: directory.path("noaber.sqlite"))
        let journals = try await DemoSimulation.journals(seed: seed, store: store)
        withExtendedLifetime(directory) {}
        return journals
    }
}
