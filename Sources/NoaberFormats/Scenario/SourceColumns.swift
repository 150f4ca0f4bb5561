/// Finds the column of an element or attribute on a known line.
///
/// libxml2 keeps only a line per node, yet every problem is printed `FILE:LINE:COL` so that an editor can jump to
/// it. Only used when something is wrong, so the scan is not on the path of a valid file.
struct SourceColumns {
    private let bytes: [UInt8]
    /// Offset of the first byte of each line; `lineStarts[0]` is line 1.
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The 1-based column (in characters) of `<element` on `line`, or of `attribute=` after it when given. Falls
    /// back to the first non-blank character of the line, and to 0 (unknown) when the line does not exist.
    func column(line: Int, element: String?, attribute: String? = nil) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 0 }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if let element, let tag = find(tag: element, in: start..<end) {
            if let attribute, let found = find(attribute: attribute, in: tag..<end) {
                return characters(from: start, to: found) + 1
            }
            return characters(from: start, to: tag) + 1
        }
        var offset = start
        while offset < end, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") {
            offset += 1
        }
        return characters(from: start, to: offset) + 1
    }

    /// Offset of the `<` that opens `<name` or `<prefix:name`, followed by a delimiter.
    private func find(tag name: String, in range: Range<Int>) -> Int? {
        let name = Array(name.utf8)
        var offset = range.lowerBound
        while offset < range.upperBound {
            defer { offset += 1 }
            guard bytes[offset] == UInt8(ascii: "<") else { continue }
            var nameStart = offset + 1
            // Skip a namespace prefix.
            var probe = nameStart
            while probe < range.upperBound, isNameByte(bytes[probe]) { probe += 1 }
            if probe < range.upperBound, bytes[probe] == UInt8(ascii: ":") { nameStart = probe + 1 }
            if matches(name, at: nameStart, before: range.upperBound) { return offset }
        }
        return nil
    }

    /// Offset of `name` preceded by a blank and followed by optional blanks and `=`.
    private func find(attribute name: String, in range: Range<Int>) -> Int? {
        let name = Array(name.utf8)
        var offset = range.lowerBound + 1
        while offset < range.upperBound {
            defer { offset += 1 }
            guard isBlank(bytes[offset - 1]), matches(name, at: offset, before: range.upperBound) else { continue }
            var after = offset + name.count
            while after < range.upperBound, isBlank(bytes[after]) { after += 1 }
            if after < range.upperBound, bytes[after] == UInt8(ascii: "=") { return offset }
        }
        return nil
    }

    private func matches(_ name: [UInt8], at offset: Int, before end: Int) -> Bool {
        guard offset + name.count <= end, bytes[offset..<(offset + name.count)].elementsEqual(name) else {
            return false
        }
        let after = offset + name.count
        return after == end || !isNameByte(bytes[after])
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            true
        default: byte >= 0x80
        }
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    /// Characters, not bytes: a UTF-8 continuation byte does not start a character.
    private func characters(from start: Int, to end: Int) -> Int {
        bytes[start..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
