import Foundation
import NoaberCore

/// The bytes of a ballot file, read in chunks so that memory follows the ballots rather than the text, and
/// refused as soon as more than `limit` bytes have been read.
struct ByteReader {
    private enum Source {
        case memory
        case handle(FileHandle)
    }

    /// Bytes per read from a file or standard input.
    static let chunkSize = 1 << 16

    private let source: Source
    private let limit: Int
    private let file: String
    private var chunk: [UInt8]
    private var index = 0
    /// Chunks read ahead by `firstByte(where:)`, consumed before the source is read again.
    private var ahead: [[UInt8]] = []
    /// Bytes taken from the source so far, including `chunk` and `ahead`.
    private var taken = 0

    /// Bytes already in memory (tests, small inputs); `limit` still applies.
    init(bytes: [UInt8], limit: Int, file: String) throws(RankingInputError) {
        guard bytes.count <= limit else { throw RankingInputError(.tooLarge(limit: limit), at: Self.at(file)) }
        source = .memory
        self.limit = limit
        self.file = file
        chunk = bytes
        taken = bytes.count
    }

    /// Bytes read from `handle` as they are needed.
    init(handle: FileHandle, limit: Int, file: String) {
        source = .handle(handle)
        self.limit = limit
        self.file = file
        chunk = []
    }

    @inline(__always)
    mutating func next() throws(RankingInputError) -> UInt8? {
        if index == chunk.count {
            guard try refill() else { return nil }
        }
        let byte = chunk[index]
        index += 1
        return byte
    }

    @inline(__always)
    mutating func peek() throws(RankingInputError) -> UInt8? {
        if index == chunk.count {
            guard try refill() else { return nil }
        }
        return chunk[index]
    }

    /// Appends the bytes from here up to the first quote, backslash or control byte in the current chunk (a JSON
    /// string's plain run) and returns how many characters they hold (bytes that do not continue a character).
    @inline(__always)
    mutating func appendPlainRun(to buffer: inout [UInt8]) -> Int {
        let start = index
        var characters = 0
        while index < chunk.count {
            let byte = chunk[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            if byte & 0xC0 != 0x80 { characters += 1 }
            index += 1
        }
        if index > start { buffer.append(contentsOf: chunk[start..<index]) }
        return characters
    }

    /// The rest of a JSON string when it lies in the current chunk and is printable ASCII without an escape (the
    /// usual name): the bytes before the closing quote, which is consumed with them. Otherwise `nil`, and nothing
    /// is consumed.
    @inline(__always)
    mutating func takePrintableString() -> ArraySlice<UInt8>? {
        var end = index
        while end < chunk.count {
            let byte = chunk[end]
            if byte == UInt8(ascii: "\"") {
                let text = chunk[index..<end]
                index = end + 1
                return text
            }
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
            end += 1
        }
        return nil
    }

    /// An unquoted CSV cell that lies in the current chunk and is printable ASCII, not starting with a space (the
    /// usual name): its bytes and the byte that ends it (`separator`, LF or CR), which is consumed with them.
    /// Otherwise `nil`, and nothing is consumed.
    @inline(__always)
    mutating func takePrintableCell(separator: UInt8) -> (cell: ArraySlice<UInt8>, end: UInt8)? {
        guard index < chunk.count, chunk[index] > 0x20 else { return nil }
        var end = index
        while end < chunk.count {
            let byte = chunk[end]
            if byte == separator || byte == 0x0A || byte == 0x0D {
                guard end > index else { return nil }
                let cell = chunk[index..<end]
                index = end + 1
                return (cell, byte)
            }
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\"") else { return nil }
            end += 1
        }
        return nil
    }

    /// The first byte from here on that satisfies `predicate`, without consuming anything; what it has to read
    /// to find it is kept for later (at most `limit` bytes).
    mutating func firstByte(where predicate: (UInt8) -> Bool) throws(RankingInputError) -> UInt8? {
        if let found = chunk[index...].first(where: predicate) { return found }
        for block in ahead {
            if let found = block.first(where: predicate) { return found }
        }
        while let block = try read() {
            ahead.append(block)
            if let found = block.first(where: predicate) { return found }
        }
        return nil
    }

    /// Up to `count` bytes from here on, without consuming them (fewer at the end of the input).
    mutating func upcoming(_ count: Int) throws(RankingInputError) -> [UInt8] {
        var bytes = Array(chunk[index...].prefix(count))
        for block in ahead where bytes.count < count { bytes += block.prefix(count - bytes.count) }
        while bytes.count < count, let block = try read() {
            ahead.append(block)
            bytes += block.prefix(count - bytes.count)
        }
        return bytes
    }

    private mutating func refill() throws(RankingInputError) -> Bool {
        while true {
            if !ahead.isEmpty {
                chunk = ahead.removeFirst()
            } else if let block = try read() {
                chunk = block
            } else {
                return false
            }
            index = 0
            if !chunk.isEmpty { return true }
        }
    }

    /// The next chunk from the source, `nil` at its end. Asks for at most one byte more than the limit allows,
    /// so that a stream that never ends is refused after `limit` bytes.
    private mutating func read() throws(RankingInputError) -> [UInt8]? {
        guard case .handle(let handle) = source else { return nil }
        let data: Data?
        do {
            data = try handle.read(upToCount: min(Self.chunkSize, limit - taken + 1))
        } catch {
            throw RankingInputError(.unreadableFile(FileProblem(foundationError: error)), at: Self.at(file))
        }
        guard let data, !data.isEmpty else { return nil }
        taken += data.count
        guard taken <= limit else { throw RankingInputError(.tooLarge(limit: limit), at: Self.at(file)) }
        return [UInt8](data)
    }

    private static func at(_ file: String) -> SourceLocation { SourceLocation(file: file, line: 0) }
}
