import NoaberCore

/// Likert answers in the journal. Version 2: tag 4, a count, then statement and value per answer. Version 1:
/// `{"likert":{"_0":[{"statement":…,"value":…}]}}`.
enum LikertJournal {
    static let tag: UInt8 = 4
    static let legacyName = "likert"

    static func write(_ answers: [LikertAnswer], to writer: inout JournalWriter) {
        writer.byte(tag)
        writer.count(answers.count)
        for answer in answers {
            writer.string(answer.statement)
            writer.int(answer.value)
        }
    }

    static func read(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        let count = try reader.count()
        var answers: [LikertAnswer] = []
        answers.reserveCapacity(count)
        for _ in 0..<count { answers.append(LikertAnswer(statement: try reader.string(), value: try reader.int())) }
        return .likert(answers)
    }

    static func readLegacy(_ fields: LegacyFields) throws -> Input {
        .likert(try fields.decode([LegacyAnswer].self, forKey: "_0").map(\.answer))
    }

    private struct LegacyAnswer: Decodable {
        var answer: LikertAnswer

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: LegacyKey.self)
            answer = LikertAnswer(
                statement: try fields.decode(String.self, forKey: "statement"),
                value: try fields.decode(Int.self, forKey: "value"))
        }
    }
}
