import GRDB

/// The journal's tables and their migrations. Migrations are only ever added, never edited: a store written by
/// the first release must open in every later one.
enum StoreSchema {
    static let migrationIdentifiers = ["v1"]
    /// `PRAGMA application_id` of a Noaber store ("NOAB"), so that `file(1)` and Noaber itself can tell the file
    /// apart from other SQLite databases.
    static let applicationID: Int32 = 0x4E4F_4142

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
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
                // JSON of EventPayload, encoded with sorted keys so that equal events are equal bytes.
                table.column("payload", .text).notNull()
                table.primaryKey(["session_id", "sequence"])
            }
        }
        return migrator
    }
}
