public import Foundation
public import NoaberCore

/// Writes a paper document (draaiboek, forms) as `.odt`, atomically, with a Dutch reason naming the file when it
/// cannot be written.
public enum PaperFile {
    public static func write(_ document: TextDocument, to path: String) throws {
        try SessionExporter.write(try document.odt(), to: URL(fileURLWithPath: path))
    }

    /// Metadata for a paper document of `scenario`, dated `now` (paper belongs to no session).
    public static func metadata(_ scenario: Scenario, title: String, now: Timestamp) -> ODFMetadata {
        ODFMetadata(
            title: "\(title): \(scenario.title)", subject: scenario.summary, keywords: [scenario.id],
            created: now, modified: now)
    }
}
