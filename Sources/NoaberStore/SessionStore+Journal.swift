import Foundation
import GRDB
public import NoaberCore

extension SessionStore {
    /// Appends events to a session in one transaction; returns after the commit (fsynced).
    ///
    /// The events must continue the journal exactly (no gap, no duplicate); a new session starts with
    /// `sessionStarted` at sequence 1. On any failure nothing of `events` is kept and earlier events are intact.
    public func append(_ events: [SessionEvent], to session: SessionID) throws(StoreError) {
        guard !events.isEmpty else { return }
        try checkWritable()
        let rows = try JournalRow.encode(events)
        do {
            try database.write { db in try Self.insert(rows, events: events, session: session, db: db) }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Appends without blocking the caller's thread: the write (and its fsync) runs on the store's own queue.
    public func append(_ events: [SessionEvent], to session: SessionID) async throws(StoreError) {
        guard !events.isEmpty else { return }
        try checkWritable()
        let rows = try JournalRow.encode(events)
        do {
            try await database.write { db in try Self.insert(rows, events: events, session: session, db: db) }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// All events of a session, in order.
    public func events(of session: SessionID) throws(StoreError) -> [SessionEvent] {
        let rows: [StoredEvent]
        do {
            rows = try database.read { db in
                var rows: [StoredEvent] = []
                try Self.forEachJournalRow(of: session, db: db) { row in
                    let payload = try row.withUnsafeData(atIndex: 3) { data in data.map { [UInt8]($0) } ?? [] }
                    rows.append(StoredEvent(sequence: row[0], time: row[1], isBinary: row[2], payload: payload))
                }
                return rows
            }
        } catch {
            throw StoreError(error, path: path)
        }
        return try JournalDecoder.decode(rows, session: session)
    }

    /// Whether a session with this id is in the store.
    public func contains(_ session: SessionID) throws(StoreError) -> Bool {
        do {
            return try database.read { db in try Self.exists(session, db: db) }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Stores a complete session read from elsewhere (session XML, a merge). Refuses an id that is taken.
    @discardableResult
    public func importSession(events: [SessionEvent]) throws(StoreError) -> SessionID {
        guard let first = events.first, case .sessionStarted(let settings) = first.payload else {
            throw .notASessionStart(session: "?")
        }
        if try contains(settings.sessionID) {
            throw .sessionExists(settings.sessionID)
        }
        try append(events, to: settings.sessionID)
        return settings.sessionID
    }

    /// Deletes a session and all its events (AVG: the right to be forgotten).
    ///
    /// With `secure_delete` the freed pages are zeroed, and the WAL is checkpointed and truncated afterwards so
    /// that no copy of the deleted rows stays behind in it.
    public func purge(_ session: SessionID) throws(StoreError) {
        try checkWritable()
        do {
            try database.write { db in
                guard try Self.exists(session, db: db) else { throw StoreError.unknownSession(session) }
                try db.execute(sql: "DELETE FROM events WHERE session_id = ?", arguments: [session])
                try db.execute(sql: "DELETE FROM sessions WHERE id = ?", arguments: [session])
            }
            try database.writeWithoutTransaction { db in
                _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    private func checkWritable() throws(StoreError) {
        if isReadOnly { throw .readOnly(path: path) }
    }

    /// Each row of a session's journal in order: sequence, time in milliseconds, whether the payload is a blob
    /// (encoding 2 and later; encoding 1 is text), and the payload's bytes. `unknownSession` when there is none.
    static func forEachJournalRow(of session: SessionID, db: Database, _ body: (Row) throws -> Void) throws {
        guard try exists(session, db: db) else { throw StoreError.unknownSession(session) }
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT sequence, time_ms, typeof(payload) = 'blob', CAST(payload AS BLOB) FROM events
                WHERE session_id = ? ORDER BY sequence
                """,
            arguments: [session])
        while let row = try cursor.next() { try body(row) }
    }

    private static func exists(_ session: SessionID, db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM sessions WHERE id = ?)", arguments: [session]) ?? false
    }

    private static func insert(_ rows: [JournalRow], events: [SessionEvent], session: SessionID, db: Database) throws {
        let last = try Int.fetchOne(
            db, sql: "SELECT MAX(sequence) FROM events WHERE session_id = ?", arguments: [session])
        let expected: Int
        if let last {
            expected = last + 1
        } else if try exists(session, db: db) {
            expected = 1
        } else {
            guard let first = events.first, first.sequence == 1 else {
                throw StoreError.sequenceMismatch(session: session, expected: 1, got: events.first?.sequence ?? 0)
            }
            guard case .sessionStarted(let settings) = first.payload, settings.sessionID == session else {
                throw StoreError.notASessionStart(session: session)
            }
            try db.execute(
                sql: """
                    INSERT INTO sessions (id, scenario_id, scenario_version, started_at, place, facilitator)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    session, settings.scenario.id, settings.scenario.version, first.time.millisecondsSince1970,
                    settings.place, settings.facilitatorName,
                ])
            expected = 1
        }
        let statement = try db.cachedStatement(
            sql: "INSERT INTO events (session_id, sequence, time_ms, kind, payload) VALUES (?, ?, ?, ?, ?)")
        for (offset, row) in rows.enumerated() where row.sequence != expected + offset {
            throw StoreError.sequenceMismatch(session: session, expected: expected + offset, got: row.sequence)
        }
        for row in rows {
            try statement.execute(arguments: [session, row.sequence, row.time, row.kind, row.payload])
        }
    }
}

/// An event as it is written to the `events` table: the payload in the current journal encoding, as a blob.
struct JournalRow: Sendable {
    var sequence: Int
    var time: Int64
    var kind: String
    var payload: Data

    static func encode(_ events: [SessionEvent]) throws(StoreError) -> [JournalRow] {
        events.map { event in
            JournalRow(
                sequence: event.sequence, time: event.time.millisecondsSince1970, kind: event.payload.journalKind,
                payload: Data(JournalCodec.encode(event.payload)))
        }
    }
}

/// An event as read from the `events` table: a version-2 blob, or the JSON text of version 1.
struct StoredEvent: Sendable {
    var sequence: Int
    var time: Int64
    var isBinary: Bool
    var payload: [UInt8]
}
