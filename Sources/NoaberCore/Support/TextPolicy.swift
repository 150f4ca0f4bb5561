/// Which characters Noaber accepts in what people type, and how it names the ones it refuses (issue 10, item 6).
///
/// Refused everywhere: C0 and C1 control characters (tab and newline only in free text), bidirectional overrides,
/// embeddings and isolates (they make "Anna" display as something else), and invisible format characters such as
/// zero-width spaces and the byte-order mark ("\u{200B}Anna" would otherwise be a second Anna). The zero-width
/// joiner and non-joiner stay: emoji sequences and scripts such as Persian and the Indic ones need them.
public enum TextPolicy {
    /// The first character `text` may not contain, or `nil` when it is acceptable.
    ///
    /// - Parameter allowsLineBreaks: free text (answers, notes) may hold tabs and newlines; names, ids and item
    ///   texts may not.
    public static func firstForbidden(in text: String, allowsLineBreaks: Bool) -> ForbiddenCharacter? {
        var position = 0
        for character in text {
            position += 1
            for scalar in character.unicodeScalars {
                if let kind = kind(of: scalar, allowsLineBreaks: allowsLineBreaks) {
                    return ForbiddenCharacter(scalar: scalar, position: position, kind: kind)
                }
            }
        }
        return nil
    }

    /// The kind of character `scalar` is, when the policy refuses it.
    public static func kind(of scalar: Unicode.Scalar, allowsLineBreaks: Bool) -> ForbiddenCharacter.Kind? {
        switch scalar.value {
        case 0x09, 0x0A: return allowsLineBreaks ? nil : .control
        case 0x00...0x1F, 0x7F...0x9F: return .control
        case 0x2028, 0x2029: return allowsLineBreaks ? nil : .control
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return .bidirectional
        case 0x200C, 0x200D: return nil
        default: return scalar.properties.generalCategory == .format ? .invisible : nil
        }
    }

    /// `text` with every control, bidirectional and invisible character shown as `<U+XXXX>`: safe to echo to a
    /// terminal or a log (a carriage return or an override can no longer rewrite what the facilitator sees).
    public static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if kind(of: scalar, allowsLineBreaks: false) != nil {
                result += "<\(ForbiddenCharacter.codePoint(scalar))>"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// A character `TextPolicy` refuses, where it stands, and what kind it is: the data of an error message.
public struct ForbiddenCharacter: Sendable, Equatable, Hashable {
    public enum Kind: Sendable, Equatable, Hashable {
        /// C0/C1 control characters (and line separators where no line break belongs).
        case control
        /// Bidirectional overrides, embeddings, isolates and marks.
        case bidirectional
        /// Invisible format characters: zero-width space, word joiner, byte-order mark, soft hyphen …
        case invisible
    }

    public var scalar: Unicode.Scalar
    /// 1-based, in characters as a reader counts them.
    public var position: Int
    public var kind: Kind

    public init(scalar: Unicode.Scalar, position: Int, kind: Kind) {
        self.scalar = scalar
        self.position = position
        self.kind = kind
    }

    /// `U+202E`: four or more upper-case hex digits.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// "stuurteken", "richtingsteken", "onzichtbaar teken" (or the English words).
    public static func word(for kind: Kind, in language: Language) -> String {
        switch (kind, language) {
        case (.control, .nl): "stuurteken"
        case (.bidirectional, .nl): "richtingsteken"
        case (.invisible, .nl): "onzichtbaar teken"
        case (.control, .en): "control character"
        case (.bidirectional, .en): "bidirectional control character"
        case (.invisible, .en): "invisible character"
        }
    }

    /// "een stuurteken (U+000D) op positie 5" / "a control character (U+000D) at position 5".
    public func description(in language: Language) -> String {
        let word = Self.word(for: kind, in: language)
        let code = Self.codePoint(scalar)
        return switch language {
        case .nl: "een \(word) (\(code)) op positie \(position)"
        case .en: "\(kind == .invisible ? "an" : "a") \(word) (\(code)) at position \(position)"
        }
    }
}
