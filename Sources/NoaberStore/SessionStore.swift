import Foundation
import GRDB
import NoaberCore

/// The durable journal of every session of an installation: one SQLite file, WAL mode, `synchronous=FULL`.
///
/// An append returns only after SQLite's commit, and with `synchronous=FULL` that commit has been fsynced, so an
/// acknowledged event survives a crash or a power cut. The file is never recreated: a damaged or foreign file gives
/// `StoreError.notAStore` and is left exactly as it was.
public final class SessionStore: Sendable {
    /// Path of the SQLite file, as given.
    public let path: String
    /// Opened with `readOnly: true`: every write is refused with `StoreError.readOnly`.
    public let isReadOnly: Bool
    // DatabaseQueue serialises all access on one connection; the runner is the only writer of a session, and
    // WAL lets other processes (`noaber sessions`) read while a session is running.
    let database: DatabaseQueue

    /// Opens (and when needed creates and migrates) the store at `path`.
    public convenience init(path: String, readOnly: Bool = false) throws(StoreError) {
        try self.init(path: path, readOnly: readOnly, maximumPageCount: nil)
    }

    /// `maximumPageCount` caps the database size so that tests can provoke SQLITE_FULL without filling a disk.
    init(path: String, readOnly: Bool, maximumPageCount: Int?) throws(StoreError) {
        self.path = path
        self.isReadOnly = readOnly
        let fileManager = FileManager.default
        if readOnly {
            guard fileManager.fileExists(atPath: path) else {
                throw .missing(path: path)
            }
        } else {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            do {
                try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateDirectory(path: path, directory: directory)
            }
        }
        var configuration = Configuration()
        configuration.readonly = readOnly
        // Another process may be checkpointing or reading; wait rather than fail at once.
        configuration.busyMode = .timeout(10)
        configuration.label = "noaber-store"
        configuration.prepareDatabase { db in
            // WAL: a commit appends to the log instead of rewriting pages, and readers do not block the writer.
            // The journal mode is kept in the file's header, so only a new file or a Noaber store is switched: a
            // foreign SQLite file is refused later (`notAStore`) and must be left byte for byte as it was.
            if !db.configuration.readonly {
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if pages == 0 || application == StoreSchema.applicationID {
                    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                }
            }
            // FULL: the WAL is fsynced at every commit, so a commit is on disk and not only in the OS cache.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // AVG: a purged session's bytes are overwritten, not merely unlinked from the b-tree.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            if let maximumPageCount {
                _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(maximumPageCount)")
            }
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreError(error, path: path)
        }
        try prepareSchema()
    }

    private func prepareSchema() throws(StoreError) {
        let migrator = StoreSchema.migrator
        let path = self.path
        do {
            let needsMigration = try database.read { db throws -> Bool in
                let tables = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                if !tables.isEmpty && !tables.contains("grdb_migrations") {
                    throw StoreError.notAStore(path: path)
                }
                if tables.isEmpty { return true }
                let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if application != StoreSchema.applicationID { throw StoreError.notAStore(path: path) }
                if try migrator.hasBeenSuperseded(db) {
                    let known = Set(StoreSchema.migrationIdentifiers)
                    let unknown = try migrator.appliedIdentifiers(db).subtracting(known).sorted()
                    throw StoreError.newerSchema(path: path, migrations: unknown)
                }
                return try !migrator.hasCompletedMigrations(db)
            }
            guard needsMigration else { return }
            if isReadOnly {
                throw StoreError.readOnly(path: path)
            }
            try migrator.migrate(database)
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// The store of this installation: `$XDG_DATA_HOME/noaber/noaber.sqlite`, else
    /// `~/.local/share/noaber/noaber.sqlite`.
    public static func defaultPath(environment: [String: String]? = nil) -> String {
        let environment = environment ?? ProcessInfo.processInfo.environment
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return URL(fileURLWithPath: dataHome).appendingPathComponent("noaber/noaber.sqlite").path
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/noaber/noaber.sqlite").path
    }
}

extension StoreError {
    /// Maps SQLite's result codes to what a facilitator can act on.
    init(_ error: any Error, path: String) {
        if let storeError = error as? StoreError {
            self = storeError
            return
        }
        guard let databaseError = error as? DatabaseError else {
            self = .database(path: path, message: String(describing: error))
            return
        }
        switch databaseError.resultCode {
        case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly(path: path)
        case .SQLITE_FULL: self = .full(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .notAStore(path: path)
        case .SQLITE_CANTOPEN: self = .cannotOpen(path: path, reason: databaseError.message ?? "SQLITE_CANTOPEN")
        default: self = .database(path: path, message: databaseError.message ?? "\(databaseError.resultCode)")
        }
    }
}
