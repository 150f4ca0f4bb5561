import Foundation
import NoaberCore

/// Reading journal encoding version 1: the JSON that the first release stored, Swift's synthesized `Codable` of
/// `EventPayload` at the time (`{"case":{"_0":…,"label":…}}`, absent optionals left out). Every key is spelled out
/// here, so renaming a Swift case or property can no longer make an old store unreadable.
extension JournalCodec {
    /// Decodes a version-1 payload; `nil` when it is not one or is damaged.
    static func decodeLegacy(_ json: [UInt8]) -> EventPayload? {
        try? JSONDecoder().decode(LegacyEvent.self, from: Data(json)).payload
    }
}

struct LegacyKey: CodingKey, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
    init(stringLiteral value: String) { stringValue = value }
}

typealias LegacyFields = KeyedDecodingContainer<LegacyKey>

private struct LegacyEvent: Decodable {
    var payload: EventPayload

    init(from decoder: any Decoder) throws {
        let outer = try decoder.container(keyedBy: LegacyKey.self)
        guard outer.allKeys.count == 1, let name = outer.allKeys.first else { throw JournalReader.Malformed() }
        let fields = try outer.nestedContainer(keyedBy: LegacyKey.self, forKey: name)
        func string(_ key: LegacyKey) throws -> String { try fields.string(key) }
        func optional(_ key: LegacyKey) throws -> String? { try fields.optionalString(key) }
        switch name.stringValue {
        case "sessionStarted": payload = .sessionStarted(try fields.decode(SessionSettings.self, forKey: "_0"))
        case "participantJoined":
            payload = .participantJoined(
                try fields.object("_0") { participant in
                    Participant(
                        id: try participant.string("id"), name: try participant.string("name"),
                        group: try participant.optionalString("group"),
                        pseudonym: try participant.optionalString("pseudonym"))
                })
        case "participantRenamed": payload = .participantRenamed(try string("_0"), name: try string("name"))
        case "participantLeft": payload = .participantLeft(try string("_0"))
        case "stepOpened": payload = .stepOpened(try string("_0"))
        case "stepClosed": payload = .stepClosed(try string("_0"))
        case "stepReopened": payload = .stepReopened(try string("_0"))
        case "inputSubmitted":
            payload = .inputSubmitted(
                try fields.object("_0") { submitted in
                    SubmittedInput(
                        id: try submitted.string("id"), participant: try submitted.string("participant"),
                        step: try submitted.string("step"), input: try Self.legacyInput(submitted, "input"))
                })
        case "inputRevised": payload = .inputRevised(try string("_0"), try Self.legacyInput(fields, "_1"))
        case "inputWithdrawn": payload = .inputWithdrawn(try string("_0"))
        case "itemsMerged":
            payload = .itemsMerged(
                step: try string("step"), items: try fields.decode([String].self, forKey: "items"),
                into: try string("into"), text: try optional("text"))
        case "itemRenamed":
            payload = .itemRenamed(step: try string("step"), item: try string("item"), text: try string("text"))
        case "noteAdded": payload = .noteAdded(step: try optional("step"), text: try string("text"))
        case "timerPaused": payload = .timerPaused
        case "timerResumed": payload = .timerResumed
        case "sessionEnded": payload = .sessionEnded
        default: throw JournalReader.Malformed()
        }
    }

    private static func legacyInput(_ container: LegacyFields, _ key: LegacyKey) throws -> Input {
        let outer = try container.nestedContainer(keyedBy: LegacyKey.self, forKey: key)
        guard outer.allKeys.count == 1, let name = outer.allKeys.first else { throw JournalReader.Malformed() }
        return try Input.readLegacyJournal(
            name.stringValue, try outer.nestedContainer(keyedBy: LegacyKey.self, forKey: name))
    }
}

extension LegacyFields {
    func string(_ key: LegacyKey) throws -> String { try decode(String.self, forKey: key) }

    func optionalString(_ key: LegacyKey) throws -> String? { try decodeIfPresent(String.self, forKey: key) }

    func int(_ key: LegacyKey) throws -> Int { try decode(Int.self, forKey: key) }

    /// The object under `key`, made from its fields by `make`.
    func object<Value>(_ key: LegacyKey, _ make: (LegacyFields) throws -> Value) throws -> Value {
        try make(nestedContainer(keyedBy: LegacyKey.self, forKey: key))
    }

    /// The list of objects under `key`, each made from its fields by `make`.
    func objects<Value>(_ key: LegacyKey, _ make: (LegacyFields) throws -> Value) throws -> [Value] {
        var list = try nestedUnkeyedContainer(forKey: key)
        var values: [Value] = []
        while !list.isAtEnd { values.append(try make(list.nestedContainer(keyedBy: LegacyKey.self))) }
        return values
    }

    /// `[{"item":…,"value":…}]` under `_0` (ratings and dots).
    func scores() throws -> [ItemScore] {
        try objects("_0") { ItemScore(item: try $0.string("item"), value: try $0.int("value")) }
    }
}

extension JournalWriter {
    /// A list: its count, then each value as `write` writes it.
    mutating func list<Value>(_ values: [Value], _ write: (inout JournalWriter, Value) -> Void) {
        count(values.count)
        for value in values { write(&self, value) }
    }

    /// Scores per item (ratings and dots): a count, then item and value per score.
    mutating func scores(_ scores: [ItemScore]) {
        list(scores) { writer, score in
            writer.string(score.item)
            writer.int(score.value)
        }
    }
}

extension JournalReader {
    /// A list written by `JournalWriter.list`, each value read by `read`.
    mutating func list<Value>(
        _ read: (inout JournalReader) throws(Malformed) -> Value
    ) throws(Malformed) -> [Value] {
        let total = try count()
        var values: [Value] = []
        values.reserveCapacity(total)
        for _ in 0..<total { values.append(try read(&self)) }
        return values
    }

    mutating func scores() throws(Malformed) -> [ItemScore] {
        try list { reader throws(Malformed) in ItemScore(item: try reader.string(), value: try reader.int()) }
    }
}
