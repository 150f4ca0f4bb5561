import NoaberCore

/// A role's contribution in the journal. Version 2: tag 3, role, round, text. Version 1:
/// `{"roleplay":{"role":…,"round":…,"text":…}}`.
enum RoleplayJournal {
    static let tag: UInt8 = 3
    static let legacyName = "roleplay"

    static func write(_ role: Item.ID, _ round: Int, _ text: String, to writer: inout JournalWriter) {
        writer.byte(tag)
        writer.string(role)
        writer.int(round)
        writer.string(text)
    }

    static func read(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        .roleplay(role: try reader.string(), round: try reader.int(), text: try reader.string())
    }

    static func readLegacy(_ fields: LegacyFields) throws -> Input {
        .roleplay(
            role: try fields.decode(String.self, forKey: "role"), round: try fields.decode(Int.self, forKey: "round"),
            text: try fields.decode(String.self, forKey: "text"))
    }
}
