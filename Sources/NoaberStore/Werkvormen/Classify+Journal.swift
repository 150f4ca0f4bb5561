import NoaberCore

/// Placements in the journal. Version 2: tag 9, a count, then item and category per placement. Version 1:
/// `{"classify":{"_0":[{"category":…,"item":…}]}}`.
enum ClassifyJournal {
    static let tag: UInt8 = 9
    static let legacyName = "classify"

    static func write(_ placements: [Placement], to writer: inout JournalWriter) {
        writer.byte(tag)
        writer.count(placements.count)
        for placement in placements {
            writer.string(placement.item)
            writer.string(placement.category)
        }
    }

    static func read(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        let count = try reader.count()
        var placements: [Placement] = []
        placements.reserveCapacity(count)
        for _ in 0..<count { placements.append(Placement(item: try reader.string(), category: try reader.string())) }
        return .classify(placements)
    }

    static func readLegacy(_ fields: LegacyFields) throws -> Input {
        .classify(try fields.decode([LegacyPlacement].self, forKey: "_0").map(\.placement))
    }

    private struct LegacyPlacement: Decodable {
        var placement: Placement

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: LegacyKey.self)
            placement = Placement(
                item: try fields.decode(String.self, forKey: "item"),
                category: try fields.decode(String.self, forKey: "category"))
        }
    }
}
