import Foundation
import GRDB
public import NoaberCore

extension SessionStore {
    /// The state of a session after its whole journal, and its latest `keeping` events (oldest first): what resuming
    /// a session needs, read, decoded and replayed in one pass.
    ///
    /// Unlike `events(of:)` followed by `SessionState.replay`, the journal is never held in memory as a whole: each
    /// row is decoded from one reused buffer and applied at once, which spares a long session's hundred thousand
    /// payload copies and event arrays (and their page faults and freeing), about half of a resume's work.
    ///
    /// Throws `StoreError` (`unknownSession`, `undecodableEvent`, a database error) or the `SessionError` with
    /// which the engine refuses an event, as `SessionState.replay` does; events are applied in order, so the first
    /// problem in journal order is the one reported.
    public func replay(_ session: SessionID, keeping: Int) throws -> (state: SessionState, recent: [SessionEvent]) {
        var replay = JournalReplay(session: session, keeping: keeping)
        do {
            try database.read { db in
                // Only the events after this one are kept: the others need not be copied at all.
                let last = try Int.fetchOne(
                    db, sql: "SELECT MAX(sequence) FROM events WHERE session_id = ?", arguments: [session])
                replay.keepAfter = (last ?? 0) - replay.keeping
                try Self.forEachJournalRow(of: session, db: db) { row in
                    replay.buffer.removeAll(keepingCapacity: true)
                    // Copied from SQLite's own buffer in one go (appending the `Data` byte by byte took a tenth of
                    // the read).
                    try row.withUnsafeData(atIndex: 3) { data in
                        data?.withUnsafeBytes { bytes in replay.buffer.append(contentsOf: bytes) }
                    }
                    try replay.apply(sequence: row[0], time: row[1], isBinary: row[2])
                }
            }
        } catch let error as SessionError {
            throw error
        } catch {
            throw StoreError(error, path: path)
        }
        return (replay.state, replay.latest)
    }
}

/// The fold behind `SessionStore.replay`: one decoded event at a time into the state, the latest few kept.
private struct JournalReplay {
    let session: SessionID
    let keeping: Int
    var state = SessionState()
    /// The latest `keeping` events, as a ring once full: the oldest is at `next`.
    var recent: [SessionEvent] = []
    var next = 0
    /// Events up to this sequence are not kept (the journal's last sequence minus `keeping`).
    var keepAfter = 0
    /// The payload of the row being read; its capacity is reused from row to row.
    var buffer: [UInt8] = []

    init(session: SessionID, keeping: Int) {
        self.session = session
        self.keeping = Swift.max(0, keeping)
        buffer.reserveCapacity(256)
    }

    mutating func apply(sequence: Int, time: Int64, isBinary: Bool) throws {
        let decoded = isBinary ? JournalCodec.decode(buffer) : JournalCodec.decodeLegacy(buffer)
        guard let payload = decoded else { throw StoreError.undecodableEvent(session: session, sequence: sequence) }
        let event = SessionEvent(sequence: sequence, time: Timestamp(millisecondsSince1970: time), payload: payload)
        try state.apply(event)
        guard keeping > 0, sequence > keepAfter else { return }
        if recent.count < keeping {
            recent.append(event)
        } else {
            recent[next] = event
            next = (next + 1) % keeping
        }
    }

    /// The latest `keeping` events.
    var latest: [SessionEvent] { Array(recent[next...] + recent[..<next]) }
}
