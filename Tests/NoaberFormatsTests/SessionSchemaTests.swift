import Foundation
import Testing

@testable import NoaberFormats

@Suite("Session schema")
struct SessionSchemaTests {
    @Test("the embedded schema is Exports/session.rng with scenario.rng inlined (scripts/embed-session-schema.sh)")
    func embeddedCopyIsCurrent() throws {
        let session = try String(
            contentsOfFile: SessionFixturePaths.repository + "/Exports/session.rng", encoding: .utf8)
        let scenario = try String(
            contentsOfFile: SessionFixturePaths.repository + "/Scenarios/scenario.rng", encoding: .utf8)
        let reference = "<externalRef href=\"../Scenarios/scenario.rng\"/>"
        let grammar = scenario.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            .joined(separator: "\n")
        let lines = session.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.contains(reference) ? String(grammar.dropLast()) : String(line)
        }
        #expect(lines.filter { $0.contains("<grammar") }.count == 2)
        #expect(SessionSchema.source + "\n" == lines.joined(separator: "\n"))
    }

    @Test("the embedded schema compiles")
    func compiles() throws {
        _ = try SessionSchema.compiled.get()
    }
}
