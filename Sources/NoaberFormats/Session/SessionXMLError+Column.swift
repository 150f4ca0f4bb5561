import Foundation
import NoaberCore

extension SessionXMLError {
    /// The same error with a column where it had only a line: the column where the line's content starts, which
    /// in a session file (one element per line) is the offending element's `<`. libxml2 keeps no columns for
    /// elements, so the reader points at the line's element this way.
    func withColumn(from source: () -> [UInt8]?) -> SessionXMLError {
        guard let location, location.line > 0, location.column == 0, let bytes = source() else { return self }
        guard let column = Self.contentColumn(line: location.line, in: bytes) else { return self }
        var located = location
        located.column = column
        return replacingLocation(with: located)
    }

    /// 1-based column of the first character on `line` that is not a space or tab.
    static func contentColumn(line: Int, in bytes: [UInt8]) -> Int? {
        var current = 1
        var index = 0
        while current < line, index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { current += 1 }
            index += 1
        }
        guard current == line else { return nil }
        var column = 1
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
            column += 1
            index += 1
        }
        return column
    }

    private func replacingLocation(with location: SourceLocation) -> SessionXMLError {
        switch self {
        case .noSessionStart, .timeOutOfRange, .unreadable, .tooLarge: self
        case .doctype: .doctype(location)
        case .tooDeep(_, let limit): .tooDeep(location, limit: limit)
        case .malformed(_, let detail): .malformed(location, detail: detail)
        case .schema(_, let detail): .schema(location, detail: detail)
        case .badValue(_, let attribute, let value): .badValue(location, attribute: attribute, value: value)
        case .scenarioReference(_, let attribute, let expected, let found):
            .scenarioReference(location, attribute: attribute, expected: expected, found: found)
        case .sequence(_, let expected, let found): .sequence(location, expected: expected, found: found)
        case .timeWentBack(_, let sequence): .timeWentBack(location, sequence: sequence)
        case .eventRefused(_, let sequence, let reason): .eventRefused(location, sequence: sequence, reason: reason)
        case .resultMismatch(_, let difference): .resultMismatch(location, difference)
        case .newerMethods(_, let version, let current): .newerMethods(location, version: version, current: current)
        }
    }

    /// Reads `path` again to place a column, only after a refusal; `nil` when it cannot be read.
    static func source(at path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { Array($0) }
    }
}
