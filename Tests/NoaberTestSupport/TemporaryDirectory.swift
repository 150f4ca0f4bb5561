public import Foundation

/// A fresh directory under the system's temporary directory, removed when the value is released.
///
/// A class so that `deinit` cleans up even when a test fails half-way.
public final class TemporaryDirectory: @unchecked Sendable {
    // @unchecked: `url` is immutable after init; FileManager calls are thread-safe.
    public let url: URL

    public init(prefix: String = "noaber-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the directory.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
