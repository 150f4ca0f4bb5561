import NoaberAggregation
public import NoaberCore

extension RankingInputError: Worded {
    /// The message in Dutch and in English, without the leading `fout:`.
    public var wording: Wording {
        switch reason {
        case .names(let reason): (names(reason, in: .nl), names(reason, in: .en))
        case .blankCell(let ballot, let column):
            (
                "stembiljet \(ballot): lege cel \(column) tussen twee namen",
                "ballot \(ballot): blank cell \(column) between two names"
            )
        case .unterminatedQuote(let ballot):
            (
                "stembiljet \(ballot): aanhalingsteken wordt niet gesloten",
                "ballot \(ballot): quoted field is not closed"
            )
        case .notUTF8: ("het bestand is geen UTF-8", "the file is not UTF-8")
        case .controlCharacter(let ballot, let column, let code):
            (
                "stembiljet \(ballot), kolom \(column): een naam mag geen \(Self.word(code, .nl)) bevatten "
                    + "(\(Self.codePoint(code)))",
                "ballot \(ballot), column \(column): a name may not contain a \(Self.word(code, .en)) "
                    + "(\(Self.codePoint(code)))"
            )
        case .controlCharacterInCandidate(let position, let code):
            (
                "kandidaat \(position): een naam mag geen \(Self.word(code, .nl)) bevatten (\(Self.codePoint(code)))",
                "candidate \(position): a name may not contain a \(Self.word(code, .en)) (\(Self.codePoint(code)))"
            )
        case .invalidJSON(let problem):
            ("ongeldige JSON: \(Self.wording(problem).nl)", "invalid JSON: \(Self.wording(problem).en)")
        case .jsonNotAnObject:
            (
                "verwacht een JSON-object {\"candidates\": [namen], \"ballots\": [[namen], …]}",
                "expected a JSON object {\"candidates\": [names], \"ballots\": [[names], …]}"
            )
        case .jsonMissingBallots:
            ("\"ballots\" ontbreekt of is geen lijst van lijsten", "\"ballots\" is missing or not a list of lists")
        case .jsonMissingCandidates:
            (
                "\"candidates\" ontbreekt of is geen lijst (of geef --candidates)",
                "\"candidates\" is missing or not a list (or give --candidates)"
            )
        case .jsonCandidateNotAName(let position):
            ("kandidaat \(position) is geen tekst", "candidate \(position) is not a string")
        case .jsonBallotNotNames(let ballot):
            ("stembiljet \(ballot) is geen lijst van namen", "ballot \(ballot) is not a list of names")
        case .unreadableFile(let problem):
            (
                "het bestand kan niet gelezen worden: \(problem.message(in: .nl))",
                "the file cannot be read: \(problem.message(in: .en))"
            )
        case .notARegularFile:
            (
                "het bestand kan niet gelezen worden: dit is geen gewoon bestand maar een apparaat, pijp of socket "
                    + "(lees zo'n stroom met - van de standaardinvoer)",
                "the file cannot be read: this is not a regular file but a device, pipe or socket "
                    + "(read such a stream with - from standard input)"
            )
        case .tooLarge(let limit):
            (
                "het bestand is te groot: noaber rank leest hoogstens \(Self.bytes(limit))",
                "the file is too large: noaber rank reads at most \(Self.bytes(limit))"
            )
        case .tooManyCandidates(let limit):
            (
                "te veel kandidaten: noaber rank rangschikt er hoogstens \(limit)",
                "too many candidates: noaber rank ranks at most \(limit)"
            )
        case .tooManyBallots(let limit):
            (
                "te veel stembiljetten: noaber rank telt er hoogstens \(limit)",
                "too many ballots: noaber rank counts at most \(limit)"
            )
        case .tooManyNames(let limit):
            (
                "te veel namen op de stembiljetten samen: noaber rank leest er hoogstens \(limit)",
                "too many names on all ballots together: noaber rank reads at most \(limit)"
            )
        }
    }

    /// The reasons a profile by name refuses as well, in its words.
    private func names(_ reason: RankingProfile.NameError.Reason, in language: Language) -> String {
        RankingProfile.NameError(reason).message(in: language)
    }

    private static func wording(_ problem: JSONProblem) -> Wording {
        switch problem {
        case .unexpectedEnd: ("de tekst houdt onverwacht op", "the text ends unexpectedly")
        case .unexpectedCharacter(let code):
            ("onverwacht teken \(character(code))", "unexpected character \(character(code))")
        case .invalidEscape: ("ongeldige escape met \\", "invalid escape with \\")
        case .controlCharacterInString(let code):
            (
                "stuurteken \(codePoint(code)) in een tekst (schrijf het als \\u)",
                "control character \(codePoint(code)) in a string (write it as \\u)"
            )
        case .textAfterObject: ("tekst na het einde van het object", "text after the end of the object")
        case .nestedTooDeep(let limit):
            ("lijsten en objecten dieper genest dan \(limit)", "lists and objects nested deeper than \(limit)")
        case .duplicateKey(let key):
            ("de sleutel \"\(key)\" staat twee keer in het object", "the key \"\(key)\" appears twice in the object")
        }
    }

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
