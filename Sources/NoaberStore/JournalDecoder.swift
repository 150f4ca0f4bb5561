import Foundation
import NoaberCore

/// Decodes stored payloads. JSON decoding dominates loading a long session, so large journals are decoded in
/// parallel chunks (one decoder per chunk), outside the database queue.
enum JournalDecoder {
    static let parallelThreshold = 4_096

    static func decode(
        _ rows: [(sequence: Int, time: Int64, payload: String)], session: SessionID
    ) throws(StoreError) -> [SessionEvent] {
        let chunkCount =
            rows.count < parallelThreshold ? 1 : min(ProcessInfo.processInfo.activeProcessorCount * 2, 16)
        let chunkSize = (rows.count + chunkCount - 1) / max(chunkCount, 1)
        let results = ChunkResults(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (chunk * chunkSize)..<min(rows.count, (chunk + 1) * chunkSize)
            let decoder = JSONDecoder()
            var events: [SessionEvent] = []
            events.reserveCapacity(range.count)
            for index in range {
                let row = rows[index]
                guard let payload = try? decoder.decode(EventPayload.self, from: Data(row.payload.utf8)) else {
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
