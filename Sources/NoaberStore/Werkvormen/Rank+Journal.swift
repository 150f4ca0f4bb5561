import NoaberCore

/// A ranking in the journal. Version 2: tag 5, the item ids best first. Version 1: `{"rank":{"_0":[…]}}`.
enum RankJournal {
    static let tag: UInt8 = 5
    static let legacyName = "rank"

    static func write(_ items: [Item.ID], to writer: inout JournalWriter) {
        writer.byte(tag)
        writer.strings(items)
    }

    static func read(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        .rank(try reader.strings())
    }

    static func readLegacy(_ fields: LegacyFields) throws -> Input {
        .rank(try fields.decode([String].self, forKey: "_0"))
    }
}
