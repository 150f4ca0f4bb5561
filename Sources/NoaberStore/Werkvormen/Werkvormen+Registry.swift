// Dispatch registry: one case per werkvorm, each forwarding to <Kind>Journal; see README "Adding a werkvorm"
import NoaberCore

extension Input {
    /// Appends the input's tag and fields (journal encoding version 2).
    func writeJournal(to writer: inout JournalWriter) {
        switch self {
        case .brainstorm(let text): BrainstormJournal.write(text, to: &writer)
        case .open(let item, let text): OpenJournal.write(item: item, text: text, to: &writer)
        case .roleplay(let role, let round, let text): RoleplayJournal.write(role, round, text, to: &writer)
        case .likert(let answers): LikertJournal.write(answers, to: &writer)
        case .rank(let items): RankJournal.write(items, to: &writer)
        case .rate(let scores): RateJournal.write(scores, to: &writer)
        case .vote(let items): VoteJournal.write(items, to: &writer)
        case .dots(let scores): VoteJournal.writeDots(scores, to: &writer)
        case .classify(let placements): ClassifyJournal.write(placements, to: &writer)
        case .action(let action): ActionsJournal.write(action, to: &writer)
        }
    }

    static func readJournal(from reader: inout JournalReader) throws(JournalReader.Malformed) -> Input {
        switch try reader.byte() {
        case BrainstormJournal.tag: try BrainstormJournal.read(from: &reader)
        case OpenJournal.tag: try OpenJournal.read(from: &reader)
        case RoleplayJournal.tag: try RoleplayJournal.read(from: &reader)
        case LikertJournal.tag: try LikertJournal.read(from: &reader)
        case RankJournal.tag: try RankJournal.read(from: &reader)
        case RateJournal.tag: try RateJournal.read(from: &reader)
        case VoteJournal.tag: try VoteJournal.read(from: &reader)
        case VoteJournal.dotsTag: try VoteJournal.readDots(from: &reader)
        case ClassifyJournal.tag: try ClassifyJournal.read(from: &reader)
        case ActionsJournal.tag: try ActionsJournal.read(from: &reader)
        case ActionsJournal.withTag: try ActionsJournal.readWith(from: &reader)
        default: throw JournalReader.Malformed()
        }
    }

    /// Version 1: the case name (Swift's synthesized key of the first release) and its fields.
    static func readLegacyJournal(_ name: String, _ fields: LegacyFields) throws -> Input {
        switch name {
        case BrainstormJournal.legacyName: try BrainstormJournal.readLegacy(fields)
        case OpenJournal.legacyName: try OpenJournal.readLegacy(fields)
        case RoleplayJournal.legacyName: try RoleplayJournal.readLegacy(fields)
        case LikertJournal.legacyName: try LikertJournal.readLegacy(fields)
        case RankJournal.legacyName: try RankJournal.readLegacy(fields)
        case RateJournal.legacyName: try RateJournal.readLegacy(fields)
        case VoteJournal.legacyName: try VoteJournal.readLegacy(fields)
        case VoteJournal.legacyDotsName: try VoteJournal.readLegacyDots(fields)
        case ClassifyJournal.legacyName: try ClassifyJournal.readLegacy(fields)
        case ActionsJournal.legacyName: try ActionsJournal.readLegacy(fields)
        default: throw JournalReader.Malformed()
        }
    }
}
