import NoaberCore

/// An action in the journal. Version 2: tag 10, what, owner (trekker), when; an action with "met wie" is tag 11,
/// the same three fields and then `with`, so that every action written before keeps its bytes. Version 1:
/// `{"action":{"_0":{"owner":…,"what":…,"when":…}}}`.
enum ActionsJournal {
    static let tag: UInt8 = 10
    static let withTag: UInt8 = 11
    static let legacyName = "action"

    static func write(_ action: Action, to writer: inout JournalWriter) {
        writer.byte(action.with.isEmpty ? tag : withTag)
        writer.string(action.what)
        writer.string(action.owner)
        writer.string(action.when)
        if !action.with.isEmpty { writer.string(action.with) }
    }

    static func read(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        .action(Action(what: try reader.string(), owner: try reader.string(), when: try reader.string()))
    }

    static func readWith(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        .action(
            Action(
                what: try reader.string(), owner: try reader.string(), when: try reader.string(),
                with: try reader.string()))
    }

    static func readLegacy(_ fields: LegacyFields) throws -> Input {
        .action(
            try fields.object("_0") {
                Action(what: try $0.string("what"), owner: try $0.string("owner"), when: try $0.string("when"))
            })
    }
}
