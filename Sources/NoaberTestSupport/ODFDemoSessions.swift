import Foundation
public import NoaberCore
import NoaberDemo
import NoaberFormats
import NoaberStore

/// The sessions `noaber demo` plays (grasveldje, democratische waarden, zelfanalyse; seed 1), as their events, for
/// golden tests of the reports and for regenerating `Exports/voorbeeld/`.
public enum ODFDemoSessions {
    /// One event list per demo scenario, in the demo's order. Played through a store in a temporary folder,
    /// exactly as the demo does.
    public static func events(seed: UInt64 = 1) async throws -> [[SessionEvent]] {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("noaber-odf-demo-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SessionStore(path: folder.appendingPathComponent("noaber.sqlite").path)
        let embedded = try ScenarioCatalog.embedded().map(\.scenario)
        let scenarios = ["grasveldje", "democratische-waarden", "zelfanalyse"].compactMap { id in
            embedded.first { $0.id == id }
        }
        let ids = try await DemoSimulation.run(scenarios: scenarios, seed: seed, store: store)
        return try ids.map { try store.events(of: $0) }
    }
}
