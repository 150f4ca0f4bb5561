import NoaberCore

/// Votes and dots in the journal. Version 2: tag 7 and the chosen item ids, or tag 8 and the dots per item
/// (`JournalWriter.scores`). Version 1: `{"vote":{"_0":[…]}}`, `{"dots":{"_0":[{"item":…,"value":…}]}}`.
enum VoteJournal {
    static let tag: UInt8 = 7
    static let dotsTag: UInt8 = 8
    static let legacyName = "vote"
    static let legacyDotsName = "dots"

    static func write(_ items: [Item.ID], to writer: inout JournalWriter) {
        writer.byte(tag)
        writer.strings(items)
    }

    static func writeDots(_ scores: [ItemScore], to writer: inout JournalWriter) {
        writer.byte(dotsTag)
        writer.scores(scores)
    }

    static func read(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        .vote(try reader.strings())
    }

    static func readDots(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        .dots(try reader.scores())
    }

    static func readLegacy(_ fields: LegacyFields) throws -> Input {
        .vote(try fields.decode([String].self, forKey: "_0"))
    }

    static func readLegacyDots(_ fields: LegacyFields) throws -> Input {
        .dots(try fields.scores())
    }
}
