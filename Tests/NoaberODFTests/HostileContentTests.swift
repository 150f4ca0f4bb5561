import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

@Suite struct HostileContentTests {
    @Test func awkwardTextComesOutValidAndReadable() throws {
        let state = try ODFSessionFixtures.complete(hostile: true)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try SessionExporter.export(state, to: directory, options: ExportOptions(personal: true))
        let report = try ODFReopener(url: directory.appendingPathComponent("verslag.odt")).text("content.xml")
        #expect(report.contains("Buurman &lt;b&gt;&amp;&lt;/b&gt; &quot;buurvrouw&quot;"))
        #expect(report.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(report.contains("Merel vindt") == false)  // not pseudonymous: names stay
        #expect(report.contains("\u{FFFD}\u{FFFD}[31m"), "BEL and ESC replaced, the rest kept")
        #expect(report.contains("\u{200F}שלום\u{200F} 🌳👩🏽‍🌾"))
        #expect(!report.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        #expect(report.contains(String(repeating: "lang ", count: 1979) + "lang"))
        let data = try ODFReopener(url: directory.appendingPathComponent("gegevens.ods")).text("content.xml")
        #expect(data.contains(#"<text:p>=HYPERLINK(&quot;http://x&quot;)</text:p>"#))
        #expect(data.contains(#"<text:p>-1+1 @SOM(A1)<text:line-break/>regel twee<text:tab/>tab</text:p>"#))
        #expect(!data.contains("table:formula"))
        guard let check = try ODFCheck.run(result.files) else { return }
        #expect(check.passed, "\(check.output)")
    }

    @Test func namesWithSlashesAndDotsGiveSafeUniqueFileNames() throws {
        var h = SessionHarness()
        h.text = .legacy  // a NUL and an override, as a journal from before the text policy may hold
        try h.run(.start(SessionSamples.settings()))
        for name in [
            "../../etc/passwd", "a/b\\c", ".verborgen", "CON", "Anna", "Anna\u{0}", "Zoë", "Zoe\u{308}2", "..",
            "\u{202E}gpj.exe",
        ] {
            try h.join(name)
        }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try SessionExporter.export(
            h.state, to: directory, options: ExportOptions(formats: [.odt], personal: true))
        let folder = directory.appendingPathComponent("persoonlijk").standardizedFileURL.path
        let personal = result.files.filter { $0.pathExtension == "odt" && $0.lastPathComponent != "verslag.odt" }
        #expect(personal.count == 10)
        if let check = try ODFCheck.run(result.files) { #expect(check.passed, "\(check.output)") }
        for url in personal {
            #expect(url.standardizedFileURL.deletingLastPathComponent().path == folder)
            #expect(FileManager.default.fileExists(atPath: url.path))
        }
        #expect(
            personal.map(\.lastPathComponent) == [
                "etc-passwd.odt", "a-b-c.odt", "verborgen.odt", "_CON.odt", "Anna.odt", "Anna-.odt",
                "Zoë.odt", "Zoë2.odt", "deelnemer.odt", "gpj.exe.odt",
            ])
    }

    @Test(arguments: [
        ("../../etc/passwd", "etc-passwd"), ("a/b\\c", "a-b-c"), ("..", "deelnemer"), (".", "deelnemer"),
        ("nul", "_nul"), ("Zoe\u{308}", "Zoë"), ("  Jan  ", "Jan"), ("x:y*z?", "x-y-z-"),
    ])
    func safeStem(name: String, expected: String) {
        #expect(SafeFileName.stem(name) == expected)
    }

    @Test func stemsAreUniqueIgnoringCase() {
        #expect(
            SafeFileName.uniqueStems(["Anna", "anna", "Anna", "a/b", "a-b"]) == [
                "Anna", "anna-2", "Anna-3", "a-b", "a-b-2",
            ])
    }

    @Test func pdfWithoutLibreOfficeSaysHowToInstallIt() throws {
        #expect(throws: ODFError.libreOfficeMissing) {
            try PDFConverter.convert([URL(fileURLWithPath: "/tmp/x.odt")], searchPath: "/nonexistent")
        }
        #expect(
            ODFError.libreOfficeMissing.rendered()
                == "fout: voor PDF is LibreOffice nodig en dat is niet geïnstalleerd; installeer het met "
                + "`sudo apt-get install -y libreoffice-writer-nogui` (Debian/Ubuntu) of via "
                + "https://www.libreoffice.org/download/ en probeer het opnieuw; de andere formaten zijn wel geschreven"
        )
    }
}
