import Foundation
import Testing

@testable import NoaberRoom

/// The compiled-in templates must equal `Sources/NoaberRoom/Templates/`: rerun `scripts/embed-templates.sh` after
/// changing a file there. And no template may switch Mustache's HTML escaping off.
@Suite struct RoomTemplatesTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/NoaberRoom/Templates")

    @Test func theEmbeddedTemplatesEqualTheFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        let names = files.map { $0.hasSuffix(".mustache") ? String($0.dropLast(".mustache".count)) : $0 }
        let embedded = RoomTemplates.embedded
        #expect(embedded.keys.sorted() == names.sorted(), "rerun scripts/embed-templates.sh")
        for (name, text) in embedded {
            let file = name.contains(".") ? name : name + ".mustache"
            let contents = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            #expect(text == contents, "\(file) differs: rerun scripts/embed-templates.sh")
        }
    }

    @Test func noTemplateTurnsEscapingOff() {
        for (name, text) in RoomTemplates.embedded where !name.contains(".") {
            #expect(!text.contains("{{{"), "\(name) uses {{{…}}}")
            #expect(!text.contains("{{&"), "\(name) uses {{&…}}")
            #expect(!text.contains("{{="), "\(name) changes the delimiters")
        }
    }

    @Test func everyTemplateParses() throws {
        let templates = try RoomTemplates()
        #expect(templates.assets.keys.sorted() == ["scherm.css", "scherm.js", "stijl.css", "verversen.js"])
        #expect(templates.render("fout", ["melding": "<script>", "terug": "/"]).contains("&lt;script&gt;"))
    }
}
