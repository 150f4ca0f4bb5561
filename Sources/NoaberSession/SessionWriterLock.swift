import Foundation
public import NoaberCore
public import NoaberStore

/// One writer per session: an advisory `flock` on a lock file beside the store, `<store>-<session>.lock`, holding
/// the holder's process id for the message.
///
/// Only writers (a runner, `merge --into`, `purge`) create the file; readers never look at it. The kernel drops the
/// lock when its process dies, however it dies, so a crashed holder never leaves a session locked: the next writer
/// takes the stale file over. A clean release removes the file (and a writer that locked a file someone else just
/// removed notices and tries again), so a store folder keeps no lock files of sessions nobody writes.
/// `flock` locks belong to an open file, not to a process, so a second runner of a session in the same process is
/// refused as well.
public final class SessionWriterLock: @unchecked Sendable {
    // @unchecked: `descriptor` is only touched under `mutex`.
    public let sessionID: SessionID
    /// The lock file.
    public let path: String
    private let mutex = NSLock()
    private var descriptor: Int32

    private init(sessionID: SessionID, path: String, descriptor: Int32) {
        self.sessionID = sessionID
        self.path = path
        self.descriptor = descriptor
    }

    /// The lock file of a session in the store at `storePath`.
    public static func path(of sessionID: SessionID, storePath: String) -> String {
        "\(storePath)-\(sessionID).lock"
    }

    /// Takes the session's lock at once, or throws `.held` naming the process that has it; never waits.
    public static func acquire(_ sessionID: SessionID, store: SessionStore) throws(SessionLockError)
        -> SessionWriterLock
    {
        // The id becomes part of a file name: one that could climb out of the store's folder is refused first.
        guard SessionState.isSafeSessionID(sessionID) else { throw .invalidSessionID(sessionID) }
        let path = path(of: sessionID, storePath: store.path)
        // A holder that releases between our open and our flock removes the file we opened; a few tries suffice.
        for _ in 0..<8 {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw .cannotLock(lockFile: path, problem: problem(errno)) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let code = errno
                let holder = code == EWOULDBLOCK ? holderPID(descriptor) : nil
                close(descriptor)
                if code == EWOULDBLOCK { throw .held(session: sessionID, pid: holder) }
                throw .cannotLock(lockFile: path, problem: problem(code))
            }
            guard isStillAt(path, descriptor) else {
                close(descriptor)
                continue
            }
            let pid = "\(getpid())\n"
            _ = ftruncate(descriptor, 0)
            _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
            return SessionWriterLock(sessionID: sessionID, path: path, descriptor: descriptor)
        }
        throw .cannotLock(lockFile: path, problem: .other("the lock file keeps changing"))
    }

    /// Removes the lock file and drops the lock; later calls do nothing.
    public func release() {
        mutex.lock()
        defer { mutex.unlock() }
        guard descriptor >= 0 else { return }
        // Unlink while still holding the lock: a writer waiting on this file then sees it is gone and retries.
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// The process id written in the lock file by its holder, if it is there yet.
    private static func holderPID(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self)
        return Int32(text.trimmedWhitespace)
    }

    /// Whether the file locked through `descriptor` is still the one at `path` (not removed or replaced meanwhile).
    private static func isStillAt(_ path: String, _ descriptor: Int32) -> Bool {
        var opened = stat()
        var named = stat()
        guard fstat(descriptor, &opened) == 0, stat(path, &named) == 0 else { return false }
        return opened.st_ino == named.st_ino && opened.st_dev == named.st_dev
    }

    private static func problem(_ code: Int32) -> FileProblem {
        FileProblem(errno: code, systemText: String(cString: strerror(code)))
    }
}

/// Why a session could not be opened for writing.
public enum SessionLockError: UserFacingError, Equatable, Worded {
    /// Another process (or another runner in this one) writes the session; `pid` when its lock file names it.
    case held(session: SessionID, pid: Int32?)
    /// The lock file cannot be created or locked (a read-only folder, no rights).
    case cannotLock(lockFile: String, problem: FileProblem)
    /// Not a session id (see `SessionState.isSafeSessionID`); the engine's own refusal.
    case invalidSessionID(SessionID)

    /// The text in Dutch and in English (`message(in:)` picks one).
    public var wording: Wording {
        switch self {
        case .held(let session, let pid?):
            (
                "sessie \(session) is al geopend door proces \(pid); stop dat proces eerst "
                    + "(Ctrl-D in die console, of kill \(pid)) en probeer het dan opnieuw",
                "session \(session) is already open in process \(pid); stop that process first "
                    + "(Ctrl-D in its console, or kill \(pid)) and then try again"
            )
        case .held(let session, nil):
            (
                "sessie \(session) is al geopend door een ander proces; stop dat proces eerst en probeer het "
                    + "dan opnieuw",
                "session \(session) is already open in another process; stop that process first and then try again"
            )
        case .cannotLock(let file, let problem):
            (
                "kan het slot \(file) niet maken: \(problem.message(in: .nl))",
                "cannot create the lock \(file): \(problem.message(in: .en))"
            )
        case .invalidSessionID(let session):
            (
                SessionError.invalidSessionID(session).message(in: .nl),
                SessionError.invalidSessionID(session).message(in: .en)
            )
        }
    }
}
