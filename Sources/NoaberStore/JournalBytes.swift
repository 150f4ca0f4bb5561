/// The primitives of the journal's binary encoding (version 2): unsigned LEB128 lengths and counts, zigzag LEB128
/// integers, UTF-8 strings prefixed with their byte length, and optionals prefixed with 0 (absent) or 1.
///
/// The layout of each event is spelled out in `JournalCodec`; nothing here depends on Swift names, so renaming a
/// case or a property cannot change what is written or what an old store means.
struct JournalWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 64) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func count(_ value: Int) { unsigned(UInt64(value)) }

    mutating func int(_ value: Int) {
        let wide = Int64(value)
        unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalString(_ value: String?) {
        guard let value else { return byte(0) }
        byte(1)
        string(value)
    }

    mutating func strings(_ values: [String]) {
        count(values.count)
        for value in values { string(value) }
    }

    private mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}

/// Reads what `JournalWriter` wrote; every read past the end or out of range throws `JournalReader.Malformed`.
struct JournalReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position: Int

    init(_ bytes: [UInt8], from position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func count() throws(Malformed) -> Int {
        let value = try unsigned()
        // A count never exceeds the bytes left: this also bounds what a damaged row can make us allocate.
        guard value <= UInt64(bytes.count - position) else { throw Malformed() }
        return Int(value)
    }

    mutating func int() throws(Malformed) -> Int {
        let raw = try unsigned()
        let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        guard let int = Int(exactly: value) else { throw Malformed() }
        return int
    }

    mutating func string() throws(Malformed) -> String {
        let length = try count()
        let start = position
        position += length
        // Ids and most texts are ASCII, valid UTF-8 as they stand: decoding them skips the generic validation,
        // which looked up type metadata for every string and was the largest part of reading a journal. Read
        // through the array's own buffer: a slice of the array per string retained and released it each time.
        let ascii = bytes.withUnsafeBufferPointer { buffer in
            let utf8 = UnsafeBufferPointer(rebasing: buffer[start..<start + length])
            return utf8.allSatisfy { $0 < 0x80 } ? String(decoding: utf8, as: UTF8.self) : nil
        }
        if let ascii { return ascii }
        guard let text = String(validating: bytes[start..<start + length], as: UTF8.self) else { throw Malformed() }
        return text
    }

    mutating func optionalString() throws(Malformed) -> String? {
        switch try byte() {
        case 0: return nil
        case 1: return try string()
        default: throw Malformed()
        }
    }

    mutating func strings() throws(Malformed) -> [String] {
        let total = try count()
        var values: [String] = []
        values.reserveCapacity(total)
        for _ in 0..<total { values.append(try string()) }
        return values
    }

    private mutating func unsigned() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Malformed() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }
}
