import Foundation
import GRDB
import NoaberCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SessionStore {
    /// Makes a new store at `path` atomically: the complete store is written to a temporary file in the same
    /// folder, fsynced, and hard-linked to `path`. A kill before the link leaves no store (the temporary file is
    /// removed by the next creation), after it a complete one. `link(2)`, unlike `rename(2)`, never replaces a file:
    /// when another process linked its store first, that store is used, so both processes succeed.
    static func create(_ path: String, configuration: Configuration) throws(StoreError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = creationPrefix(path)
        removeAbandonedCreations(of: path)
        let temporary = folder + "/" + prefix + "\(getpid())-" + UUID().uuidString.prefix(8)
        defer { removeCreation(temporary) }
        do {
            let database = try DatabaseQueue(path: temporary, configuration: configuration)
            try database.writeWithoutTransaction { db in
                try db.inTransaction(.exclusive) {
                    _ = try StoreSchema.complete(db)
                    return .commit
                }
            }
            // Closing the last connection checkpoints the WAL into the file and removes the -wal file.
            try database.close()
        } catch {
            throw StoreError(error, path: path)
        }
        try synchronize(temporary, path: path)
        if link(temporary, path) != 0 {
            let code = errno
            // EEXIST: another process was first; its store is complete too. Otherwise (a file system without hard
            // links) the store is created in place, in one exclusive transaction, by the open that follows.
            if code == EEXIST || code == EPERM || code == EOPNOTSUPP || code == EMLINK { return }
            throw .cannotOpen(path: path, reason: FileProblem(errno: code, systemText: "errno \(code)"))
        }
        // The new name must survive a power cut as well.
        try synchronize(folder, path: path)
    }

    /// fsync(2) of a file or folder.
    private static func synchronize(_ file: String, path: String) throws(StoreError) {
        let descriptor = open(file, O_RDONLY)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 && errno != EINVAL {
            let code = errno
            throw .cannotOpen(path: path, reason: FileProblem(errno: code, systemText: "errno \(code)"))
        }
    }

    private static func removeCreation(_ temporary: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
    }

    private static func creationPrefix(_ path: String) -> String {
        "." + URL(fileURLWithPath: path).lastPathComponent + ".creating-"
    }

    /// Temporary files of creations whose process is gone (killed before it could remove them; when killed after
    /// the link, the temporary name is a second name of the finished store). Every writer's open tidies them.
    static func removeAbandonedCreations(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let prefix = creationPrefix(path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let pid = rest.split(separator: "-").first.flatMap({ Int32($0) }), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }
}
