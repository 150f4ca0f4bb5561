import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberFormats

/// An action's "met wie" is the optional `with` attribute of `<action>`: written when given, read back, and valid
/// against the schema (the reader validates).
@Suite struct SessionXMLActionsTests {
    @Test func metWieIsWrittenAndReadBack() async throws {
        let events = try await DemoSessions.journals()[2]
        let withWhom = events.compactMap { event -> String? in
            guard case .inputSubmitted(let submitted) = event.payload, case .action(let action) = submitted.input
            else { return nil }
            return action.with.isEmpty ? nil : action.with
        }
        #expect(withWhom.contains("de wijkcoördinator"))
        let bytes = try SessionXMLWriter.write(events)
        #expect(String(decoding: bytes, as: UTF8.self).contains(#"with="de wijkcoördinator""#))
        #expect(try SessionXMLReader.read(bytes, file: "sessie.xml") == events)
    }
}
