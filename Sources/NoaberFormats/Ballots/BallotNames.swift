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
    func index(of name: [UInt8]) -> Int? {
        var slot = Self.hash(name) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if names[entry] == name { return entry }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a name not yet present and returns its index. The caller keeps the count within the capacity.
    mutating func add(_ name: [UInt8]) -> Int {
        var slot = Self.hash(name) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(names.count)
        names.append(name)
        return names.count - 1
    }

    /// FNV-1a over the bytes.
    @inline(__always)
    private static func hash(_ bytes: [UInt8]) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
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
