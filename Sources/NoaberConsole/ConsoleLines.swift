public import Foundation
public import NoaberCore

/// The console's input limits (README, "Limits"): a line longer than a field could need, or a script larger than
/// any evening's, is refused rather than read into memory without bound.
public enum ConsoleLimits {
    /// Bytes in one console line: room for the longest answer (10,000 characters) in any script, quoted.
    public static let lineBytes = 65_536
    /// Bytes in one `--script` file.
    public static let scriptBytes = 16 * 1024 * 1024
}

/// Console lines from bytes: strict UTF-8 (an invalid byte is an error with its place, never a silent U+FFFD),
/// NFC (so "Zoë" typed two ways is one name), and bounded in length.
public enum ConsoleLines {
    /// One line's bytes (without its line end) as text, or why not.
    public static func decode(_ bytes: some Collection<UInt8>) -> Result<String, ConsoleError> {
        guard bytes.count <= ConsoleLimits.lineBytes else {
            return .failure(.lineTooLong(bytes: bytes.count, limit: ConsoleLimits.lineBytes))
        }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var scalars = String.UnicodeScalarView()
        var column = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                column += 1
                scalars.append(Unicode.UTF8.decode(encoded))
            case .emptyInput:
                return .success(String(scalars).precomposedStringWithCanonicalMapping)
            case .error:
                return .failure(.invalidUTF8(column: column + 1))
            }
        }
    }

    /// A script's lines, checked whole before the session starts: size, then each line's length and encoding.
    /// CRLF line ends and a UTF-8 byte-order mark are accepted (editors on Windows write them).
    public static func script(_ data: Data, path: String) throws(ConsoleScriptError) -> [String] {
        guard data.count <= ConsoleLimits.scriptBytes else {
            throw ConsoleScriptError(
                location: SourceLocation(file: path, line: 0),
                error: .scriptTooLarge(bytes: data.count, limit: ConsoleLimits.scriptBytes))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lines: [String] = []
        for (offset, var line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.last == 0x0D { line = line.dropLast() }
            switch decode(line) {
            case .success(let text): lines.append(text)
            case .failure(let error):
                throw ConsoleScriptError(location: SourceLocation(file: path, line: offset + 1), error: error)
            }
        }
        return lines
    }
}

/// A script refused before the session starts, with the place of the first problem.
public struct ConsoleScriptError: Error, Equatable {
    public var location: SourceLocation
    public var error: ConsoleError
}

/// Lines from standard input, with a prompt on a terminal. Reads in blocks and never holds more than one line
/// (and at most `ConsoleLimits.lineBytes` of it): the rest of an over-long line is skipped, then refused.
public struct StandardInputLines: Sequence, IteratorProtocol {
    public let prompt: String?
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    public init(prompt: String?) { self.prompt = prompt }

    public mutating func next() -> Result<String, ConsoleError>? {
        if let prompt { FileHandle.standardOutput.write(Data(prompt.utf8)) }
        var line: [UInt8] = []
        var overflow = 0
        while true {
            if start == buffer.count {
                guard !atEnd, fill() else {
                    if line.isEmpty && overflow == 0 { return nil }
                    return finish(line, overflow: overflow)
                }
            }
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                append(buffer[start..<newline], to: &line, overflow: &overflow)
                start = newline + 1
                if line.last == 0x0D { line.removeLast() }
                return finish(line, overflow: overflow)
            }
            append(buffer[start...], to: &line, overflow: &overflow)
            start = buffer.count
        }
    }

    private func append(_ bytes: ArraySlice<UInt8>, to line: inout [UInt8], overflow: inout Int) {
        let room = ConsoleLimits.lineBytes + 1 - line.count
        if bytes.count <= room {
            line += bytes
        } else {
            line += bytes.prefix(room)
            overflow += bytes.count - room
        }
    }

    private func finish(_ line: [UInt8], overflow: Int) -> Result<String, ConsoleError> {
        guard overflow == 0 else {
            return .failure(.lineTooLong(bytes: line.count + overflow, limit: ConsoleLimits.lineBytes))
        }
        return ConsoleLines.decode(line)
    }

    /// Reads the next block of standard input; false at its end (or on a read error, which ends input too).
    private mutating func fill() -> Bool {
        var block = [UInt8](repeating: 0, count: 65_536)
        let count = block.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        guard count > 0 else {
            atEnd = true
            return false
        }
        buffer = Array(block.prefix(count))
        start = 0
        return true
    }
}
