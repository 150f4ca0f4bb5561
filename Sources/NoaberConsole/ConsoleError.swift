public import NoaberCore

/// A console line that cannot be understood. Refused before anything reaches the session.
public enum ConsoleError: UserFacingError, Equatable {
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

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.unclosedQuote, .nl): "aanhalingsteken niet gesloten"
        case (.unclosedQuote, .en): "unclosed quote"
        case (.danglingBackslash, .nl): "backslash aan het eind van de regel"
        case (.danglingBackslash, .en): "backslash at the end of the line"
        case (.unknownCommand(let word), .nl): "onbekende opdracht '\(word)' (typ 'help' voor de opdrachten)"
        case (.unknownCommand(let word), .en): "unknown command '\(word)' (type 'help' for the commands)"
        case (.missingArgument(let command, let what), .nl): "\(command): \(what) ontbreekt"
        case (.missingArgument(let command, let what), .en): "\(command): \(what) is missing"
        case (.unexpectedArgument(let command, let argument), .nl): "\(command): onverwacht argument '\(argument)'"
        case (.unexpectedArgument(let command, let argument), .en): "\(command): unexpected argument '\(argument)'"
        case (.unknownOption(let command, let option), .nl): "\(command): onbekende optie '\(option)'"
        case (.unknownOption(let command, let option), .en): "\(command): unknown option '\(option)'"
        case (.optionNeedsValue(let command, let option), .nl): "\(command): optie '\(option)' heeft een waarde nodig"
        case (.optionNeedsValue(let command, let option), .en): "\(command): option '\(option)' needs a value"
        case (.unknownParticipant(let reference), .nl):
            "onbekende deelnemer '\(reference)' (gebruik het nummer, bijvoorbeeld p1, of de volledige naam)"
        case (.unknownParticipant(let reference), .en):
            "unknown participant '\(reference)' (use the number, for example p1, or the full name)"
        case (.notAnAssignment(let word), .nl): "'\(word)' moet de vorm naam=waarde hebben"
        case (.notAnAssignment(let word), .en): "'\(word)' must have the form name=value"
        case (.notANumber(let word), .nl): "'\(word)' is geen geheel getal"
        case (.notANumber(let word), .en): "'\(word)' is not a whole number"
        case (.notAPositiveNumber(let word), .nl): "'\(word)' is geen positief aantal minuten"
        case (.notAPositiveNumber(let word), .en): "'\(word)' is not a positive number of minutes"
        case (.waitTooLong(let word, let limit), .nl): "'\(word)' minuten is te lang; hoogstens \(Int(limit))"
        case (.waitTooLong(let word, let limit), .en): "'\(word)' minutes is too long; at most \(Int(limit))"
        case (.waitNeedsSimulatedClock, .nl): "'wait' werkt alleen met een gesimuleerde klok (--clock)"
        case (.waitNeedsSimulatedClock, .en): "'wait' only works with a simulated clock (--clock)"
        case (.noSessionYet, .nl): "er loopt geen sessie"
        case (.noSessionYet, .en): "no session is running"
        case (.notAClockTime(let text), .nl):
            "'\(text)' is geen tijdstip (gebruik bijvoorbeeld 2026-11-25T19:30 of 2026-11-25T19:30:00+01:00)"
        case (.notAClockTime(let text), .en):
            "'\(text)' is not a time (use for example 2026-11-25T19:30 or 2026-11-25T19:30:00+01:00)"
        case (.unreadableScript(let path), .nl): "kan het script \(path) niet lezen"
        case (.unreadableScript(let path), .en): "cannot read the script \(path)"
        case (.sessionNamedTwice(let command, let session), .nl):
            "\(command): sessie '\(session)' staat er meer dan eens in"
        case (.sessionNamedTwice(let command, let session), .en):
            "\(command): session '\(session)' is named more than once"
        case (.clockOutOfRange(let text), .nl):
            "'\(text)' ligt buiten de jaren 1970 tot en met 9999, de tijden die Noaber kan bewaren"
        case (.clockOutOfRange(let text), .en): "'\(text)' lies outside the years 1970 through 9999 that Noaber can keep"
        case (.invalidUTF8(let column), .nl):
            "ongeldige UTF-8 bij teken \(column); bewaar het bestand als UTF-8 (Unicode)"
        case (.invalidUTF8(let column), .en): "invalid UTF-8 at character \(column); save the file as UTF-8 (Unicode)"
        case (.lineTooLong(let bytes, let limit), .nl): "regel is te lang: \(bytes) bytes, hoogstens \(limit)"
        case (.lineTooLong(let bytes, let limit), .en): "line is too long: \(bytes) bytes, at most \(limit)"
        case (.scriptTooLarge(let bytes, let limit), .nl): "script is te groot: \(bytes) bytes, hoogstens \(limit)"
        case (.scriptTooLarge(let bytes, let limit), .en): "script is too large: \(bytes) bytes, at most \(limit)"
        }
    }
}
