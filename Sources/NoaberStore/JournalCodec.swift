import Foundation
import NoaberCore

/// The journal's event encoding, with an explicit version in the first byte of every stored payload.
///
/// - Version 1 (the first release) is the JSON of Swift's synthesized `Codable`, stored as text; it is still read
///   (`JournalCodec+Legacy.swift`), with every key spelled out there, and never written.
/// - Version 2 is binary (`JournalBytes.swift`), stored as a blob: the version byte, the event tag below, then
///   the fields in the order written here. About a tenth of the JSON's decoding time.
/// - Version 3 is version 2 with one field more: `inputSubmitted` ends with the id of the item the input brings
///   into its step (an optional string; `b1`, `b2`… per step). A version-2 input's item stays `b<sequence>`.
///
/// The tags and field orders are a file format: never renumber or reorder them; add new tags at the end. A golden
/// fixture per version (`Tests/NoaberStoreTests/Fixtures/journal-v3.golden`, and `journal-v2.golden` that must
/// still decode) holds every event and input kind.
enum JournalCodec {
    /// The version new events are written in.
    static let currentVersion: UInt8 = 3

    enum Tag: UInt8 {
        case sessionStarted = 1
        case participantJoined = 2
        case participantRenamed = 3
        case participantLeft = 4
        case stepOpened = 5
        case stepClosed = 6
        case stepReopened = 7
        case inputSubmitted = 8
        case inputRevised = 9
        case inputWithdrawn = 10
        case itemsMerged = 11
        case itemRenamed = 12
        case noteAdded = 13
        case timerPaused = 14
        case timerResumed = 15
        case sessionEnded = 16
        case outcomeRecorded = 17
        case reportFinalised = 18
        case resultsShown = 19
    }

    static func encode(_ payload: EventPayload) -> [UInt8] {
        var writer = JournalWriter()
        writer.byte(currentVersion)
        // An event whose fields are all strings: its tag, then the fields in order.
        func strings(_ tag: Tag, _ fields: String...) {
            writer.byte(tag.rawValue)
            for field in fields { writer.string(field) }
        }
        switch payload {
        case .sessionStarted(let settings):
            writer.byte(Tag.sessionStarted.rawValue)
            // The settings hold the whole scenario (written once per session): its JSON, as in version 1.
            writer.string(settingsJSON(settings))
        case .participantJoined(let participant):
            writer.byte(Tag.participantJoined.rawValue)
            writer.string(participant.id)
            writer.string(participant.name)
            writer.optionalString(participant.group)
            writer.optionalString(participant.pseudonym)
        case .participantRenamed(let id, let name): strings(.participantRenamed, id, name)
        case .participantLeft(let id): strings(.participantLeft, id)
        case .stepOpened(let step): strings(.stepOpened, step)
        case .stepClosed(let step): strings(.stepClosed, step)
        case .stepReopened(let step): strings(.stepReopened, step)
        case .inputSubmitted(let submitted):
            writer.byte(Tag.inputSubmitted.rawValue)
            writer.string(submitted.id)
            writer.string(submitted.participant)
            writer.string(submitted.step)
            submitted.input.writeJournal(to: &writer)
            writer.optionalString(submitted.item)
        case .inputRevised(let id, let input):
            writer.byte(Tag.inputRevised.rawValue)
            writer.string(id)
            input.writeJournal(to: &writer)
        case .inputWithdrawn(let id): strings(.inputWithdrawn, id)
        case .itemsMerged(let step, let items, let into, let text):
            writer.byte(Tag.itemsMerged.rawValue)
            writer.string(step)
            writer.strings(items)
            writer.string(into)
            writer.optionalString(text)
        case .itemRenamed(let step, let item, let text): strings(.itemRenamed, step, item, text)
        case .noteAdded(let step, let text):
            writer.byte(Tag.noteAdded.rawValue)
            writer.optionalString(step)
            writer.string(text)
        case .outcomeRecorded(let kind, let step, let text):
            writer.byte(Tag.outcomeRecorded.rawValue)
            writer.byte(outcomeTags[kind] ?? 0)
            writer.optionalString(step)
            writer.string(text)
        case .reportFinalised: writer.byte(Tag.reportFinalised.rawValue)
        case .timerPaused: writer.byte(Tag.timerPaused.rawValue)
        case .timerResumed: writer.byte(Tag.timerResumed.rawValue)
        case .sessionEnded: writer.byte(Tag.sessionEnded.rawValue)
        case .resultsShown(let step, let shown):
            writer.byte(Tag.resultsShown.rawValue)
            writer.string(step)
            writer.byte(shown ? 1 : 0)
        }
        return writer.bytes
    }

    /// Decodes a version-2 or version-3 payload; `nil` when it is not one or is damaged.
    static func decode(_ bytes: [UInt8]) -> EventPayload? {
        var reader = JournalReader(bytes)
        do {
            let version = try reader.byte()
            guard version == 2 || version == 3, let tag = Tag(rawValue: try reader.byte()) else { return nil }
            let payload = try decode(tag, version: version, &reader)
            return reader.isAtEnd ? payload : nil
        } catch {
            return nil
        }
    }

    private static func decode(_ tag: Tag, version: UInt8, _ reader: inout JournalReader) throws -> EventPayload {
        switch tag {
        case .sessionStarted:
            return .sessionStarted(try settings(fromJSON: try reader.string()))
        case .participantJoined:
            return .participantJoined(
                Participant(
                    id: try reader.string(), name: try reader.string(), group: try reader.optionalString(),
                    pseudonym: try reader.optionalString()))
        case .participantRenamed: return .participantRenamed(try reader.string(), name: try reader.string())
        case .participantLeft: return .participantLeft(try reader.string())
        case .stepOpened: return .stepOpened(try reader.string())
        case .stepClosed: return .stepClosed(try reader.string())
        case .stepReopened: return .stepReopened(try reader.string())
        case .inputSubmitted:
            return .inputSubmitted(
                SubmittedInput(
                    id: try reader.string(), participant: try reader.string(), step: try reader.string(),
                    input: try Input.readJournal(from: &reader), item: version >= 3 ? try reader.optionalString() : nil)
            )
        case .inputRevised: return .inputRevised(try reader.string(), try Input.readJournal(from: &reader))
        case .inputWithdrawn: return .inputWithdrawn(try reader.string())
        case .itemsMerged:
            return .itemsMerged(
                step: try reader.string(), items: try reader.strings(), into: try reader.string(),
                text: try reader.optionalString())
        case .itemRenamed:
            return .itemRenamed(step: try reader.string(), item: try reader.string(), text: try reader.string())
        case .noteAdded: return .noteAdded(step: try reader.optionalString(), text: try reader.string())
        case .outcomeRecorded:
            let tag = try reader.byte()
            guard let kind = outcomeTags.first(where: { $0.value == tag })?.key else {
                throw JournalReader.Malformed()
            }
            return .outcomeRecorded(kind: kind, step: try reader.optionalString(), text: try reader.string())
        case .reportFinalised: return .reportFinalised
        case .timerPaused: return .timerPaused
        case .timerResumed: return .timerResumed
        case .sessionEnded: return .sessionEnded
        case .resultsShown:
            let step = try reader.string()
            switch try reader.byte() {
            case 0: return .resultsShown(step: step, shown: false)
            case 1: return .resultsShown(step: step, shown: true)
            default: throw JournalReader.Malformed()
            }
        }
    }

    /// The byte for each kind of outcome (file format: never renumber).
    static let outcomeTags: [OutcomeKind: UInt8] = [.conclusion: 1, .agreement: 2]

    static func settingsJSON(_ settings: SessionSettings) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(settings) else {
            // Settings are plain Codable data; failing here would be a programming error in the model.
            preconditionFailure("SessionSettings are not encodable")
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func settings(fromJSON text: String) throws -> SessionSettings {
        try JSONDecoder().decode(SessionSettings.self, from: Data(text.utf8))
    }
}
