import NoaberCore

/// An action in the journal. Version 2: tag 10, what, owner (trekker), when. Version 1:
/// `{"action":{"_0":{"owner":…,"what":…,"when":…}}}`.
enum ActionsJournal {
    static let tag: UInt8 = 10
    static let legacyName = "action"

    static func write(_ action: Action, to writer: inout JournalWriter) {
        writer.byte(tag)
        writer.string(action.what)
        writer.string(action.owner)
        writer.string(action.when)
    }

    static func read(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        .action(Action(what: try reader.string(), owner: try reader.string(), when: try reader.string()))
    }

    static func readLegacy(_ fields: LegacyFields) throws -> Input {
        .action(try fields.decode(LegacyAction.self, forKey: "_0").action)
    }

    private struct LegacyAction: Decodable {
        var action: Action

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: LegacyKey.self)
            action = Action(
                what: try fields.decode(String.self, forKey: "what"),
                owner: try fields.decode(String.self, forKey: "owner"),
                when: try fields.decode(String.self, forKey: "when"))
        }
    }
}
