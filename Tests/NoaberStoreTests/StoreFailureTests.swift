import Foundation
import GRDB
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberStore

/// A store that cannot be written, is full, damaged or newer than this Noaber: a clear error, and what is there
/// stays intact.
@Suite struct StoreFailureTests {
    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-store-failure")
        path = directory.path("noaber.sqlite")
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftUntouched() throws {
        let content = Data("Dit is een boodschappenlijst, geen database.\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notAStore(path: path)) { try SessionStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
        #expect(
            StoreError.notAStore(path: "/x/n.sqlite").rendered()
                == "fout: /x/n.sqlite is geen Noaber-opslag of is beschadigd; het bestand is niet gewijzigd")
    }

    @Test func aDamagedStoreIsRefusedAndLeftUntouched() throws {
        do {
            let store = try SessionStore(path: path)
            try store.append(StoreTestScenario.events(), to: "test-1")
            try store.database.writeWithoutTransaction { db in
                _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
        // Overwrite the header's magic string: SQLite then reports SQLITE_NOTADB.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes.replaceSubrange(0..<16, with: Data(repeating: 0x21, count: 16))
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notAStore(path: path)) { try SessionStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func anSQLiteFileOfAnotherProgramIsNotAStore() throws {
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { db in try db.execute(sql: "CREATE TABLE recepten (naam TEXT)") }
        }
        // Byte for byte, as the message promises: not even the journal mode in the header may change.
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notAStore(path: path)) { try SessionStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let other = try DatabaseQueue(path: path)
        let tables = try other.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master") }
        #expect(tables == ["recepten"])
        #expect(try other.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "delete")
    }

    @Test func aGRDBDatabaseOfAnotherProgramIsNotAStore() throws {
        let other = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try db.execute(sql: "CREATE TABLE sessions (id TEXT)") }
        try migrator.migrate(other)
        #expect(throws: StoreError.notAStore(path: path)) { try SessionStore(path: path) }
    }

    @Test func aStoreCarriesNoabersApplicationID() throws {
        let store = try SessionStore(path: path)
        let id = try store.database.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }
        #expect(id == 0x4E4F_4142)
    }

    @Test func aStoreFromANewerNoaberIsRefused() throws {
        do {
            let store = try SessionStore(path: path)
            try store.append(StoreTestScenario.events(), to: "test-1")
            try store.database.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-toekomst')")
            }
        }
        let error = StoreError.newerSchema(path: path, migrations: ["v9-toekomst"])
        #expect(throws: error) { try SessionStore(path: path) }
        #expect(
            error.rendered() == "fout: de opslag \(path) is gemaakt door een nieuwere versie van Noaber "
                + "(onbekende migraties: v9-toekomst); werk Noaber bij")
    }

    @Test func aReadOnlyStoreRefusesWritesAndKeepsItsEvents() throws {
        let events = StoreTestScenario.events()
        try SessionStore(path: path).append(events, to: "test-1")
        let store = try SessionStore(path: path, readOnly: true)
        #expect(throws: StoreError.readOnly(path: path)) {
            try store.append([SessionEvent(sequence: 10, time: events[0].time, payload: .sessionEnded)], to: "test-1")
        }
        #expect(throws: StoreError.readOnly(path: path)) { try store.purge("test-1") }
        #expect(try store.events(of: "test-1") == events)
        #expect(
            StoreError.readOnly(path: "n.sqlite").rendered(in: .en)
                == "error: the store n.sqlite is read-only; nothing was saved")
    }

    @Test func sqliteReadOnlyErrorsMapToReadOnly() throws {
        let error = DatabaseError(resultCode: .SQLITE_READONLY, message: "attempt to write a readonly database")
        #expect(StoreError(error, path: "n.sqlite") == .readOnly(path: "n.sqlite"))
    }

    @Test func aFullDiskKeepsEarlierEventsAndSaysSo() throws {
        let events = StoreTestScenario.events()
        try SessionStore(path: path).append(Array(events.prefix(3)), to: "test-1")
        let pages = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") } ?? 0
        let store = try SessionStore(path: path, readOnly: false, maximumPageCount: pages)
        let huge = String(repeating: "lange notitie ", count: 20_000)
        let note = SessionEvent(sequence: 4, time: events[3].time, payload: .noteAdded(step: nil, text: huge))
        #expect(throws: StoreError.full(path: path)) { try store.append([note], to: "test-1") }
        #expect(try store.events(of: "test-1") == Array(events.prefix(3)))
        #expect(
            StoreError.full(path: "n.sqlite").rendered()
                == "fout: de schijf met de opslag n.sqlite is vol; de laatste invoer is niet opgeslagen, "
                + "eerdere invoer is intact")
    }

    @Test func aMissingStoreCannotBeOpenedReadOnly() {
        #expect(throws: StoreError.missing(path: path)) { try SessionStore(path: path, readOnly: true) }
        #expect(StoreError.missing(path: "n.sqlite").rendered() == "fout: de opslag n.sqlite bestaat niet")
    }

    @Test func aStoreWhoseFolderCannotBeMadeSaysSo() throws {
        // A file where the folder should be: even root cannot create a directory there.
        let blocker = directory.path("bestand")
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let nested = blocker + "/noaber/noaber.sqlite"
        #expect(throws: StoreError.cannotCreateDirectory(path: nested, directory: blocker + "/noaber")) {
            try SessionStore(path: nested)
        }
    }

    @Test(arguments: [false, true])
    func aDirectoryInThePlaceOfTheFileCannotBeOpened(readOnly: Bool) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(throws: StoreError.cannotOpen(path: path, reason: .isDirectory)) {
            try SessionStore(path: path, readOnly: readOnly)
        }
        #expect(
            StoreError.cannotOpen(path: "/tmp", reason: .isDirectory).rendered()
                == "fout: kan de opslag /tmp niet openen: dit is een map, geen bestand")
    }

    @Test func aStoreInAReadOnlyFolderIsReadAsImmutable() throws {
        // Tests run as root, for whom every folder is writable: the fallback is exercised directly.
        let events = StoreTestScenario.events()
        try SessionStore(path: path).append(events, to: "test-1")
        #expect(SessionStore.hasNoPendingLog(path))
        let store = try SessionStore(path: path, readOnly: true, maximumPageCount: nil, immutableFirst: true)
        #expect(try store.events(of: "test-1") == events)
        #expect(throws: StoreError.readOnly(path: path)) { try store.purge("test-1") }
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
    }

    @Test func sqliteCannotOpenIsExplainedByTheFolder() throws {
        let cannotOpen = DatabaseError(resultCode: .SQLITE_CANTOPEN, message: "unable to open database file")
        let missing = "/nonexistent-noaber/n.sqlite"
        #expect(StoreError(cannotOpen, path: missing) == .cannotOpen(path: missing, reason: .notFound))
        #expect(
            StoreError(cannotOpen, path: missing).rendered()
                == "fout: kan de opslag /nonexistent-noaber/n.sqlite niet openen: het bestand of de map bestaat niet")
        let blocker = directory.path("bestand")
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        #expect(
            StoreError(cannotOpen, path: blocker + "/n.sqlite")
                == .cannotOpen(path: blocker + "/n.sqlite", reason: .notADirectory))
    }

    @Test func aPendingLogIsNeverSkipped() throws {
        #expect(SessionStore.hasNoPendingLog(path))
        try Data().write(to: URL(fileURLWithPath: path + "-wal"))
        #expect(SessionStore.hasNoPendingLog(path))
        try Data("log".utf8).write(to: URL(fileURLWithPath: path + "-wal"))
        #expect(!SessionStore.hasNoPendingLog(path))
        #expect(
            StoreError.folderNotWritable(path: "/ro/n.sqlite").rendered()
                == "fout: kan de opslag /ro/n.sqlite niet lezen: de map moet schrijfbaar zijn "
                + "(SQLite maakt er een -shm-bestand)")
    }
}
