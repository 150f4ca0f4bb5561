public import NoaberCore

/// A console line that cannot be understood. Refused before anything reaches the session.
public enum ConsoleError: UserFacingError, Equatable, Catalogued {
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
        case .waitTooLong(let word, let limit):
            (
                "'\(word)' minuten is te lang; hoogstens \(Int(limit))",
                "'\(word)' minutes is too long; at most \(Int(limit))"
            )
        default: cataloguedWording
        }
    }

    /// The messages of the cases, worded once in both languages (the rest are worded above).
    public static let messages = MessageCatalogue(
        #"""
        unclosedQuote
        nl: aanhalingsteken niet gesloten
        en: unclosed quote

        danglingBackslash
        nl: backslash aan het eind van de regel
        en: backslash at the end of the line

        unknownCommand(word)
        nl: onbekende opdracht '{word}' (typ 'help' voor de opdrachten)
        en: unknown command '{word}' (type 'help' for the commands)

        missingArgument(command, what)
        nl: {command}: {what} ontbreekt
        en: {command}: {what} is missing

        unexpectedArgument(command, argument)
        nl: {command}: onverwacht argument '{argument}'
        en: {command}: unexpected argument '{argument}'

        unknownOption(command, option)
        nl: {command}: onbekende optie '{option}'
        en: {command}: unknown option '{option}'

        optionNeedsValue(command, option)
        nl: {command}: optie '{option}' heeft een waarde nodig
        en: {command}: option '{option}' needs a value

        unknownParticipant(reference)
        nl: onbekende deelnemer '{reference}' (gebruik het nummer, bijvoorbeeld p1, of de volledige naam)
        en: unknown participant '{reference}' (use the number, for example p1, or the full name)

        notAnAssignment(word)
        nl: '{word}' moet de vorm naam=waarde hebben
        en: '{word}' must have the form name=value

        notANumber(word)
        nl: '{word}' is geen geheel getal
        en: '{word}' is not a whole number

        notAPositiveNumber(word)
        nl: '{word}' is geen positief aantal minuten
        en: '{word}' is not a positive number of minutes

        waitNeedsSimulatedClock
        nl: 'wait' werkt alleen met een gesimuleerde klok (--clock)
        en: 'wait' only works with a simulated clock (--clock)

        noSessionYet
        nl: er loopt geen sessie
        en: no session is running

        notAClockTime(text)
        nl: '{text}' is geen tijdstip (gebruik bijvoorbeeld 2026-11-25T19:30 of 2026-11-25T19:30:00+01:00)
        en: '{text}' is not a time (use for example 2026-11-25T19:30 or 2026-11-25T19:30:00+01:00)

        unreadableScript(path)
        nl: kan het script {path} niet lezen
        en: cannot read the script {path}

        sessionNamedTwice(command, session)
        nl: {command}: sessie '{session}' staat er meer dan eens in
        en: {command}: session '{session}' is named more than once

        clockOutOfRange(text)
        nl: '{text}' ligt buiten de jaren 1970 tot en met 9999, de tijden die Noaber kan bewaren
        en: '{text}' lies outside the years 1970 through 9999 that Noaber can keep

        invalidUTF8(column)
        nl: ongeldige UTF-8 bij teken {column}; bewaar het bestand als UTF-8 (Unicode)
        en: invalid UTF-8 at character {column}; save the file as UTF-8 (Unicode)

        lineTooLong(bytes, limit)
        nl: regel is te lang: {bytes} bytes, hoogstens {limit}
        en: line is too long: {bytes} bytes, at most {limit}

        scriptTooLarge(bytes, limit)
        nl: script is te groot: {bytes} bytes, hoogstens {limit}
        en: script is too large: {bytes} bytes, at most {limit}
        """#)
}
