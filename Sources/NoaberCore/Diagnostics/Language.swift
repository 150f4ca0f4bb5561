/// The language of what a facilitator or participant reads. Dutch is the default everywhere; commands offer
/// `--lang en`.
public enum Language: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case nl
    case en

    /// The word that opens an error line: `fout` or `error`.
    public var errorWord: String {
        switch self {
        case .nl: "fout"
        case .en: "error"
        }
    }

    /// The word that opens a warning line: `waarschuwing` or `warning`.
    public var warningWord: String {
        switch self {
        case .nl: "waarschuwing"
        case .en: "warning"
        }
    }
}

/// A text worded in both languages side by side, Dutch first: an error type words each case once as a `Wording`
/// and `Language.pick` chooses, so the two languages cannot drift apart case by case.
public typealias Wording = (nl: String, en: String)

extension Language {
    /// The text of `wording` in this language.
    public func pick(_ wording: Wording) -> String {
        switch self {
        case .nl: wording.nl
        case .en: wording.en
        }
    }
}

/// A value worded once in both languages, in one switch over its cases; `message(in:)` picks the reader's.
public protocol Worded {
    /// The Dutch and the English text.
    var wording: Wording { get }
}

extension Worded {
    /// The text in `language` (Dutch unless asked).
    public func message(in language: Language = .nl) -> String { language.pick(wording) }
}

/// An error or warning a user can read, in Dutch or English. Every user-facing error type conforms; one renderer
/// (`Diagnostic.rendered`) formats them so that the wording is tested in one place.
public protocol UserFacingError: Error, Sendable {
    /// The message without location or the leading `fout:`.
    func message(in language: Language) -> String
    /// Where the problem is, when it is in a file.
    var location: SourceLocation? { get }
}

extension UserFacingError {
    public var location: SourceLocation? { nil }

    /// `FILE:LINE:COL: fout: message` (or `fout: message` without a location), as a compiler prints it.
    public func rendered(in language: Language = .nl) -> String {
        let text = "\(language.errorWord): \(message(in: language))"
        guard let location else { return text }
        return "\(location): \(text)"
    }
}

/// A place in a file. Lines and columns are 1-based; 0 means unknown and is left out when printed.
public struct SourceLocation: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COL`, `FILE:LINE` without a column, `FILE` without a line.
    public var description: String {
        guard line > 0 else { return file }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }
}
