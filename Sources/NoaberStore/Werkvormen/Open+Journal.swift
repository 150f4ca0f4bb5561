import NoaberCore

/// An open answer in the journal. Version 2: tag 2, the item (optional), the text. Version 1:
/// `{"open":{"item":…,"text":…}}`, `item` absent for an answer to the step's prompt.
enum OpenJournal {
    static let tag: UInt8 = 2
    static let legacyName = "open"

    static func write(item: Item.ID?, text: String, to writer: inout JournalWriter) {
        writer.byte(tag)
        writer.optionalString(item)
        writer.string(text)
    }

    static func read(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        .open(item: try reader.optionalString(), text: try reader.string())
    }

    static func readLegacy(_ fields: LegacyFields) throws -> Input {
        .open(
            item: try fields.decodeIfPresent(String.self, forKey: "item"),
            text: try fields.decode(String.self, forKey: "text"))
    }
}
