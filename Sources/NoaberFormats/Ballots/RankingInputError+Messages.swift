import NoaberAggregation
public import NoaberCore

extension RankingInputError: Worded {
    /// The message in Dutch and in English, without the leading `fout:`: the reason's catalogue entry, with what
    /// its values give after a step (`derived`).
    public var wording: Wording {
        if case .jsonNotAnObject = reason {
            // Shows JSON's own braces, which in a catalogue entry stand for values.
            return (
                "verwacht een JSON-object {\"candidates\": [namen], \"ballots\": [[namen], …]}",
                "expected a JSON object {\"candidates\": [names], \"ballots\": [[names], …]}"
            )
        }
        return Self.messages.wording(of: reason, with: derived) ?? MessageCatalogue.unworded(reason)
    }

    /// What a message shows that the reason's values give only after a step: a name error in its own words, the
    /// kind and code point of a refused character, a JSON problem, a byte count.
    private var derived: [String: Any] {
        switch reason {
        case .names(let reason): ["error": RankingProfile.NameError(reason)]
        case .controlCharacter(_, _, let code), .controlCharacterInCandidate(_, let code):
            ["word": (nl: Self.word(code, .nl), en: Self.word(code, .en)), "codePoint": Self.codePoint(code)]
        case .invalidJSON(let problem): ["problem": Self.wording(problem)]
        case .tooLarge(let limit): ["bytes": Self.bytes(limit)]
        default: [:]
        }
    }

    /// The messages of the reasons, worded once in both languages (but for `jsonNotAnObject`).
    static let messages = MessageCatalogue(
        #"""
        names(_) with error
        nl: {error}
        en: {error}

        controlCharacter(ballot, column, code) with word, codePoint
        nl: stembiljet {ballot}, kolom {column}: een naam mag geen {word} bevatten ({codePoint})
        en: ballot {ballot}, column {column}: a name may not contain a {word} ({codePoint})

        controlCharacterInCandidate(position, code) with word, codePoint
        nl: kandidaat {position}: een naam mag geen {word} bevatten ({codePoint})
        en: candidate {position}: a name may not contain a {word} ({codePoint})

        invalidJSON(_) with problem
        nl: ongeldige JSON: {problem}
        en: invalid JSON: {problem}

        tooLarge(limit) with bytes
        nl: het bestand is te groot: noaber rank leest hoogstens {bytes}
        en: the file is too large: noaber rank reads at most {bytes}

        blankCell(ballot, column)
        nl: stembiljet {ballot}: lege cel {column} tussen twee namen
        en: ballot {ballot}: blank cell {column} between two names

        unterminatedQuote(ballot)
        nl: stembiljet {ballot}: aanhalingsteken wordt niet gesloten
        en: ballot {ballot}: quoted field is not closed

        notUTF8
        nl: het bestand is geen UTF-8
        en: the file is not UTF-8

        jsonMissingBallots
        nl: "ballots" ontbreekt of is geen lijst van lijsten
        en: "ballots" is missing or not a list of lists

        jsonMissingCandidates
        nl: "candidates" ontbreekt of is geen lijst (of geef --candidates)
        en: "candidates" is missing or not a list (or give --candidates)

        jsonCandidateNotAName(position)
        nl: kandidaat {position} is geen tekst
        en: candidate {position} is not a string

        jsonBallotNotNames(ballot)
        nl: stembiljet {ballot} is geen lijst van namen
        en: ballot {ballot} is not a list of names

        unreadableFile(problem)
        nl: het bestand kan niet gelezen worden: {problem}
        en: the file cannot be read: {problem}

        notARegularFile
        nl: het bestand kan niet gelezen worden: dit is geen gewoon bestand maar een apparaat, pijp of socket (lees zo'n
            stroom met - van de standaardinvoer)
        en: the file cannot be read: this is not a regular file but a device, pipe or socket (read such a stream with -
            from standard input)

        tooManyCandidates(limit)
        nl: te veel kandidaten: noaber rank rangschikt er hoogstens {limit}
        en: too many candidates: noaber rank ranks at most {limit}

        tooManyBallots(limit)
        nl: te veel stembiljetten: noaber rank telt er hoogstens {limit}
        en: too many ballots: noaber rank counts at most {limit}

        tooManyNames(limit)
        nl: te veel namen op de stembiljetten samen: noaber rank leest er hoogstens {limit}
        en: too many names on all ballots together: noaber rank reads at most {limit}
        """#)

    private static func wording(_ problem: JSONProblem) -> Wording {
        var derived: [String: Any] = [:]
        if case .unexpectedCharacter(let code) = problem { derived["character"] = character(code) }
        if case .controlCharacterInString(let code) = problem { derived["codePoint"] = codePoint(code) }
        return jsonMessages.wording(of: problem, with: derived) ?? MessageCatalogue.unworded(problem)
    }

    /// The messages of the JSON problems, worded once in both languages.
    static let jsonMessages = MessageCatalogue(
        #"""
        unexpectedCharacter(code) with character
        nl: onverwacht teken {character}
        en: unexpected character {character}

        controlCharacterInString(code) with codePoint
        nl: stuurteken {codePoint} in een tekst (schrijf het als \u)
        en: control character {codePoint} in a string (write it as \u)

        unexpectedEnd
        nl: de tekst houdt onverwacht op
        en: the text ends unexpectedly

        invalidEscape
        nl: ongeldige escape met \
        en: invalid escape with \

        textAfterObject
        nl: tekst na het einde van het object
        en: text after the end of the object

        nestedTooDeep(limit)
        nl: lijsten en objecten dieper genest dan {limit}
        en: lists and objects nested deeper than {limit}

        duplicateKey(key)
        nl: de sleutel "{key}" staat twee keer in het object
        en: the key "{key}" appears twice in the object
        """#)

    /// `U+0000`: at least four upper-case hexadecimal digits.
    static func codePoint(_ code: UInt32) -> String {
        let digits = String(code, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A visible ASCII character quoted ('x'), anything else as its code point, so that nothing is echoed raw.
    private static func character(_ code: UInt32) -> String {
        (0x21...0x7E).contains(code) ? "'\(Character(Unicode.Scalar(UInt8(code))))'" : codePoint(code)
    }

    /// `64 MiB (67108864 bytes)`, or `200 bytes` for a limit that is not a whole number of MiB.
    private static func bytes(_ count: Int) -> String {
        count > 0 && count % (1 << 20) == 0 ? "\(count >> 20) MiB (\(count) bytes)" : "\(count) bytes"
    }
}

extension RankingInputError {
    /// What kind of refused character a code point is, in words ("stuurteken", "richtingsteken" …).
    static func word(_ code: UInt32, _ language: Language) -> String {
        let kind = Unicode.Scalar(code).flatMap { TextPolicy.kind(of: $0, allowsLineBreaks: false) } ?? .control
        return ForbiddenCharacter.word(for: kind, in: language)
    }
}
