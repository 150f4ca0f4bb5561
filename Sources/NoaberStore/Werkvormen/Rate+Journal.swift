import NoaberCore

/// Scores per item in the journal. Version 2: tag 6, then the scores (`JournalWriter.scores`). Version 1:
/// `{"rate":{"_0":[{"item":…,"value":…}]}}`.
enum RateJournal {
    static let tag: UInt8 = 6
    static let legacyName = "rate"

    static func write(_ scores: [ItemScore], to writer: inout JournalWriter) {
        writer.byte(tag)
        writer.scores(scores)
    }

    static func read(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        .rate(try reader.scores())
    }

    static func readLegacy(_ fields: LegacyFields) throws -> Input {
        .rate(try fields.scores())
    }
}
