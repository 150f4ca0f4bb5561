import Foundation
import Mustache

/// The room's Mustache templates, compiled into the binary (`EmbeddedTemplates`, made by
/// scripts/embed-templates.sh from `Templates/`), so that `noaber serve` works from any directory.
///
/// Mustache escapes `{{value}}` for HTML by default; the templates never use the unescaped `{{{…}}}` or `{{&…}}`
/// (RoomTemplatesTests checks), so every text from a participant or a scenario is escaped on output.
struct RoomTemplates: Sendable {
    let library: MustacheLibrary
    /// The style sheet and the script, by file name (`stijl.css`, `verversen.js`).
    let assets: [String: String]

    init() throws(RoomError) {
        var library = MustacheLibrary()
        var assets: [String: String] = [:]
        for (name, text) in Self.embedded.sorted(by: { $0.key < $1.key }) {
            if name.contains(".") {
                assets[name] = text
                continue
            }
            do {
                try library.register(text, named: name)
            } catch {
                throw .template(name, "\(error)")
            }
        }
        self.library = library
        self.assets = assets
    }

    /// The compiled-in files by name (the JSON that scripts/embed-templates.sh wrote).
    static var embedded: [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(EmbeddedTemplates.json.utf8))) ?? [:]
    }

    /// The page `name` with `context` (a dictionary or a value Mustache reads by reflection).
    func render(_ name: String, _ context: Any) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
