import Dispatch
import Foundation

/// Appends participants' key lines to the room's key file, durably, before their join is answered.
///
/// Rewriting the whole file for every join made 2,000 joins quadratic and held the room for an fsync each (about
/// 3 ms here). Lines that arrive while a write is under way wait for the next one and share its fsync, as events
/// share a journal commit. The write runs on a queue of its own, so it never blocks the threads that answer pages.
actor RoomKeyLog {
    let path: String
    private let handle: FileHandle
    private let queue = DispatchQueue(label: "noaber.room.keys")
    private var pending: [(line: Data, done: CheckedContinuation<Result<Void, RoomError>, Never>)] = []
    private var isWriting = false

    init(path: String) throws(RoomError) {
        self.path = path
        do {
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.seekToEnd()
        } catch {
            throw .keyFile(path: path, reason: "\(error)")
        }
    }

    deinit { try? handle.close() }

    /// Returns once the line is on disk.
    func append(_ entry: RoomKeys.Entry) async throws(RoomError) {
        let line: Data
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            line = try encoder.encode(entry) + Data([UInt8(ascii: "\n")])
        } catch {
            throw .keyFile(path: path, reason: "\(error)")
        }
        let result = await withCheckedContinuation { continuation in
            pending.append((line, continuation))
            if !isWriting {
                isWriting = true
                Task { await self.writePending() }
            }
        }
        try result.get()
    }

    private func writePending() async {
        while !pending.isEmpty {
            let batch = pending
            pending = []
            let bytes = batch.reduce(into: Data()) { $0.append($1.line) }
            let result = await write(bytes)
            for item in batch { item.done.resume(returning: result) }
        }
        isWriting = false
    }

    private func write(_ bytes: Data) async -> Result<Void, RoomError> {
        let handle = handle
        let path = path
        return await withCheckedContinuation { continuation in
            queue.async {
                do {
                    try handle.write(contentsOf: bytes)
                    try handle.synchronize()
                    continuation.resume(returning: .success(()))
                } catch {
                    continuation.resume(returning: .failure(.keyFile(path: path, reason: "\(error)")))
                }
            }
        }
    }
}
