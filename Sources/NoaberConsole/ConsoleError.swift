public import NoaberCore

/// A console line that cannot be understood. Refused before anything reaches the session.
public enum ConsoleError: UserFacingError, Equatable, Worded {
    case unclosedQuote
    case danglingBackslash
    case unknownCommand(String)
    case missingArgument(command: String, what: String)
    case unexpectedArgument(command: String, argument: String)
    case unknownOption(command: String, option: String)
    case optionNeedsValue(command: String, option: String)
    case unknownParticipant(String)
    case notAnAssignment(String)
    case notANumber(String)
    case notAPositiveNumber(String)
    case waitTooLong(String, limit: Double)
    case waitNeedsSimulatedClock
    case noSessionYet
    case notAClockTime(String)
    case unreadableScript(String)
    case sessionNamedTwice(command: String, session: String)
    case clockOutOfRange(String)
    case invalidUTF8(column: Int)
    case lineTooLong(bytes: Int, limit: Int)
    case scriptTooLarge(bytes: Int, limit: Int)

    /// The text in Dutch and in English (`message(in:)` picks one).
    public var wording: Wording {
        switch self {
        case .unclosedQuote: ("aanhalingsteken niet gesloten", "unclosed quote")
        case .danglingBackslash: ("backslash aan het eind van de regel", "backslash at the end of the line")
        case .unknownCommand(let word):
            (
                "onbekende opdracht '\(word)' (typ 'help' voor de opdrachten)",
                "unknown command '\(word)' (type 'help' for the commands)"
            )
        case .missingArgument(let command, let what):
            ("\(command): \(what) ontbreekt", "\(command): \(what) is missing")
        case .unexpectedArgument(let command, let argument):
            ("\(command): onverwacht argument '\(argument)'", "\(command): unexpected argument '\(argument)'")
        case .unknownOption(let command, let option):
            ("\(command): onbekende optie '\(option)'", "\(command): unknown option '\(option)'")
        case .optionNeedsValue(let command, let option):
            ("\(command): optie '\(option)' heeft een waarde nodig", "\(command): option '\(option)' needs a value")
        case .unknownParticipant(let reference):
            (
                "onbekende deelnemer '\(reference)' (gebruik het nummer, bijvoorbeeld p1, of de volledige naam)",
                "unknown participant '\(reference)' (use the number, for example p1, or the full name)"
            )
        case .notAnAssignment(let word):
            ("'\(word)' moet de vorm naam=waarde hebben", "'\(word)' must have the form name=value")
        case .notANumber(let word): ("'\(word)' is geen geheel getal", "'\(word)' is not a whole number")
        case .notAPositiveNumber(let word):
            ("'\(word)' is geen positief aantal minuten", "'\(word)' is not a positive number of minutes")
        case .waitTooLong(let word, let limit):
            (
                "'\(word)' minuten is te lang; hoogstens \(Int(limit))",
                "'\(word)' minutes is too long; at most \(Int(limit))"
            )
        case .waitNeedsSimulatedClock:
            (
                "'wait' werkt alleen met een gesimuleerde klok (--clock)",
                "'wait' only works with a simulated clock (--clock)"
            )
        case .noSessionYet: ("er loopt geen sessie", "no session is running")
        case .notAClockTime(let text):
            (
                "'\(text)' is geen tijdstip (gebruik bijvoorbeeld 2026-11-25T19:30 of 2026-11-25T19:30:00+01:00)",
                "'\(text)' is not a time (use for example 2026-11-25T19:30 or 2026-11-25T19:30:00+01:00)"
            )
        case .unreadableScript(let path): ("kan het script \(path) niet lezen", "cannot read the script \(path)")
        case .sessionNamedTwice(let command, let session):
            (
                "\(command): sessie '\(session)' staat er meer dan eens in",
                "\(command): session '\(session)' is named more than once"
            )
        case .clockOutOfRange(let text):
            (
                "'\(text)' ligt buiten de jaren 1970 tot en met 9999, de tijden die Noaber kan bewaren",
                "'\(text)' lies outside the years 1970 through 9999 that Noaber can keep"
            )
        case .invalidUTF8(let column):
            (
                "ongeldige UTF-8 bij teken \(column); bewaar het bestand als UTF-8 (Unicode)",
                "invalid UTF-8 at character \(column); save the file as UTF-8 (Unicode)"
            )
        case .lineTooLong(let bytes, let limit):
            (
                "regel is te lang: \(bytes) bytes, hoogstens \(limit)",
                "line is too long: \(bytes) bytes, at most \(limit)"
            )
        case .scriptTooLarge(let bytes, let limit):
            (
                "script is te groot: \(bytes) bytes, hoogstens \(limit)",
                "script is too large: \(bytes) bytes, at most \(limit)"
            )
        }
    }
}
