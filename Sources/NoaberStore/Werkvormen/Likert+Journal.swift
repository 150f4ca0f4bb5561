import NoaberCore

/// Likert answers in the journal. Version 2: tag 4, a count, then statement and value per answer. Version 1:
/// `{"likert":{"_0":[{"statement":…,"value":…}]}}`.
enum LikertJournal {
    static let tag: UInt8 = 4
    static let legacyName = "likert"

    static func write(_ answers: [LikertAnswer], to writer: inout JournalWriter) {
        writer.byte(tag)
        writer.list(answers) { writer, answer in
            writer.string(answer.statement)
            writer.int(answer.value)
        }
    }

    static func read(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        .likert(
            try reader.list { reader throws(JournalReader.Malformed) in
                LikertAnswer(statement: try reader.string(), value: try reader.int())
            })
    }

    static func readLegacy(_ fields: LegacyFields) throws -> Input {
        .likert(
            try fields.objects("_0") {
                LikertAnswer(statement: try $0.string("statement"), value: try $0.int("value"))
            })
    }
}
