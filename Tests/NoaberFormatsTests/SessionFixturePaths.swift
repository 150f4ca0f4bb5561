import Foundation

/// Where the session XML fixtures live: the copy in the test bundle for reading, the source folder for
/// re-recording golden files (`NOABER_RECORD=1`).
enum SessionFixturePaths {
    static var bundled: String {
        (Bundle.module.resourcePath ?? "") + "/Fixtures/sessions"
    }

    static var source: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/sessions").path
    }

    /// The repository root, for files outside the test target (`Exports/session.rng`).
    static var repository: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["NOABER_RECORD"] == "1" }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: bundled + "/" + name)))
    }

    /// Compares `bytes` with the golden file `name`, or records it when `NOABER_RECORD=1`.
    static func matchesGolden(_ bytes: [UInt8], _ name: String) throws -> Bool {
        if recording {
            try Data(bytes).write(to: URL(fileURLWithPath: source + "/" + name))
            return true
        }
        return try Self.bytes(name) == bytes
    }
}
