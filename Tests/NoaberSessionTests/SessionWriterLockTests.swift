import Foundation
import NoaberCore
import NoaberSession
import NoaberStore
import NoaberTestSupport
import Testing

@Suite struct SessionWriterLockTests {
    let directory: TemporaryDirectory
    let store: SessionStore

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-lock")
        store = try SessionStore(path: directory.path("noaber.sqlite"))
    }

    var lockFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.url.path)) ?? []).filter {
            $0.hasSuffix(".lock")
        }.sorted()
    }

    @Test func aSecondWriterIsRefusedAtOnceNamingTheHolder() throws {
        let lock = try SessionWriterLock.acquire("tafel-1", store: store)
        #expect(lock.path == directory.path("noaber.sqlite-tafel-1.lock"))
        #expect(try String(contentsOfFile: lock.path, encoding: .utf8) == "\(getpid())\n")
        #expect(throws: SessionLockError.held(session: "tafel-1", pid: getpid())) {
            try SessionWriterLock.acquire("tafel-1", store: store)
        }
        // Another session of the same store is its own.
        let other = try SessionWriterLock.acquire("tafel-2", store: store)
        #expect(lockFiles == ["noaber.sqlite-tafel-1.lock", "noaber.sqlite-tafel-2.lock"])
        lock.release()
        other.release()
        #expect(lockFiles.isEmpty)
        try SessionWriterLock.acquire("tafel-1", store: store).release()
    }

    @Test func aLockFileLeftByADeadHolderIsTakenOver() throws {
        // What a crash leaves: the file with the dead process's pid, and no lock on it.
        let path = SessionWriterLock.path(of: "tafel-1", storePath: store.path)
        try "999999\n".write(toFile: path, atomically: true, encoding: .utf8)
        let lock = try SessionWriterLock.acquire("tafel-1", store: store)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "\(getpid())\n")
        lock.release()
    }

    @Test func runnersTakeTheLockAndReadersDoNot() async throws {
        let clock = SimulatedClock(start: Timestamp(millisecondsSince1970: 1_780_000_000_000))
        let runner = try await SessionRunner.start(StoreTestScenario.settings(), store: store, clock: clock)
        #expect(lockFiles == ["noaber.sqlite-test-1.lock"])
        await #expect(throws: SessionLockError.held(session: "test-1", pid: getpid())) {
            try await SessionRunner.resume("test-1", store: store, clock: clock)
        }
        await runner.close()
        #expect(lockFiles.isEmpty)
        // A runner on a read-only store only answers queries and creates no lock file.
        let reader = try await SessionRunner.resume(
            "test-1", store: try SessionStore(path: store.path, readOnly: true), clock: clock)
        #expect(await reader.state.lastSequence == 1)
        #expect(lockFiles.isEmpty)
        // Starting a session id that the journal has already releases the lock it took.
        await #expect(throws: StoreError.sessionExists("test-1")) {
            try await SessionRunner.start(StoreTestScenario.settings(), store: store, clock: clock)
        }
        #expect(lockFiles.isEmpty)
    }

    @Test func anIDThatIsAPathNamesNoLockFile() throws {
        #expect(throws: SessionLockError.invalidSessionID("../buiten")) {
            try SessionWriterLock.acquire("../buiten", store: store)
        }
        #expect(lockFiles.isEmpty)
        #expect(
            !FileManager.default.fileExists(atPath: directory.url.deletingLastPathComponent().path + "/buiten.lock"))
    }

    @Test func theMessageNamesTheSessionAndHowToStopTheHolder() {
        #expect(
            SessionLockError.held(session: "raad-1", pid: 4242).rendered()
                == "fout: sessie raad-1 is al geopend door proces 4242; stop dat proces eerst (Ctrl-D in die "
                + "console, of kill 4242) en probeer het dan opnieuw")
        #expect(
            SessionLockError.held(session: "raad-1", pid: 4242).rendered(in: .en)
                == "error: session raad-1 is already open in process 4242; stop that process first (Ctrl-D in its "
                + "console, or kill 4242) and then try again")
        #expect(
            SessionLockError.cannotLock(lockFile: "/x/n.sqlite-a.lock", problem: .readOnlyFileSystem).rendered()
                == "fout: kan het slot /x/n.sqlite-a.lock niet maken: het bestandssysteem is alleen-lezen")
    }
}
