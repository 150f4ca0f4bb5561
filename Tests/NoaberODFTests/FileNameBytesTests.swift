import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// File names made from names are capped in bytes, cut at a grapheme boundary and unique (issue 10, item 3).
@Suite struct FileNameBytesTests {
    /// 15 bytes in UTF-8, one grapheme: woman, skin tone, zero-width joiner, rocket.
    static let astronaut = "👩🏽‍🚀"

    @Test func aNameOfManyByteGraphemesGivesAStemWithinTheByteCap() {
        let stem = SafeFileName.stem(String(repeating: Self.astronaut, count: 60))
        #expect(stem.utf8.count <= SafeFileName.maxBytes)
        #expect(stem == String(repeating: Self.astronaut, count: SafeFileName.maxBytes / 15))
    }

    @Test func aCutNeverSplitsAGrapheme() {
        // 7 bytes a grapheme: q has no precomposed form with these accents.
        let name = "a" + String(repeating: "q\u{301}\u{302}\u{303}", count: 40)
        let stem = SafeFileName.stem(name)
        #expect(stem.utf8.count <= SafeFileName.maxBytes)
        #expect(stem.unicodeScalars.last == "\u{303}")
        #expect(stem.count == 1 + (SafeFileName.maxBytes - 1) / 7)
    }

    @Test func suffixesForDuplicatesStayWithinTheCap() {
        let name = String(repeating: Self.astronaut, count: 60)
        let stems = SafeFileName.uniqueStems(Array(repeating: name, count: 12))
        #expect(Set(stems.map { $0.lowercased() }).count == 12)
        for stem in stems { #expect(stem.utf8.count <= SafeFileName.maxBytes) }
        #expect(stems[11].hasSuffix("-12"))
    }

    @Test func personalReportsOfLongManyByteNamesAreWritten() throws {
        var h = SessionHarness()
        try h.run(.start(SessionSamples.settings()))
        let long = String(repeating: Self.astronaut, count: 13)  // 195 bytes: over the old 60-character stem
        try h.join(long)
        try h.join(long + "x")
        try h.join(String(repeating: "ё", count: 200))
        try h.join(String(repeating: "🇳🇱", count: 60))  // 8 bytes a flag: 60 characters were 480 bytes
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try SessionExporter.export(
            h.state, to: directory, options: ExportOptions(formats: [.odt], personal: true))
        let personal = result.files.filter { $0.deletingLastPathComponent().lastPathComponent == "persoonlijk" }
        #expect(personal.count == 4)
        for url in personal {
            #expect(FileManager.default.fileExists(atPath: url.path))
            #expect(url.lastPathComponent.utf8.count < 255)
        }
    }
}
