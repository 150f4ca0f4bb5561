import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

@Suite struct SessionExportTests {
    @Test func everyExportedFilePassesOdfCheck() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try SessionExporter.export(
            try ODFSessionFixtures.complete(), to: directory, options: ExportOptions(personal: true))
        #expect(result.warnings.isEmpty)
        #expect(
            result.files.map { $0.path.replacingOccurrences(of: directory.path + "/", with: "") } == [
                "verslag.odt", "verslag.fodt", "gegevens.ods", "persoonlijk/Anna.odt", "persoonlijk/Bram.odt",
                "persoonlijk/Carla.odt",
            ])
        guard let check = try ODFCheck.run(result.files) else { return }
        #expect(check.passed, "\(check.output)")
    }

    @Test func exportingTwiceGivesIdenticalBytes() throws {
        let state = try ODFSessionFixtures.complete()
        let first = try temporaryDirectory("first")
        let second = try temporaryDirectory("second")
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let a = try SessionExporter.export(state, to: first, options: ExportOptions(personal: true))
        let b = try SessionExporter.export(state, to: second, options: ExportOptions(personal: true))
        #expect(a.files.map(\.lastPathComponent) == b.files.map(\.lastPathComponent))
        if let check = try ODFCheck.run(b.files) { #expect(check.passed, "\(check.output)") }
        for (x, y) in zip(a.files, b.files) {
            #expect(try Data(contentsOf: x) == Data(contentsOf: y), "\(x.lastPathComponent)")
        }
    }
}

@Test func aSessionThatNeverStartedIsRefusedInDutch() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(throws: ExportError.sessionNotStarted) {
        try SessionExporter.export(SessionState(), to: directory)
    }
    #expect(
        ExportError.sessionNotStarted.rendered() == "fout: de sessie is nog niet gestart; er is niets om te exporteren")
    #expect(
        ExportError.sessionNotStarted.rendered(in: .en)
            == "error: the session has not started; there is nothing to export")
}

@Test func aFolderUnderAFileIsRefusedWithADutchReason() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let blocker = directory.appendingPathComponent("bestand")
    try Data("x".utf8).write(to: blocker)
    let target = blocker.appendingPathComponent("verslag")
    let error = #expect(throws: ODFError.self) {
        try SessionExporter.export(try ODFSessionFixtures.complete(), to: target, options: ExportOptions())
    }
    #expect(error == .cannotWrite(path: target.path, reason: .notADirectory))
    #expect(
        error?.rendered()
            == "fout: kan \(target.path) niet schrijven: een deel van het pad is een bestand en geen map")
    #expect(
        error?.rendered(in: .en) == "error: cannot write \(target.path): part of the path is a file, not a folder")
}
