import NoaberCore

/// Placements in the journal. Version 2: tag 9, a count, then item and category per placement. Version 1:
/// `{"classify":{"_0":[{"category":…,"item":…}]}}`.
enum ClassifyJournal {
    static let tag: UInt8 = 9
    static let legacyName = "classify"

    static func write(_ placements: [Placement], to writer: inout JournalWriter) {
        writer.byte(tag)
        writer.list(placements) { writer, placement in
            writer.string(placement.item)
            writer.string(placement.category)
        }
    }

    static func read(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        .classify(
            try reader.list { reader throws(JournalReader.Malformed) in
                Placement(item: try reader.string(), category: try reader.string())
            })
    }

    static func readLegacy(_ fields: LegacyFields) throws -> Input {
        .classify(
            try fields.objects("_0") { Placement(item: try $0.string("item"), category: try $0.string("category")) })
    }
}
