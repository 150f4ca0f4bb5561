import Foundation
import NoaberCore
import NoaberSession
import NoaberStore
import NoaberTestSupport
import Testing

@testable import NoaberRoom

/// The key file keeps everyone signed in across `serve --session`: one line for the room's own keys, one line per
/// participant appended (and synced) before their join is answered.
@Suite struct RoomKeysTests {
    @Test func aRestartedRoomKnowsEveryoneWhoJoined() async throws {
        let harness = try await RoomHarness()
        var tokens: [String: RoomKeys.ParticipantKey] = [:]
        for name in ["Anna de Vries", "Bram Bakker", "Chris Jansen"] {
            let (token, key) = try await harness.room.join(name: name, pseudonym: nil)
            tokens[token] = key
        }
        let path = harness.directory.path("sleutels.json")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        let reopened = try Room(runner: harness.runner, keysPath: path)
        let before = await harness.room.keys
        let after = await reopened.keys
        #expect(after == before)
        #expect(after.participants == tokens)
        // Reopening writes the keys afresh as one line, so the file does not grow with every restart.
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 1)
    }

    @Test func aLineCutOffByACrashIsLeftOut() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-keys")
        let path = directory.path("sleutels.json")
        var keys = RoomKeys.fresh()
        try keys.save(to: path)
        let entry = #"{"csrf":"c","participant":"p1","token":"t1"}"# + "\n"
        let torn = #"{"csrf":"d","participant":"p2","tok"#
        try (String(contentsOfFile: path, encoding: .utf8) + entry + torn).write(
            toFile: path, atomically: true, encoding: .utf8)
        let loaded = try RoomKeys.load(from: path)
        keys.participants["t1"] = RoomKeys.ParticipantKey(participant: "p1", csrf: "c")
        #expect(loaded == keys)
    }

    @Test func aKeyFileFromBeforeKeyLinesStillOpens() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-keys")
        let path = directory.path("sleutels.json")
        let old =
            #"{"facilitatorCSRF":"f","facilitatorSecret":"s","joinCode":"123456","#
            + #""participants":{"t1":{"csrf":"c","participant":"p1"}}}"#
        try old.write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = try RoomKeys.load(from: path)
        #expect(loaded.joinCode == "123456")
        #expect(loaded.participants["t1"] == RoomKeys.ParticipantKey(participant: "p1", csrf: "c"))
    }

    @Test func aLineThatIsNotAKeyIsRefusedByNumber() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-keys")
        let path = directory.path("sleutels.json")
        try RoomKeys.fresh().save(to: path)
        try (String(contentsOfFile: path, encoding: .utf8) + "rommel\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: RoomError.keyFileLine(path: path, line: 2)) { try RoomKeys.load(from: path) }
        #expect(
            RoomError.keyFileLine(path: path, line: 2).message(in: .nl)
                == "sleutelbestand \(path), regel 2: dit is geen sleutelregel van Noaber")
    }
}
