import Foundation
import NoaberCore
import NoaberStore
import NoaberTestSupport
import Testing
import noaber

/// Issue 10, items 4–7 at the console: clock range, strict UTF-8 in scripts, line and script limits, NFC.
@Suite struct ConsoleInputLimitTests {
    let directory: TemporaryDirectory
    let store: String

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-limits")
        store = directory.path("noaber.sqlite")
    }

    private func script(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = directory.path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aClockBefore1970OrAfter9999IsRefusedWithTheRange() throws {
        let empty = try script("leeg.txt", [])
        for clock in ["1969-06-01T19:30", "1969-12-31T23:59:59Z"] {
            let result = try NoaberProcess.run(
                ["run", "grasveldje", "--store", store, "--clock", clock, "--script", empty], in: directory.url)
            #expect(result.status == 1)
            #expect(
                result.standardError
                    == "fout: '\(clock)' ligt buiten de jaren 1970 tot en met 9999, de tijden die Noaber kan bewaren\n")
        }
    }

    @Test func waitPastTheYear9999IsRefusedAndEndStillExports() throws {
        let path = try script("wacht.txt", Array("wait 1000000\nwait 1000000\n".utf8))
        let result = try NoaberProcess.run(
            ["run", "grasveldje", "--store", store, "--clock", "9999-12-01T19:30", "--script", path, "--no-export"],
            in: directory.url)
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "\(path):1: fout: tijdstip in het jaar 10001 kan niet: Noaber bewaart alleen tijden van 1970 tot en met 9999\n"
        )
    }

    @Test func invalidUTF8InAScriptIsAnErrorWithFileAndLine() throws {
        let path = try script("kapot.txt", Array("join \"Anna\"\njoin \"B".utf8) + [0xFF] + Array("ram\"\n".utf8))
        let result = try NoaberProcess.run(
            ["run", "grasveldje", "--store", store, "--clock", "2026-11-25T19:30", "--script", path], in: directory.url)
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "\(path):2: fout: ongeldige UTF-8 bij teken 8; bewaar het bestand als UTF-8 (Unicode)\n")
        #expect(!FileManager.default.fileExists(atPath: store), "the script is refused before a session starts")
    }

    @Test func anOverlongScriptLineIsRefusedBeforeTheSessionStarts() throws {
        let long = "note \"" + String(repeating: "x", count: 65_536) + "\"\n"
        let path = try script("lang.txt", Array(("join \"Anna\"\n" + long).utf8))
        let result = try NoaberProcess.run(
            ["run", "grasveldje", "--store", store, "--clock", "2026-11-25T19:30", "--script", path], in: directory.url)
        #expect(result.status == 1)
        #expect(result.standardError == "\(path):2: fout: regel is te lang: 65543 bytes, hoogstens 65536\n")
    }

    @Test func anOverlongLineOnStandardInputIsRefusedAndTheNextLineRuns() throws {
        let input = String(repeating: "y", count: 200_000) + "\njoin \"Anna\"\n"
        let result = try NoaberProcess.run(
            ["run", "grasveldje", "--store", store, "--clock", "2026-11-25T19:30", "--no-export"], input: input,
            in: directory.url)
        #expect(result.standardError.contains("fout: regel is te lang: 200000 bytes, hoogstens 65536"))
        #expect(result.standardOutput.contains("ok p1 Anna"))
    }

    @Test func decomposedAndComposedNamesAreOneName() throws {
        let path = try script("zoe.txt", Array("join \"Zoe\u{308}\"\njoin \"Zoë\"\n".utf8))
        let result = try NoaberProcess.run(
            [
                "run", "grasveldje", "--store", store, "--clock", "2026-11-25T19:30", "--script", path, "--keep-going",
                "--no-export", "--session-id", "zoe",
            ], in: directory.url)
        #expect(result.standardOutput.contains("ok p1 Zoë"))
        #expect(result.standardError.contains("fout: er is al een deelnemer ‘Zoë’ (p1)"))
        // Stored composed (NFC): three scalars, not "Zoe" and a combining diaeresis.
        let events = try SessionStore(path: store, readOnly: true).events(of: "zoe")
        let state = try SessionState.replay(events)
        #expect(state.participants.first?.participant.name.unicodeScalars.count == 3)
    }

    @Test func aRightToLeftOverrideInANameIsRefusedAndNotEchoedRaw() throws {
        let path = try script("rlo.txt", Array("join \"\u{202E}annA\"\n".utf8))
        let result = try NoaberProcess.run(
            ["run", "grasveldje", "--store", store, "--clock", "2026-11-25T19:30", "--script", path, "--no-export"],
            in: directory.url)
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "\(path):1: fout: naam bevat een richtingsteken (U+202E) op positie 1; dat teken is niet toegestaan\n"
        )
        #expect(!result.standardError.unicodeScalars.contains("\u{202E}"))
    }
}
