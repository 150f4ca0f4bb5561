import NoaberCore

/// The JSON tokens (RFC 8259): strings with every escape, numbers, literals, and values skipped under other keys.
extension BallotJSONReader {
    /// Where the next byte stands (1-based line and column, columns counted in characters); a pair of numbers,
    /// so that remembering it costs nothing until an error needs a `SourceLocation`.
    var place: Place { Place(line: line, column: column + 1) }

    func location(_ place: Place) -> SourceLocation {
        SourceLocation(file: ballots.file, line: place.line, column: place.column)
    }

    @inline(__always)
    mutating func next() throws(RankingInputError) -> UInt8 {
        guard let byte = try input.next() else { throw problem(.unexpectedEnd, at: place) }
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 0
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
        return byte
    }

    @inline(__always)
    mutating func peek() throws(RankingInputError) -> UInt8 {
        guard let byte = try input.peek() else { throw problem(.unexpectedEnd, at: place) }
        return byte
    }

    mutating func skipWhitespace() throws(RankingInputError) {
        while let byte = try input.peek(),
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\t")
        {
            _ = try next()
        }
    }

    mutating func expect(_ expected: UInt8) throws(RankingInputError) {
        let at = place
        let byte = try next()
        guard byte == expected else { throw unexpected(byte, at: at) }
    }

    /// Only whitespace may follow the object.
    mutating func expectEnd() throws(RankingInputError) {
        try skipWhitespace()
        if try input.peek() != nil { throw problem(.textAfterObject, at: place) }
    }

    /// Reads a string after its opening quote into `text`, escapes decoded; raw bytes are kept as they are (names
    /// check their UTF-8 themselves).
    mutating func readString() throws(RankingInputError) {
        text.removeAll(keepingCapacity: true)
        while true {
            // Plain bytes up to the next quote, backslash or control byte are copied in one go.
            column += input.appendPlainRun(to: &text)
            let at = place
            let byte = try next()
            switch byte {
            case UInt8(ascii: "\""):
                return
            case UInt8(ascii: "\\"):
                try readEscape(at: at)
            case ..<0x20:
                throw problem(.controlCharacterInString(UInt32(byte)), at: at)
            default:
                text.append(byte)
            }
        }
    }

    private mutating func readEscape(at start: Place) throws(RankingInputError) {
        let byte = try next()
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(byte)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            var code = try readHex(at: start)
            if (0xD800..<0xDC00).contains(code) {
                // A high surrogate must be followed by an escaped low one.
                guard try next() == UInt8(ascii: "\\"), try next() == UInt8(ascii: "u") else {
                    throw problem(.invalidEscape, at: start)
                }
                let low = try readHex(at: start)
                guard (0xDC00..<0xE000).contains(low) else { throw problem(.invalidEscape, at: start) }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(code) {
                throw problem(.invalidEscape, at: start)
            }
            guard let scalar = Unicode.Scalar(code) else { throw problem(.invalidEscape, at: start) }
            text.append(contentsOf: String(Character(scalar)).utf8)
        default:
            throw problem(.invalidEscape, at: start)
        }
    }

    private mutating func readHex(at start: Place) throws(RankingInputError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = try next()
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw problem(.invalidEscape, at: start)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Skips one value of any kind, checking that it is valid JSON.
    mutating func skipValue(depth: Int) throws(RankingInputError) {
        let at = place
        let byte = try peek()
        switch byte {
        case UInt8(ascii: "\""):
            _ = try next()
            try readString()
            if case .notUTF8 = NameCheck.check(text) { throw RankingInputError(.notUTF8, at: location(at)) }
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            guard depth < Self.maximumDepth else { throw problem(.nestedTooDeep(limit: Self.maximumDepth), at: at) }
            let isObject = byte == UInt8(ascii: "{")
            _ = try next()
            try skipWhitespace()
            if try peek() == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                _ = try next()
                return
            }
            while true {
                try skipWhitespace()
                if isObject {
                    try expect(UInt8(ascii: "\""))
                    try readString()
                    try skipWhitespace()
                    try expect(UInt8(ascii: ":"))
                    try skipWhitespace()
                }
                try skipValue(depth: depth + 1)
                try skipWhitespace()
                let separatorPlace = place
                let separator = try next()
                if separator == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) { return }
                guard separator == UInt8(ascii: ",") else { throw unexpected(separator, at: separatorPlace) }
            }
        case UInt8(ascii: "t"): try literal(Array("true".utf8))
        case UInt8(ascii: "f"): try literal(Array("false".utf8))
        case UInt8(ascii: "n"): try literal(Array("null".utf8))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: throw unexpected(try next(), at: at)
        }
    }

    private mutating func literal(_ word: [UInt8]) throws(RankingInputError) {
        for expected in word { try expect(expected) }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func skipNumber() throws(RankingInputError) {
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { (0x30...0x39).contains($0) } ?? false }
        if try peek() == UInt8(ascii: "-") { _ = try next() }
        let first = try next()
        guard isDigit(first) else { throw unexpected(first) }
        if first != UInt8(ascii: "0") {
            while isDigit(try input.peek()) { _ = try next() }
        }
        if try input.peek() == UInt8(ascii: ".") {
            _ = try next()
            let digit = try next()
            guard isDigit(digit) else { throw unexpected(digit) }
            while isDigit(try input.peek()) { _ = try next() }
        }
        if let byte = try input.peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            _ = try next()
            if let sign = try input.peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { _ = try next() }
            let digit = try next()
            guard isDigit(digit) else { throw unexpected(digit) }
            while isDigit(try input.peek()) { _ = try next() }
        }
    }

    /// The error for an unexpected byte just read (at the previous column unless `at` is given); a byte that
    /// starts a multi-byte character is read with the rest of it, so the message names the character.
    mutating func unexpected(_ byte: UInt8, at given: Place? = nil) -> RankingInputError {
        var at = place
        at.column -= 1
        var bytes = [byte]
        let following = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0
        for _ in 0..<following {
            guard let next = try? input.next() else { break }
            bytes.append(next)
        }
        let code = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first?.value ?? 0xFFFD
        return problem(.unexpectedCharacter(byte < 0x80 ? UInt32(byte) : code), at: given ?? at)
    }

    func problem(_ problem: RankingInputError.JSONProblem, at place: Place) -> RankingInputError {
        RankingInputError(.invalidJSON(problem), at: location(place))
    }
}

/// A line and column in the JSON text.
struct Place {
    var line: Int
    var column: Int
}
