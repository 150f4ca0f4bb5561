import Foundation
import NoaberCore
import NoaberStore
import NoaberTestSupport
import Testing

/// A programme (`raadsavond`: grasveldje's steps, then the values ranking) runs as one session into one report.
@Suite struct ProgrammeSessionTests {
    @Test func theRaadsavondRunsEndToEndIntoOneReport() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-programme")
        let store = directory.path("noaber.sqlite")
        let result = try NoaberProcess.run(
            [
                "run", "raadsavond", "--store", store, "--clock", "2026-11-25T19:30", "--session-id", "avond",
                "--script", try NoaberProcess.fixture("raadsavond.script"),
            ], in: directory.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.outputLines.contains("ok i3 b3"))
        let state = try SessionState.replay(try SessionStore(path: store, readOnly: true).events(of: "avond"))
        #expect(state.isEnded)
        #expect(state.items(for: "toepassen").last == Item(id: "b3", text: "hoeder van de begroting"))
        #expect(
            state.items(for: "voorop", participant: "p3").map(\.id) == ["insluiting", "diversiteit", "transparantie"])
        // One report holds both parts, and the session file the resolved programme.
        let report = try String(contentsOfFile: directory.path("Exports/avond/verslag.fodt"), encoding: .utf8)
        for title in ["Rollen benoemen", "Loslaten en sturen", "Waarden rangschikken", "Wat stelt u voorop?"] {
            #expect(report.contains(title), "\(title)")
        }
        let session = try String(contentsOfFile: directory.path("Exports/avond/sessie.xml"), encoding: .utf8)
        #expect(!session.contains("<include"))
        #expect(session.contains(#"<step id="waarden-inleiding""#))
        if let check = try ODFCheck.run(
            ["verslag.odt", "verslag.fodt", "gegevens.ods"].map {
                directory.url.appendingPathComponent("Exports/avond/\($0)")
            })
        {
            #expect(check.passed, "\(check.output)")
        }
    }
}
