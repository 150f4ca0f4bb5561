import Foundation
import GRDB

/// The journal's tables and their migrations. Migrations are only ever added, never edited: a store written by
/// the first release must open in every later one.
///
/// The applied migrations are listed in `grdb_migrations`, the table GRDB's migrator kept in earlier releases, so
/// that an older Noaber refuses a newer store by name. They are applied here rather than by GRDB's migrator: all
/// pending migrations, the bookkeeping table and the application id go in one exclusive transaction, so that a
/// kill leaves a store as it was or complete (GRDB's migrator created its table in a transaction of its own, and a
/// kill right after it left a file that every later open refused).
enum StoreSchema {
    static let migrations: [(identifier: String, migrate: @Sendable (Database) throws -> Void)] = [
        ("v1", createJournal),
        ("v2", JournalMigration.encodeVersion2),
    ]
    static var migrationIdentifiers: [String] { migrations.map(\.identifier) }
    /// `PRAGMA application_id` of a Noaber store ("NOAB"), so that `file(1)` and Noaber itself can tell the file
    /// apart from other SQLite databases.
    static let applicationID: Int32 = 0x4E4F_4142

    /// What an opened SQLite file is to Noaber.
    enum Condition: Equatable {
        /// No tables (a new or 0-byte file), or only an empty `grdb_migrations` with application id 0: a store
        /// whose creation an older Noaber did not finish. Created (or completed) by a writer; empty to a reader.
        case new
        /// A store by an older Noaber: readable as it is, migrated by the next writer.
        case incomplete
        case complete
        case foreign
        case newer(unknownMigrations: [String])
    }

    static func condition(_ db: Database) throws -> Condition {
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        guard application == applicationID || application == 0 else { return .foreign }
        if tables.isEmpty { return .new }
        guard tables.contains("grdb_migrations") else { return .foreign }
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        if application == 0 {
            return tables == ["grdb_migrations"] && applied.isEmpty ? .new : .foreign
        }
        let known = migrationIdentifiers
        let unknown = Set(applied).subtracting(known).sorted()
        if !unknown.isEmpty { return .newer(unknownMigrations: unknown) }
        // The first migration makes a store readable; later ones only add to it.
        guard applied.contains(known[0]) else { return .foreign }
        return applied.count == known.count ? .complete : .incomplete
    }

    /// Creates, completes or migrates the store; call inside an exclusive transaction. Checks the condition again,
    /// because another process may have done the work while this one waited for the lock.
    static func complete(_ db: Database) throws -> Condition {
        let condition = try condition(db)
        switch condition {
        case .complete, .foreign, .newer: return condition
        case .new, .incomplete: break
        }
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        for migration in migrations where !applied.contains(migration.identifier) {
            try migration.migrate(db)
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.identifier])
        }
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        return .complete
    }

    private static func createJournal(_ db: Database) throws {
        try db.create(table: "sessions") { table in
            table.primaryKey("id", .text)
            table.column("scenario_id", .text).notNull()
            table.column("scenario_version", .text).notNull()
            table.column("started_at", .integer).notNull()
            table.column("place", .text).notNull()
            table.column("facilitator", .text).notNull()
        }
        try db.create(table: "events", options: [.withoutRowID]) { table in
            table.column("session_id", .text).notNull()
                .references("sessions", onDelete: .cascade)
            table.column("sequence", .integer).notNull()
            table.column("time_ms", .integer).notNull()
            table.column("kind", .text).notNull()
            // The event in the journal encoding (`JournalCodec`): version 1 JSON as text, version 2 as a blob.
            table.column("payload", .text).notNull()
            table.primaryKey(["session_id", "sequence"])
        }
    }
}

/// Migration `v2`: the events of an older store are re-encoded from JSON (journal encoding 1) to the binary
/// encoding 2, so that resuming them is as fast as resuming a new one. A row that does not decode is left as it was
/// (reading it names the event, as before).
enum JournalMigration {
    static func encodeVersion2(_ db: Database) throws {
        var rows: [(session: String, sequence: Int, payload: [UInt8])] = []
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT session_id, sequence, CAST(payload AS BLOB) FROM events WHERE typeof(payload) = 'text'")
        while let row = try cursor.next() {
            let json: Data = row[2]
            guard let payload = JournalCodec.decodeLegacy([UInt8](json)) else { continue }
            rows.append((row[0], row[1], JournalCodec.encode(payload)))
        }
        let update = try db.makeStatement(sql: "UPDATE events SET payload = ? WHERE session_id = ? AND sequence = ?")
        for row in rows {
            try update.execute(arguments: [Data(row.payload), row.session, row.sequence])
        }
    }
}
