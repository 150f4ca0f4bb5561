import Foundation
import GRDB
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberStore

/// The journal encoding is a file format: `Fixtures/journal-v3.golden` holds every event and input kind as
/// encoded bytes (hex, one event per line). A change to a Swift name must not change a byte; a deliberate format
/// change is a new encoding version, never an edit of this file. `journal-v2.golden`, the previous version's
/// file, must still decode.
@Suite struct JournalEncodingTests {
    static func goldenText() -> String {
        JournalSamples.payloads.map { payload in
            JournalSamples.name(payload) + " " + JournalCodec.encode(payload).map { hex($0) }.joined() + "\n"
        }.joined()
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    @Test func everyEventAndInputKindEncodesToTheGoldenBytes() throws {
        if ProcessInfo.processInfo.environment["NOABER_RECORD_GOLDEN"] == "1" {
            // Only for a new encoding version's file; the bundle copy is refreshed by the next build.
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/journal-v3.golden")
            try Self.goldenText().write(to: source, atomically: true, encoding: .utf8)
        }
        let golden = try #require(Bundle.module.url(forResource: "Fixtures/journal-v3.golden", withExtension: nil))
        #expect(try String(contentsOf: golden, encoding: .utf8) == Self.goldenText())
    }

    /// Stores written with encoding 2 keep their events: every line of its golden file decodes to the sample it
    /// was made from, whose brainstormed item then keeps its old id (`b<sequence>`, no item in the event).
    @Test func version2GoldenBytesStillDecode() throws {
        let golden = try #require(Bundle.module.url(forResource: "Fixtures/journal-v2.golden", withExtension: nil))
        let lines = try String(contentsOf: golden, encoding: .utf8).split(separator: "\n")
        let expected = JournalSamples.version2Payloads
        #expect(lines.count == expected.count)
        for (line, payload) in zip(lines, expected) {
            let hex = Array(line.split(separator: " ").last ?? "")
            let bytes = stride(from: 0, to: hex.count - 1, by: 2).compactMap {
                UInt8(String(hex[$0...$0 + 1]), radix: 16)
            }
            #expect(bytes.first == 2)
            #expect(JournalCodec.decode(bytes) == payload)
        }
    }

    @Test func everyEventAndInputKindDecodesBackToAnEqualValue() {
        for payload in JournalSamples.payloads {
            #expect(JournalCodec.decode(JournalCodec.encode(payload)) == payload)
        }
    }

    @Test func theSamplesCoverEveryEventAndInputKind() {
        let names = Set(JournalSamples.payloads.map(JournalSamples.name))
        // 16 event kinds besides the three input events; outcomes once per kind (conclusion, agreement); results
        // shown and hidden share one name.
        #expect(names.filter { !$0.hasPrefix("input") }.count == 17)
        #expect(Set(JournalSamples.inputs.map(JournalSamples.name)).count == 10)
        #expect(names.contains("inputRevised brainstorm"))
    }

    @Test func everyPayloadStartsWithItsEncodingVersion() {
        for payload in JournalSamples.payloads { #expect(JournalCodec.encode(payload).first == 3) }
        #expect(JournalCodec.currentVersion == 3)
    }

    @Test(arguments: [
        [UInt8](), [2], [1, 16], [2, 99], [2, 16, 0], [2, 4, 5, 0x61], [2, 4, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],
        [2, 8, 1, 0x61, 1, 0x62, 1, 0x63, 42], [2, 4, 2, 0xC3, 0x28],
    ])
    func damagedOrForeignBytesDoNotDecode(bytes: [UInt8]) {
        #expect(JournalCodec.decode(bytes) == nil)
    }

    /// Version 1, as the first release wrote it: the keys are pinned in `JournalCodec+Legacy.swift`.
    @Test func version1JSONDecodesWithItsPinnedKeys() throws {
        let cases: [(String, EventPayload)] = [
            (#"{"participantRenamed":{"_0":"p2","name":"Bram"}}"#, .participantRenamed("p2", name: "Bram")),
            (#"{"noteAdded":{"text":"x"}}"#, .noteAdded(step: nil, text: "x")),
            (
                #"{"itemsMerged":{"into":"b1","items":["b1","b2"],"step":"s"}}"#,
                .itemsMerged(step: "s", items: ["b1", "b2"], into: "b1", text: nil)
            ),
            (#"{"inputRevised":{"_0":"i4","_1":{"vote":{"_0":["x"]}}}}"#, .inputRevised("i4", .vote(["x"]))),
            (#"{"timerPaused":{}}"#, .timerPaused),
        ]
        for (json, payload) in cases {
            #expect(JournalCodec.decodeLegacy(Array(json.utf8)) == payload)
        }
        #expect(JournalCodec.decodeLegacy(Array(#"{"onbekend":{}}"#.utf8)) == nil)
        #expect(JournalCodec.decodeLegacy(Array(#"{"timerPaused":{},"timerResumed":{}}"#.utf8)) == nil)
    }

    @Test func newEventsAreStoredAsVersion3Blobs() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-encoding")
        let store = try SessionStore(path: directory.path("noaber.sqlite"))
        try store.append(StoreTestScenario.events(), to: "test-1")
        let types = try store.database.read { db in
            try String.fetchAll(
                db, sql: "SELECT DISTINCT typeof(payload) || ':' || hex(substr(payload, 1, 1)) FROM events")
        }
        #expect(types == ["blob:03"])
    }
}
