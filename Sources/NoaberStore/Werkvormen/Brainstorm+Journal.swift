import NoaberCore

/// A brainstormed item in the journal. Version 2: tag 1, the text. Version 1: `{"brainstorm":{"text":…}}`.
enum BrainstormJournal {
    static let tag: UInt8 = 1
    static let legacyName = "brainstorm"

    static func write(_ text: String, to writer: inout JournalWriter) {
        writer.byte(tag)
        writer.string(text)
    }

    static func read(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        .brainstorm(text: try reader.string())
    }

    static func readLegacy(_ fields: LegacyFields) throws -> Input {
        .brainstorm(text: try fields.decode(String.self, forKey: "text"))
    }
}
