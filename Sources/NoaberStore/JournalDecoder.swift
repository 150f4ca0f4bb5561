import Foundation
import NoaberCore

/// Decodes stored payloads, each in the encoding version it was written in (`JournalCodec`). Large journals are
/// decoded in parallel chunks, outside the database queue.
enum JournalDecoder {
    static let parallelThreshold = 4_096

    static func decode(
        _ rows: [StoredEvent], session: SessionID
    ) throws(StoreError) -> [SessionEvent] {
        let chunkCount =
            rows.count < parallelThreshold ? 1 : min(ProcessInfo.processInfo.activeProcessorCount * 2, 16)
        let chunkSize = (rows.count + chunkCount - 1) / max(chunkCount, 1)
        let results = ChunkResults(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (chunk * chunkSize)..<min(rows.count, (chunk + 1) * chunkSize)
            var events: [SessionEvent] = []
            events.reserveCapacity(range.count)
            for index in range {
                let row = rows[index]
                let decoded =
                    row.isBinary ? JournalCodec.decode(row.payload) : JournalCodec.decodeLegacy(row.payload)
                guard let payload = decoded else {
                    results.set(chunk, .failure(.undecodableEvent(session: session, sequence: row.sequence)))
                    return
                }
                events.append(
                    SessionEvent(
                        sequence: row.sequence, time: Timestamp(millisecondsSince1970: row.time), payload: payload))
            }
            results.set(chunk, .success(events))
        }
        var events: [SessionEvent] = []
        events.reserveCapacity(rows.count)
        for result in results.all() {
            switch result {
            case .success(let chunk): events += chunk
            case .failure(let error): throw error
            case nil: continue
            }
        }
        return events
    }
}

/// One slot per chunk, written by the worker that owns the chunk.
private final class ChunkResults: @unchecked Sendable {
    // @unchecked: every access goes through `lock`; each slot is written once.
    private let lock = NSLock()
    private var slots: [Result<[SessionEvent], StoreError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<[SessionEvent], StoreError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func all() -> [Result<[SessionEvent], StoreError>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
