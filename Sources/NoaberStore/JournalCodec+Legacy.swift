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
        func string(_ key: LegacyKey) throws -> String { try fields.decode(String.self, forKey: key) }
        func optional(_ key: LegacyKey) throws -> String? { try fields.decodeIfPresent(String.self, forKey: key) }
        switch name.stringValue {
        case "sessionStarted": payload = .sessionStarted(try fields.decode(SessionSettings.self, forKey: "_0"))
        case "participantJoined":
            let participant = try fields.nestedContainer(keyedBy: LegacyKey.self, forKey: "_0")
            payload = .participantJoined(
                Participant(
                    id: try participant.decode(String.self, forKey: "id"),
                    name: try participant.decode(String.self, forKey: "name"),
                    group: try participant.decodeIfPresent(String.self, forKey: "group"),
                    pseudonym: try participant.decodeIfPresent(String.self, forKey: "pseudonym")))
        case "participantRenamed": payload = .participantRenamed(try string("_0"), name: try string("name"))
        case "participantLeft": payload = .participantLeft(try string("_0"))
        case "stepOpened": payload = .stepOpened(try string("_0"))
        case "stepClosed": payload = .stepClosed(try string("_0"))
        case "stepReopened": payload = .stepReopened(try string("_0"))
        case "inputSubmitted":
            let submitted = try fields.nestedContainer(keyedBy: LegacyKey.self, forKey: "_0")
            payload = .inputSubmitted(
                SubmittedInput(
                    id: try submitted.decode(String.self, forKey: "id"),
                    participant: try submitted.decode(String.self, forKey: "participant"),
                    step: try submitted.decode(String.self, forKey: "step"),
                    input: try Self.legacyInput(submitted, "input")))
        case "inputRevised": payload = .inputRevised(try string("_0"), try Self.legacyInput(fields, "_1"))
        case "inputWithdrawn": payload = .inputWithdrawn(try string("_0"))
        case "itemsMerged":
            payload = .itemsMerged(
                step: try string("step"), items: try fields.decode([String].self, forKey: "items"),
                into: try string("into"), text: try optional("text"))
        case "itemRenamed": payload = .itemRenamed(step: try string("step"), item: try string("item"), text: try string("text"))
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

/// `{"item":…,"value":…}` of version 1 (ratings and dots).
struct LegacyScore: Decodable {
    var score: ItemScore

    init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: LegacyKey.self)
        score = ItemScore(item: try fields.decode(String.self, forKey: "item"), value: try fields.decode(Int.self, forKey: "value"))
    }
}

extension JournalWriter {
    /// Scores per item (ratings and dots): a count, then item and value per score.
    mutating func scores(_ scores: [ItemScore]) {
        count(scores.count)
        for score in scores {
            string(score.item)
            int(score.value)
        }
    }
}

extension JournalReader {
    mutating func scores() throws(Malformed) -> [ItemScore] {
        let total = try count()
        var scores: [ItemScore] = []
        scores.reserveCapacity(total)
        for _ in 0..<total { scores.append(ItemScore(item: try string(), value: try int())) }
        return scores
    }
}
