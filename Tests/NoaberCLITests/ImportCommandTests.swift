import Foundation
import NoaberTestSupport
import Testing

/// `noaber import` and the methods version of a file's aggregates, through the binary.
@Suite struct ImportCommandTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-import")
    }

    /// A session file of the Formats tests, changed by `edit`, written into the temporary directory.
    private func sessionFile(_ fixture: String, as name: String, _ edit: (String) -> String) throws -> String {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("NoaberFormatsTests/Fixtures/\(fixture)")
        let text = try String(contentsOf: source, encoding: .utf8)
        let path = directory.path(name)
        try Data(edit(text).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aggregatesOfAnOlderVersionThatDifferAreANoteAndTheSessionImports() throws {
        // A file from before the methods version was recorded counts as version 1, older than today's.
        let file = try sessionFile("legacy/klein.xml", as: "oud.xml") {
            $0.replacingOccurrences(of: "kendall-w=\"0.75\"", with: "kendall-w=\"0.9\"")
        }
        let result = try NoaberProcess.run(["import", file, "--store", directory.path("s.sqlite")], in: directory.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.outputLines == ["ok sessie klein-1 (12 gebeurtenissen)"])
        #expect(
            result.standardError
                == "\(file):75: noot: de aggregaten zijn berekend met methodeversie 1, deze Noaber heeft versie 2; "
                + "opnieuw berekend wijken ze af (ranking[step=waarden]/@kendall-w is '0.9', de gebeurtenissen geven "
                + "'0.75'); de nieuwe gelden\n")
    }

    @Test func aFileFromANewerVersionIsRefusedByName() throws {
        let file = try sessionFile("sessions/klein.xml", as: "nieuw.xml") {
            $0.replacingOccurrences(of: "<results methods-version=\"2\">", with: "<results methods-version=\"7\">")
        }
        let result = try NoaberProcess.run(
            ["import", file, "--store", directory.path("s.sqlite"), "--lang", "en"], in: directory.url)
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "\(file):78:3: error: the aggregates were computed by methods version 7, newer than this Noaber "
                + "(version 2); update Noaber to import this file\n")
    }
}
