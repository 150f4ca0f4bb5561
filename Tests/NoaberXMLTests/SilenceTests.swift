import Foundation
import Testing

@testable import NoaberXML

@Suite("libxml2 prints nothing")
struct SilenceTests {
    /// Runs `body` with file descriptor 2 pointing at a temporary file, then puts stderr back, passes on whatever
    /// was captured (other tests in the process may write meanwhile) and returns it.
    private func capturingStandardError(_ body: () throws -> Void) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("noaber-stderr-\(UUID())").path
        let capture = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        try #require(capture >= 0)
        defer {
            close(capture)
            unlink(path)
        }
        let original = dup(2)
        try #require(original >= 0)
        fflush(nil)
        dup2(capture, 2)
        defer {
            fflush(nil)
            dup2(original, 2)
            close(original)
        }
        try body()
        fflush(nil)
        // libxml2 would print the offending raw bytes too, so the capture need not be UTF-8.
        let captured = try Data(contentsOf: URL(fileURLWithPath: path))
        FileHandle(fileDescriptor: original).write(captured)
        return String(decoding: captured, as: UTF8.self)
    }

    @Test func errorsReachDiagnosticsNotStandardError() throws {
        let schema = try RelaxNGSchema(contentsOf: Fixtures.path("agenda.rng"))
        let captured = try capturingStandardError {
            _ = try? XMLParser.parse(Array("<a><b></a>".utf8), file: "m.xml")
            _ = try? XMLParser.parse(Array("<a>".utf8) + [0xE9] + Array("</a>".utf8), file: "l.xml")
            _ = try? XMLParser.parse(contentsOf: Fixtures.path("agenda-invalid.xml"), schema: schema)
            _ = try? XMLParser.parse(contentsOf: Fixtures.path("billion-laughs.xml"))
            _ = try? RelaxNGSchema(contentsOf: Fixtures.path("broken.rng"))
            _ = try? RelaxNGSchema(data: Array("<grammar/>".utf8), file: "g.rng")
        }
        // What libxml2's default handlers print, specific enough not to occur in other tests' progress output.
        for libxml2Wording in ["parser error", "validity error", "Relax-NG", "Opening and ending tag mismatch"] {
            #expect(!captured.contains(libxml2Wording))
        }
    }
}
