/// A place in an XML file. Lines and columns are 1-based; 0 means libxml2 did not know. Only this module makes
/// one (from what libxml2 reports), so its memberwise initialiser stays internal.
public struct XMLLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column = 0

    /// `FILE:LINE:COL`, leaving out what is unknown, as a compiler prints it.
    public var description: String {
        guard line > 0 else { return file }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }
}

/// One problem libxml2 reported, with its message as libxml2 words it (English, whitespace trimmed). Made only in
/// this module, like `XMLLocation`.
public struct XMLDiagnostic: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var location: XMLLocation
    public var message: String

    public var description: String { "\(location): \(message)" }
}

/// Everything that can go wrong reading, validating or writing XML. Callers turn these into their own
/// user-facing (Dutch) errors; the messages inside are libxml2's.
public enum XMLError: Error, Sendable, Equatable {
    /// The file could not be read; `code` is the POSIX error number (callers word the common ones themselves),
    /// `reason` the system's wording (`strerror`).
    case unreadable(file: String, code: Int32, reason: String)
    /// The input is larger than `XMLParseOptions.maxBytes`; checked before a byte is parsed.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// The document has a DOCTYPE. Noaber's formats need none, and refusing every DOCTYPE refuses every entity
    /// declaration, so entity expansion bombs and external entities never get a chance.
    case doctypeForbidden(XMLLocation)
    /// Elements nest deeper than `limit`.
    case tooDeep(XMLLocation, limit: Int)
    /// The document is not well-formed (or not namespace-well-formed); every error libxml2 reported.
    case malformed([XMLDiagnostic])
    /// The document violates the RelaxNG schema; every violation libxml2 reported, in document order.
    case invalid([XMLDiagnostic])
    /// The RelaxNG schema itself does not compile.
    case schemaUnusable([XMLDiagnostic])
    /// libxml2's writer refused a call; the associated value names the C function.
    case writerFailed(String)
}

extension XMLError: CustomStringConvertible {
    /// An English, one-problem-per-line rendering for logs and test failures. User-facing text is the caller's.
    public var description: String {
        switch self {
        case .unreadable(let file, _, let reason):
            return "\(file): cannot read: \(reason)"
        case .tooLarge(let file, let bytes, let limit):
            return "\(file): \(bytes) bytes is larger than the limit of \(limit) bytes"
        case .doctypeForbidden(let location):
            return "\(location): DOCTYPE declarations are not allowed"
        case .tooDeep(let location, let limit):
            return "\(location): elements nest deeper than \(limit) levels"
        case .malformed(let diagnostics), .invalid(let diagnostics), .schemaUnusable(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        case .writerFailed(let function):
            return "\(function) failed"
        }
    }
}
