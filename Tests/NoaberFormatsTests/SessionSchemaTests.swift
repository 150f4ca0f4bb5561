import Foundation
import Testing

@testable import NoaberFormats

@Suite("Session schema")
struct SessionSchemaTests {
    @Test("the embedded schema equals Exports/session.rng (run scripts/embed-session-schema.sh after editing)")
    func embeddedCopyIsCurrent() throws {
        let shipped = try String(
            contentsOfFile: SessionFixturePaths.repository + "/Exports/session.rng", encoding: .utf8)
        #expect(SessionSchema.source + "\n" == shipped)
    }

    @Test("the embedded schema compiles")
    func compiles() throws {
        _ = try SessionSchema.compiled.get()
    }
}
