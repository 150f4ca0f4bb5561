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

    /// Opens (and when needed creates and migrates) the store at `path`; with `readOnly`, as `reading(_:)` does.
    ///
    /// A new store is made complete in a temporary file beside `path` and then linked into place, so that a kill at
    /// any moment leaves no store or a complete one, and two processes creating the same store both succeed.
    public convenience init(path: String, readOnly: Bool = false) throws(StoreError) {
        try self.init(path: path, readOnly: readOnly, maximumPageCount: nil)
    }

    /// Opens an existing store for reading only (`noaber sessions`, `noaber export`): it creates no folder and no
    /// store, changes nothing, and an older store is read as it is. A missing store is `missing`, a 0-byte file or
    /// a store whose creation was never finished is `empty`.
    public static func reading(_ path: String) throws(StoreError) -> SessionStore {
        try SessionStore(path: path, readOnly: true)
    }

    /// `maximumPageCount` caps the database size so that tests can provoke SQLITE_FULL without filling a disk.
    /// `immutableFirst` skips the ordinary read-only attempt, so that tests (which run as root, for whom every
    /// folder is writable) can exercise the fallback for a read-only folder.
    init(path: String, readOnly: Bool, maximumPageCount: Int?, immutableFirst: Bool = false) throws(StoreError) {
        self.path = path
        self.isReadOnly = readOnly
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue {
            // SQLite would report a vague "disk I/O error".
            throw .cannotOpen(path: path, reason: .isDirectory)
        }
        if readOnly {
            guard exists else { throw .missing(path: path) }
            if Self.fileSize(path) == 0 { throw .empty(path: path) }
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
        // Another process may be checkpointing, reading or creating the store; wait rather than fail at once.
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
        if !readOnly && !exists {
            try Self.create(path, configuration: configuration)
        } else if !readOnly {
            Self.removeAbandonedCreations(of: path)
        }
        if readOnly && immutableFirst {
            database = try Self.open(path: path, configuration: configuration, immutable: true)
            return
        }
        do {
            database = try Self.open(path: path, configuration: configuration, immutable: false)
        } catch {
            // Reading a WAL store needs its -shm file; in a folder Noaber cannot write, SQLite cannot create it.
            // Nobody can write the store there either, so it may be read as immutable, but only when no
            // uncheckpointed -wal file holds events the main file lacks.
            guard readOnly, error == .readOnly(path: path) || error.isCannotOpen else { throw error }
            guard Self.hasNoPendingLog(path) else { throw .folderNotWritable(path: path) }
            do {
                database = try Self.open(path: path, configuration: configuration, immutable: true)
            } catch {
                throw error.isCannotOpen || error == .readOnly(path: path) ? .folderNotWritable(path: path) : error
            }
        }
    }

    private static func open(path: String, configuration: Configuration, immutable: Bool) throws(StoreError)
        -> DatabaseQueue
    {
        let database: DatabaseQueue
        do {
            // `immutable=1` needs a URI; Debian's and Apple's SQLite accept URI file names (SQLITE_USE_URI).
            let location = immutable ? URL(fileURLWithPath: path).absoluteString + "?immutable=1" : path
            database = try DatabaseQueue(path: location, configuration: configuration)
        } catch {
            throw StoreError(error, path: path)
        }
        try prepareSchema(database, path: path, readOnly: configuration.readonly)
        return database
    }

    /// True when there is no `-wal` file beside the store, or an empty one: the main file then holds every event.
    static func hasNoPendingLog(_ path: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")
        guard let attributes else { return true }
        return (attributes[.size] as? NSNumber)?.intValue == 0
    }

    static func fileSize(_ path: String) -> Int? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.intValue
    }

    private static func prepareSchema(_ database: DatabaseQueue, path: String, readOnly: Bool) throws(StoreError) {
        do {
            var condition = try database.read { db in try StoreSchema.condition(db) }
            if !readOnly && (condition == .new || condition == .incomplete) {
                condition = try database.writeWithoutTransaction { db in
                    var result = StoreSchema.Condition.complete
                    try db.inTransaction(.exclusive) {
                        result = try StoreSchema.complete(db)
                        return .commit
                    }
                    return result
                }
            }
            switch condition {
            case .complete, .incomplete: return
            case .new: throw StoreError.empty(path: path)
            case .foreign: throw StoreError.notAStore(path: path)
            case .newer(let unknown): throw StoreError.newerSchema(path: path, migrations: unknown)
            }
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
        case .SQLITE_CANTOPEN:
            let problem = Self.openProblem(path, databaseError)
            // An existing store whose folder cannot be written opens only for reading: say so as for any write.
            let exists = FileManager.default.fileExists(atPath: path)
            self =
                exists && (problem == .noPermission || problem == .readOnlyFileSystem)
                ? .readOnly(path: path) : .cannotOpen(path: path, reason: problem)
        default: self = .database(path: path, message: databaseError.message ?? "\(databaseError.resultCode)")
        }
    }

    var isCannotOpen: Bool {
        if case .cannotOpen = self { return true }
        return false
    }

    /// SQLite says only "unable to open database file"; the folder usually says why.
    private static func openProblem(_ path: String, _ error: DatabaseError) -> FileProblem {
        let fileManager = FileManager.default
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if !fileManager.fileExists(atPath: folder, isDirectory: &isDirectory) { return .notFound }
        if !isDirectory.boolValue { return .notADirectory }
        if fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .isDirectory
        }
        // access(2) tells a read-only file system (EROFS) from missing rights (EACCES); root passes the latter.
        if access(folder, W_OK) != 0 { return FileProblem(errno: errno, systemText: "SQLITE_CANTOPEN") }
        return .other(error.message ?? "SQLITE_CANTOPEN")
    }
}
