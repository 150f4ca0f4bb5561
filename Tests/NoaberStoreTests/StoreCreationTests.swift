import Foundation
import GRDB
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberStore

/// Issue 10 items 1–3: a store is created atomically and concurrently, a half-created store of an older Noaber is
/// completed, and reading never creates anything.
@Suite struct StoreCreationTests {
    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-creation")
        path = directory.path("noaber.sqlite")
    }

    /// What an older Noaber left when it was killed between GRDB's bookkeeping table and the schema.
    static func makeHalfCreatedStore(_ path: String) throws {
        let database = try DatabaseQueue(path: path)
        try database.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        try database.close()
    }

    @Test func aHalfCreatedStoreOfAnOlderNoaberIsCompletedNotRefused() throws {
        try Self.makeHalfCreatedStore(path)
        #expect(throws: StoreError.empty(path: path)) { try SessionStore.reading(path) }
        let store = try SessionStore(path: path)
        try store.append(StoreTestScenario.events(), to: "test-1")
        #expect(try SessionStore.reading(path).events(of: "test-1") == StoreTestScenario.events())
        let (application, migrations) = try store.database.read { db in
            (
                try Int32.fetchOne(db, sql: "PRAGMA application_id"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            )
        }
        #expect(application == StoreSchema.applicationID)
        #expect(migrations == StoreSchema.migrationIdentifiers)
    }

    @Test func aForeignFileWithABookkeepingTableIsStillRefusedUntouched() throws {
        let other = try DatabaseQueue(path: path)
        try other.write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('recepten-v1')")
        }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notAStore(path: path)) { try SessionStore(path: path) }
        #expect(throws: StoreError.notAStore(path: path)) { try SessionStore.reading(path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aNewStoreLeavesNoTemporaryFilesBehind() throws {
        _ = try SessionStore(path: path)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(names.filter { $0.contains("creating") }.isEmpty)
        #expect(names.contains("noaber.sqlite"))
    }

    @Test func theTemporaryFileOfAKilledCreationIsRemovedByTheNext() throws {
        // A pid that cannot be alive (above Linux's pid_max limit of 2^22).
        let abandoned = directory.path(".noaber.sqlite.creating-9999999-0a1b2c3d")
        try Data("half".utf8).write(to: URL(fileURLWithPath: abandoned))
        _ = try SessionStore(path: path)
        #expect(!FileManager.default.fileExists(atPath: abandoned))
    }

    @Test func aSecondNameLeftByAKillAfterTheLinkIsRemovedByTheNextWriter() throws {
        _ = try SessionStore(path: path)
        let abandoned = directory.path(".noaber.sqlite.creating-9999999-0a1b2c3d")
        #expect(link(path, abandoned) == 0)
        _ = try SessionStore.reading(path)
        #expect(FileManager.default.fileExists(atPath: abandoned))
        try SessionStore(path: path).append(StoreTestScenario.events(), to: "test-1")
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(try SessionStore.reading(path).events(of: "test-1") == StoreTestScenario.events())
    }

    @Test func readingAMissingStoreCreatesNoFolderAndNoFile() throws {
        let deep = directory.path("typo/deep/x.sqlite")
        #expect(throws: StoreError.missing(path: deep)) { try SessionStore.reading(deep) }
        #expect(!FileManager.default.fileExists(atPath: directory.path("typo")))
        #expect(throws: StoreError.missing(path: path)) { try SessionStore.reading(path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    }

    @Test func anEmptyFileIsANewStoreToAWriterAndEmptyToAReader() throws {
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: StoreError.empty(path: path)) { try SessionStore.reading(path) }
        #expect(SessionStore.fileSize(path) == 0)
        #expect(
            StoreError.empty(path: "n.sqlite").rendered()
                == "fout: de opslag n.sqlite is leeg: er staan nog geen sessies in")
        #expect(
            StoreError.empty(path: "n.sqlite").rendered(in: .en)
                == "error: the store n.sqlite is empty: it holds no sessions yet")
        let store = try SessionStore(path: path)
        try store.append(StoreTestScenario.events(), to: "test-1")
        #expect(try SessionStore.reading(path).sessionSummaries().map(\.id) == ["test-1"])
    }

    /// Separate connections (as separate processes would have) create the same new store at once, many rounds.
    @Test func manyWritersCreatingOneNewStoreAtOnceAllSucceed() async throws {
        for round in 0..<25 {
            let target = directory.path("samen-\(round).sqlite")
            let results = await withTaskGroup(of: Result<SessionID, StoreError>.self) { group in
                for writer in 0..<4 {
                    group.addTask {
                        Result { () throws(StoreError) -> SessionID in
                            let store = try SessionStore(path: target)
                            let id = "tafel-\(writer)"
                            try store.append(StoreTestScenario.events(id: id), to: id)
                            return id
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            for result in results {
                if case .failure(let error) = result { Issue.record("round \(round): \(error.rendered())") }
            }
            #expect(try SessionStore.reading(target).sessionSummaries().count == 4)
        }
    }
}
