public import NoaberCore

/// Why the room refused a request or could not start. Each case maps to one HTTP status (`status`) and has its
/// Dutch and English message; the pages show the Dutch one.
public enum RoomError: UserFacingError, Equatable {
    /// A template of the room did not parse (a build from a broken `Templates/` file).
    case template(String, String)
    /// No participant cookie, or one the room does not know.
    case notJoined
    /// The form's CSRF token is missing or not this participant's.
    case forgedForm
    /// The join code does not match.
    case wrongJoinCode
    /// The facilitator's secret is missing or wrong.
    case notFacilitator
    /// A field is longer than its limit (in characters).
    case fieldTooLong(field: String, limit: Int)
    /// A field the werkvorm needs is missing or not what it should be.
    case invalidField(String)
    /// The werkvorm's own check of a form (its Dutch explanation), before the engine sees it.
    case invalidAnswer(String)
    /// The request body is larger than the room accepts.
    case bodyTooLarge(limit: Int)
    /// Another participant's input, or a step that is not the open one.
    case notYours(InputID)
    /// The form's body did not arrive in time.
    case bodyTimedOut
    /// Too many requests from one participant or one address in a short time.
    case tooManyRequests
    /// The session refused the command (the engine's message).
    case refused(SessionError)
    /// The journal could not be written or the session is closed: the machine's problem, not the participant's.
    case unavailable(String)
    /// The room's key file could not be read or written.
    case keyFile(path: String, reason: String)
    /// A line of the room's key file is not a key line (the file was edited, or is not a key file).
    case keyFileLine(path: String, line: Int)

    public func message(in language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .template(let name, let reason):
            return nl ? "sjabloon ‘\(name)’ is onleesbaar: \(reason)" : "template ‘\(name)’ is unreadable: \(reason)"
        case .notJoined:
            return nl ? "(nog) niet aangemeld in deze sessie" : "you have not joined this session"
        case .forgedForm:
            return nl
                ? "dit formulier is verlopen of niet van deze pagina; laad de pagina opnieuw"
                : "this form has expired or is not from this page; reload the page"
        case .wrongJoinCode:
            return nl ? "de code klopt niet" : "the code is not right"
        case .notFacilitator:
            return nl ? "alleen de gespreksleider mag dit" : "only the facilitator may do this"
        case .fieldTooLong(let field, let limit):
            return nl
                ? "‘\(field)’ is te lang (hoogstens \(limit) tekens)"
                : "‘\(field)’ is too long (at most \(limit) characters)"
        case .invalidField(let field):
            return nl ? "‘\(field)’ ontbreekt of klopt niet" : "‘\(field)’ is missing or not valid"
        case .invalidAnswer(let explanation):
            return explanation
        case .bodyTooLarge(let limit):
            return nl
                ? "het formulier is te groot (hoogstens \(limit) bytes)"
                : "the form is too large (at most \(limit) bytes)"
        case .notYours(let input):
            return nl ? "inbreng \(input) hoort bij een andere deelnemer" : "input \(input) is not yours"
        case .bodyTimedOut:
            return nl ? "het formulier kwam te langzaam binnen" : "the form arrived too slowly"
        case .tooManyRequests:
            return nl ? "te veel verzoeken; wacht even en probeer het opnieuw" : "too many requests; wait and try again"
        case .refused(let error):
            return error.message(in: language)
        case .unavailable(let reason):
            return nl ? "de sessie kan dit nu niet opslaan: \(reason)" : "the session cannot store this now: \(reason)"
        case .keyFile(let path, let reason):
            return nl ? "sleutelbestand \(path): \(reason)" : "key file \(path): \(reason)"
        case .keyFileLine(let path, let line):
            return nl
                ? "sleutelbestand \(path), regel \(line): dit is geen sleutelregel van Noaber"
                : "key file \(path), line \(line): this is not a Noaber key line"
        }
    }
}
