import NoaberCore

/// Names met while reading ballots, by their exact UTF-8 bytes, each with its index in order of first appearance.
///
/// Open addressing over a power-of-two table sized for the candidate limit: looking up a name costs one hash of its
/// bytes and, almost always, one comparison, and allocates nothing unless the name is new.
struct BallotNames {
    private(set) var names: [[UInt8]] = []
    private var slots: [Int32]
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < 4 * capacity { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { names.count }

    /// The index of `name`, or `nil` when it has not been added.
    @inline(__always)
    func index(of name: [UInt8]) -> Int? { index(of: name[...]) }

    /// The index of the name `bytes` spell (a part of the text being read, not copied), or `nil`.
    @inline(__always)
    func index(of bytes: ArraySlice<UInt8>) -> Int? {
        var slot = Self.hash(bytes) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if names[entry].elementsEqual(bytes) { return entry }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a name not yet present and returns its index. The caller keeps the count within the capacity.
    mutating func add(_ name: [UInt8]) -> Int {
        var slot = Self.hash(name[...]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(names.count)
        names.append(name)
        return names.count - 1
    }

    /// The bytes taken eight at a time as one word, each word mixed in with one multiplication (a byte at a time
    /// made the multiplications one long chain, the most expensive part of reading a name).
    @inline(__always)
    private static func hash(_ bytes: ArraySlice<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var word: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes {
            word |= UInt64(byte) << shift
            shift += 8
            if shift == 64 {
                hash = mix(hash ^ word)
                word = 0
                shift = 0
            }
        }
        return Int(truncatingIfNeeded: mix(hash ^ word))
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product >> 29)
    }
}

/// What a name's bytes say about it, checked once per name: most names are plain ASCII and take the fast path.
enum NameCheck: Equatable {
    case valid
    case notUTF8
    /// A control character (Unicode category Cc): U+0000–U+001F or U+007F–U+009F.
    case controlCharacter(UInt32)

    @inline(__always)
    static func check(_ bytes: [UInt8]) -> NameCheck {
        var plain = true
        for byte in bytes where byte < 0x20 || byte >= 0x7F {
            plain = false
            break
        }
        return plain ? .valid : slowCheck(bytes)
    }

    private static func slowCheck(_ bytes: [UInt8]) -> NameCheck {
        guard let text = String(validating: bytes, as: UTF8.self) else { return .notUTF8 }
        // The same rule as for participants' names: no control, bidirectional or invisible characters.
        if let forbidden = TextPolicy.firstForbidden(in: text, allowsLineBreaks: false) {
            return .controlCharacter(forbidden.scalar.value)
        }
        return .valid
    }

    /// Blank as a spreadsheet pads a row: only spaces and tabs (any Unicode space separator counts as a space).
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        var ascii = true
        for byte in bytes where byte != 0x20 && byte != 0x09 {
            if byte < 0x80 { return false }
            ascii = false
        }
        if ascii { return true }
        guard let text = String(validating: bytes, as: UTF8.self) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }
}
