import Foundation
import NoaberTestSupport
import Testing

/// `noaber export` and `noaber import` through the binary: what a griffier does after the session.
@Suite struct ExportCommandTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-export")
    }

    private func runGrasveldje(store: String) throws {
        let result = try NoaberProcess.run(
            [
                "run", "grasveldje", "--store", store, "--clock", "2026-11-25T19:30", "--session-id", "g",
                "--script", try NoaberProcess.fixture("grasveldje.script"), "--no-export",
            ], in: directory.url)
        try #require(result.status == 0, "\(result.standardError)")
    }

    /// Every file below `root`, relative path → bytes.
    private func files(under root: String) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: root))
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            let path = root + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return found
    }

    /// A pseudonymous grasveldje (session `p`) played from `script`, its exports in `a`.
    private func runPseudonymous(_ script: String, store: String) throws -> NoaberProcess.Result {
        try NoaberProcess.run(
            [
                "run", "grasveldje", "--pseudonymous", "--store", store, "--clock", "2026-11-25T19:30",
                "--session-id", "p", "--export-to", directory.path("a"),
            ], input: script, in: directory.url)
    }

    @Test func exportImportExportGivesByteIdenticalFiles() throws {
        let first = directory.path("eerste.sqlite")
        try runGrasveldje(store: first)
        let exportA = try NoaberProcess.run(
            ["export", "g", "--store", first, "--to", directory.path("a"), "--personal"], in: directory.url)
        #expect(exportA.status == 0, "\(exportA.standardError)")
        #expect(exportA.outputLines.contains("ok \(directory.path("a"))/verslag.odt"))

        let second = directory.path("tweede.sqlite")
        let imported = try NoaberProcess.run(
            ["import", directory.path("a/sessie.xml"), "--store", second], in: directory.url)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.outputLines.first?.hasPrefix("ok sessie g (") == true)

        let exportB = try NoaberProcess.run(
            ["export", "g", "--store", second, "--to", directory.path("b"), "--personal"], in: directory.url)
        #expect(exportB.status == 0, "\(exportB.standardError)")

        let a = try files(under: directory.path("a"))
        let b = try files(under: directory.path("b"))
        #expect(Set(a.keys) == Set(b.keys))
        #expect(a.keys.contains("sessie.xml") && a.keys.contains("gegevens.ods") && a.keys.contains("verslag.fodt"))
        #expect(a.keys.contains("persoonlijk/Anna de Vries.odt"))
        for (name, bytes) in a {
            #expect(b[name] == bytes, "\(name) differs after export → import → export")
        }
    }

    /// One typo in the room must not cost the evening's reports: `end` still writes the exports, and the exit
    /// status still says a line was refused.
    /// In a pseudonymous session the reports replace real names in free text; read back, the names are the
    /// pseudonyms, and a word that only looks like one ("de merel" beside the pseudonym Merel) must stay as typed.
    @Test func aPseudonymousSessionRoundTripsByteIdentically() throws {
        let script =
            "join \"Geheime Gerrit\" --pseudonym \"Merel\"\nopen rollen\n"
            + "submit p1 rollen \"de merel zingt, zei Geheime Gerrit\"\nclose rollen\nend\n"
        let first = directory.path("eerste.sqlite")
        let run = try runPseudonymous(script, store: first)
        #expect(run.status == 0, "\(run.standardError)")
        let second = directory.path("tweede.sqlite")
        let imported = try NoaberProcess.run(
            ["import", directory.path("a/sessie.xml"), "--store", second], in: directory.url)
        #expect(imported.status == 0, "\(imported.standardError)")
        let export = try NoaberProcess.run(
            ["export", "p", "--store", second, "--to", directory.path("b"), "--personal"], in: directory.url)
        #expect(export.status == 0, "\(export.standardError)")
        let a = try files(under: directory.path("a"))
        let b = try files(under: directory.path("b"))
        #expect(Set(a.keys) == Set(b.keys))
        #expect(a.keys.contains("persoonlijk/Merel.odt"))
        for (name, bytes) in a {
            #expect(b[name] == bytes, "\(name) differs after export → import → export")
        }
        let xml = String(decoding: try #require(a["sessie.xml"]), as: UTF8.self)
        #expect(xml.contains(">de merel zingt, zei Merel</brainstorm>"))
        #expect(!xml.contains("Gerrit"))
    }

    /// The console's export messages name files, never a participant: `run` ends with `ok export FOLDER (N
    /// bestanden)`, and `noaber export` lists every file it wrote by a name made from the pseudonym.
    @Test func exportMessagesOfAPseudonymousSessionNameNoRealName() throws {
        let script =
            "join \"Anna Jansen-Wessels\" --pseudonym \"Merel\"\njoin \"Bram de Vries\"\n"
            + "rename p2 \"Abraham de Vries-Kok\"\nopen rollen\nsubmit p1 rollen \"Bellen met A. de Vries\"\n"
            + "submit p2 rollen \"Vraag het ANNA of WESSELS\"\nclose rollen\nend\n"
        let store = directory.path("s.sqlite")
        let run = try runPseudonymous(script, store: store)
        #expect(run.status == 0, "\(run.standardError)")
        let exportLine = try #require(run.outputLines.last)
        #expect(exportLine.hasPrefix("ok export \(directory.path("a")) ("))
        let export = try NoaberProcess.run(
            ["export", "p", "--store", store, "--to", directory.path("b"), "--personal"], in: directory.url)
        #expect(export.status == 0, "\(export.standardError)")
        #expect(export.outputLines.contains("ok \(directory.path("b"))/persoonlijk/Merel.odt"))
        #expect(export.outputLines.contains("ok \(directory.path("b"))/persoonlijk/Deelnemer 2.odt"))
        let messages = [exportLine] + export.outputLines + [export.standardError]
        let names =
            try files(under: directory.path("a")).keys.sorted() + files(under: directory.path("b")).keys.sorted()
        for part in ["anna", "jansen", "wessels", "bram", "abraham", "vries", "kok"] {
            for line in messages + names {
                #expect(
                    !line.lowercased().split(whereSeparator: { !$0.isLetter }).contains(Substring(part)),
                    "\(part) in \(line)")
            }
        }
    }

    @Test(arguments: [["--keep-going", "--script", "avond.txt"], []])
    func aSessionEndedAfterARefusedLineIsStillExported(console: [String]) throws {
        let lines = "join \"Anna de Vries\"\ntikfout\nopen casus\nclose casus\nend\n"
        try Data(lines.utf8).write(to: URL(fileURLWithPath: directory.path("avond.txt")))
        let result = try NoaberProcess.run(
            [
                "run", "grasveldje", "--store", directory.path("s.sqlite"), "--clock", "2026-11-25T19:30",
                "--session-id", "g", "--export-to", directory.path("uit"),
            ] + console, input: console.isEmpty ? lines : "", in: directory.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("fout: onbekende opdracht 'tikfout'"))
        #expect(result.outputLines.last == "ok export \(directory.path("uit")) (5 bestanden)")
        #expect(FileManager.default.fileExists(atPath: directory.path("uit/sessie.xml")))
        #expect(FileManager.default.fileExists(atPath: directory.path("uit/persoonlijk/Anna de Vries.odt")))
    }

    /// The session id names the folder `Exports/<id>/`; an id that climbs out of it is refused before anything
    /// is stored or written.
    @Test func aSessionIDWithAPathIsRefusedByRunAndImport() throws {
        let store = directory.path("s.sqlite")
        let message =
            "sessie-id ‘../buiten’ kan niet: gebruik letters, cijfers, ‘-’, ‘_’ en ‘.’, en begin met een letter of cijfer"
        let run = try NoaberProcess.run(
            ["run", "grasveldje", "--store", store, "--clock", "2026-11-25T19:30", "--session-id", "../buiten"],
            input: "join \"Anna de Vries\"\nend\n", in: directory.url)
        #expect(run.status == 1)
        #expect(run.standardError == "fout: \(message)\n")
        #expect(!FileManager.default.fileExists(atPath: directory.path("buiten")))

        try runGrasveldje(store: store)
        _ = try NoaberProcess.run(["export", "g", "--store", store, "--to", "a", "--format", "xml"], in: directory.url)
        let imported = try NoaberProcess.run(
            ["import", "a/sessie.xml", "--as", "../buiten", "--store", store], in: directory.url)
        #expect(imported.status != 0)
        #expect(imported.standardError == "a/sessie.xml: fout: \(message)\n")
        // The same file again under its own id: the store already has it, and the message names the file.
        let again = try NoaberProcess.run(["import", "a/sessie.xml", "--store", store], in: directory.url)
        #expect(again.status == 2)
        #expect(again.outputLines.isEmpty)
        #expect(again.standardError.hasPrefix("a/sessie.xml: fout: "))
        #expect(again.standardError.contains("--as"))
        let listed = try NoaberProcess.run(["sessions", "--store", store], in: directory.url)
        #expect(listed.outputLines.count == 2)
        #expect(listed.outputLines.last?.hasPrefix("g ") == true)
    }

    @Test func theDefaultFolderIsExportsSessionID() throws {
        let store = directory.path("s.sqlite")
        try runGrasveldje(store: store)
        let result = try NoaberProcess.run(["export", "g", "--store", store, "--format", "xml"], in: directory.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(FileManager.default.fileExists(atPath: directory.path("Exports/g/sessie.xml")))
        #expect(!FileManager.default.fileExists(atPath: directory.path("Exports/g/verslag.odt")))
    }

    @Test func anUnknownFormatOrSessionIsRefused() throws {
        let store = directory.path("s.sqlite")
        try runGrasveldje(store: store)
        let format = try NoaberProcess.run(["export", "g", "--store", store, "--format", "docx"], in: directory.url)
        #expect(format.status != 0)
        #expect(format.standardError.contains("onbekend formaat in --format \"docx\""))
        let session = try NoaberProcess.run(["export", "onbekend", "--store", store], in: directory.url)
        #expect(session.status == 1)
        #expect(session.standardError.hasPrefix("fout: "))
        #expect(!FileManager.default.fileExists(atPath: directory.path("Exports/onbekend")))
    }
}
