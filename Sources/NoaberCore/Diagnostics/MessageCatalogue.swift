/// The Dutch and English messages of an error type, kept as text apart from the code: one entry per case, keyed by
/// the case's name, so that an error enum words its cases by looking them up instead of in a switch of its own.
///
/// An entry is a head line, the case's name and a name for each value the case carries, in order, then a line
/// `nl:` and a line `en:`; a line that starts with white space continues the line above it after one space.
/// `{name}` in a text stands for the value of that name: a `Worded` value in the same language, a raw-valued enum
/// or an error in the same language, a raw-valued enum by its raw value, anything else as Swift prints it.
///
///     outOfSequence(expected, got)
///     nl: gebeurtenis {got} komt niet op zijn plaats; verwacht: {expected}
///     en: event {got} is out of sequence; expected {expected}
///
/// A text that shows something derived from a value (a code point, a byte count) names it after `with` in the head
/// and gets it from the caller (`wording(of:with:)`); a text that needs a choice stays in Swift, in `wording`.
public struct MessageCatalogue: Sendable {
    struct Entry: Sendable {
        var names: [String]
        var nl: String
        var en: String
    }

    let entries: [String: Entry]

    /// Reads the entries of `texts` together (a type's own and, say, those its werkvormen add). A malformed entry,
    /// a name given twice or a `{name}` its head does not declare is a programmer's error and stops the program.
    public init(_ texts: String...) {
        var entries: [String: Entry] = [:]
        for entry in texts.flatMap(Self.entries(in:)) {
            precondition(entries.updateValue(entry.value, forKey: entry.key) == nil, "message \(entry.key) twice")
        }
        self.entries = entries
    }

    /// The wording of `value`, a case of an enum, with its values in place and the names after `with` taken from
    /// `derived`; nil when the catalogue has no entry.
    public func wording(of value: Any, with derived: [String: Any] = [:]) -> Wording? {
        let (key, values) = Self.caseAndValues(of: value)
        guard let entry = entries[key] else { return nil }
        var named = derived
        for (name, value) in zip(entry.names, values) { named[name] = value }
        return (Self.fill(entry.nl, named, .nl), Self.fill(entry.en, named, .en))
    }

    /// The case's name in both languages: what a case without an entry says, rather than nothing. Tests run with
    /// assertions on, so there a missing entry stops the test that words it.
    public static func unworded(_ value: Any) -> Wording {
        let (key, _) = caseAndValues(of: value)
        assertionFailure("no message for \(key)")
        return (key, key)
    }

    /// The case's name and the values it carries, in order.
    static func caseAndValues(of value: Any) -> (String, [Any]) {
        guard let (label, payload) = Mirror(reflecting: value).children.first, let label else {
            return (String(describing: value), [])
        }
        let payloadMirror = Mirror(reflecting: payload)
        guard payloadMirror.displayStyle == .tuple else { return (label, [payload]) }
        return (label, payloadMirror.children.map(\.value))
    }

    /// `text` with each `{name}` replaced, in one pass, so that a value's own braces stay as they are.
    static func fill(_ text: String, _ named: [String: Any], _ language: Language) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = named[name] {
                result += Self.text(of: value, in: language)
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func text(of value: Any, in language: Language) -> String {
        switch value {
        case let wording as Wording: language.pick(wording)
        case let worded as any Worded: language.pick(worded.wording)
        case let error as any UserFacingError: error.message(in: language)
        case let printed as any CustomStringConvertible: printed.description
        case let raw as any RawRepresentable: "\(raw.rawValue)"
        default: "\(value)"
        }
    }

    static func entries(in text: String) -> [(key: String, value: Entry)] {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.first?.isWhitespace == true, let last = lines.indices.last {
                lines[last] += " " + line.drop(while: \.isWhitespace)
            } else {
                lines.append(String(line))
            }
        }
        precondition(lines.count % 3 == 0, "a message catalogue has a head, nl: and en: per entry")
        return stride(from: 0, to: lines.count, by: 3).map { at in
            entry(head: lines[at], nl: lines[at + 1], en: lines[at + 2])
        }
    }

    static func entry(head: String, nl: String, en: String) -> (key: String, value: Entry) {
        let parts = head.split(whereSeparator: { "(), ".contains($0) }).map(String.init)
        precondition(nl.hasPrefix("nl: ") && en.hasPrefix("en: "), "message \(head): nl: and en: expected")
        let entry = Entry(
            names: parts.dropFirst().filter { $0 != "with" }, nl: String(nl.dropFirst(4)), en: String(en.dropFirst(4)))
        for text in [entry.nl, entry.en] {
            let used = text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap {
                $0.split(separator: "}").first
            }
            precondition(used.allSatisfy { entry.names.contains(String($0)) }, "message \(head): unknown {name}")
        }
        return (parts[0], entry)
    }
}

/// A type whose cases are worded in a `MessageCatalogue`: `wording` looks the case up (a type that words some
/// cases in Swift writes its own `wording` and falls back on `cataloguedWording`).
public protocol Catalogued: Worded {
    /// The entries, one per case.
    static var messages: MessageCatalogue { get }
}

extension Catalogued {
    /// The catalogue's wording of this case; a case without an entry says its name (and stops a debug build).
    public var cataloguedWording: Wording { Self.messages.wording(of: self) ?? MessageCatalogue.unworded(self) }

    public var wording: Wording { cataloguedWording }
}
