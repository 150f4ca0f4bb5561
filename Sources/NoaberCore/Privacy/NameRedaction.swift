/// The one privacy filter of a pseudonymous session: every writer (reports, spreadsheet, session XML, file names,
/// export messages) passes the text it prints through it, so that no part of a participant's real name leaves the
/// store.
///
/// Rules: every part of every name a participant joined or was renamed under (not the tussenvoegsels such as van,
/// de, der, ten, nor single letters) is replaced by that participant's shown name wherever it occurs as a word, in
/// any capitalisation, also inside a hyphenated compound ("Jansen-Wessels"). Parts of one name that follow each
/// other, with tussenvoegsels between them and initials before them ("A.B. de Vries", "Anna de Vries"), become one
/// shown name. Words of shown names (pseudonyms, "Deelnemer 3") are never replaced, so a session read back from a
/// pseudonymous file, whose names are the shown ones, exports the same bytes again.
public struct NameRedaction: Sendable {
    /// A participant's real names and the name shown instead.
    public struct Person: Sendable, Equatable {
        public var names: [String]
        public var shown: String

        public init(names: [String], shown: String) {
            self.names = names
            self.shown = shown
        }
    }

    /// Lowercased name part → the people (indices into `shown`, in join order) whose names have it.
    private let owners: [String: [Int]]
    private let shown: [String]

    /// Name words that are never a name part on their own.
    public static let tussenvoegsels: Set<String> = [
        "van", "de", "der", "den", "het", "t", "ten", "ter", "te", "in", "op", "aan", "bij", "uit", "voor", "onder",
        "over", "von", "vom", "zu", "zum", "zur", "du", "da", "di", "del", "della", "des", "la", "le", "d", "l", "s",
        "vd",
    ]

    public init(_ people: [Person]) {
        let shownWords = Set(people.flatMap { Self.words(in: $0.shown).map { $0.lowercased() } })
        var owners: [String: [Int]] = [:]
        for (index, person) in people.enumerated() {
            for name in person.names {
                for word in Self.words(in: name) {
                    let part = word.lowercased()
                    guard part.count > 1, !Self.tussenvoegsels.contains(part), !shownWords.contains(part) else {
                        continue
                    }
                    if owners[part]?.last != index { owners[part, default: []].append(index) }
                }
            }
        }
        self.owners = owners
        shown = people.map(\.shown)
    }

    /// The redaction of a session: in a pseudonymous session every participant's current and former names,
    /// shown as `SessionState.displayName`; otherwise none.
    public init(_ state: SessionState) {
        guard state.settings?.pseudonymous == true else {
            self.init([])
            return
        }
        self.init(
            state.participants.map {
                Person(names: $0.formerNames + [$0.participant.name], shown: state.displayName(of: $0.id))
            })
    }

    /// Whether the filter changes nothing (not a pseudonymous session, or only shown names).
    public var isEmpty: Bool { owners.isEmpty }

    /// `text` with every real name replaced by its bearer's shown name.
    public func callAsFunction(_ text: String) -> String {
        guard !owners.isEmpty else { return text }
        let tokens = Self.tokens(text)
        guard tokens.contains(where: { $0.isWord && owners[$0.text.lowercased()] != nil }) else { return text }
        var result = ""
        var index = 0
        while index < tokens.count {
            if tokens[index].isWord, let (end, person) = run(from: index, in: tokens) {
                result += shown[person]
                index = end + 1
            } else {
                result += tokens[index].text
                index += 1
            }
        }
        return result
    }

    /// The name that starts at word token `start`: the index of its last name part and its bearer, or `nil` when
    /// no name starts there. A name may open with initials and hold tussenvoegsels between its parts; the parts
    /// must share a bearer (the earliest joined when several share them).
    private func run(from start: Int, in tokens: [Token]) -> (end: Int, person: Int)? {
        var people: [Int]?
        var lastPart: Int?
        var index = start
        while index < tokens.count {
            let word = tokens[index].text.lowercased()
            if let own = owners[word] {
                let shared = people.map { current in current.filter(own.contains) } ?? own
                guard !shared.isEmpty else { break }
                people = shared
                lastPart = index
            } else if Self.isInitial(at: index, in: tokens) {
                // An initial belongs to a name only before its first part.
                guard lastPart == nil else { break }
            } else if !(Self.tussenvoegsels.contains(word) && index != start) {
                break
            }
            guard index + 2 < tokens.count, Self.joinsName(tokens[index + 1].text) else { break }
            index += 2
        }
        guard let lastPart, let person = people?.first else { return nil }
        return (lastPart, person)
    }

    private struct Token {
        var text: Substring
        var isWord: Bool
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// Words and what lies between them, alternating, together the whole text.
    private static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var start = text.startIndex
        var inWord = false
        for index in text.indices {
            let isWord = isWordCharacter(text[index])
            if index != text.startIndex, isWord != inWord {
                tokens.append(Token(text: text[start..<index], isWord: inWord))
                start = index
            }
            inWord = isWord
        }
        if start < text.endIndex { tokens.append(Token(text: text[start...], isWord: inWord)) }
        return tokens
    }

    private static func words(in text: String) -> [Substring] {
        tokens(text).filter(\.isWord).map(\.text)
    }

    /// One letter followed by a full stop: "A." of "A. de Vries".
    private static func isInitial(at index: Int, in tokens: [Token]) -> Bool {
        tokens[index].text.count == 1 && tokens[index].text.first?.isLetter == true && index + 1 < tokens.count
            && tokens[index + 1].text.first == "."
    }

    /// What may stand between the words of one name: spaces, a hyphen, a full stop after an initial, an
    /// apostrophe ("d'Ancona").
    private static func joinsName(_ separator: Substring) -> Bool {
        separator.count <= 3
            && separator.allSatisfy {
                $0 == " " || $0 == "-" || $0 == "\u{2010}" || $0 == "." || $0 == "'" || $0 == "\u{2019}"
            }
    }
}
