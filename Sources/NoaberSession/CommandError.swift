public import NoaberCore
public import NoaberStore

/// Why a command was not acknowledged. The two causes stay apart so that a front end can tell them without casting:
/// a refusal is the facilitator's or participant's to fix (a web room answers 422), a storage failure is the
/// machine's (503); a closed runner accepts nothing more (409). In every case the session is unchanged.
public enum CommandError: UserFacingError, Equatable {
    /// The engine refused the command; nothing was written.
    case refused(SessionError)
    /// The journal could not be written; nothing was acknowledged.
    case storage(StoreError)
    /// The runner was closed (its writer lock released); open the session again to go on.
    case closed(SessionID)

    public func message(in language: Language) -> String {
        switch self {
        case .refused(let error): error.message(in: language)
        case .storage(let error): error.message(in: language)
        case .closed(let session):
            language == .nl
                ? "sessie \(session) is hier gesloten; open haar opnieuw om verder te gaan"
                : "session \(session) was closed here; open it again to go on"
        }
    }

    public var location: SourceLocation? {
        switch self {
        case .refused(let error): error.location
        case .storage(let error): error.location
        case .closed: nil
        }
    }
}
