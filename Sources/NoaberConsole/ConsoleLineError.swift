public import NoaberCore
import NoaberSession
public import NoaberStore

/// Why a console line was not acknowledged, with its three causes apart so that a front end can answer each
/// without casting: a line that cannot be understood and a refusal by the engine are the facilitator's to fix
/// (a web room answers 422), a storage failure is the machine's (503). In every case the session is unchanged.
public enum ConsoleLineError: UserFacingError, Equatable {
    /// The line cannot be understood (syntax, an unknown participant, a malformed werkvorm word); nothing reached
    /// the session.
    case notUnderstood(ConsoleError)
    /// The engine refused the command.
    case refused(SessionError)
    /// The journal could not be written.
    case storage(StoreError)
    /// The console's runner was closed (its session is no longer open for writing here).
    case closed(SessionID)

    init(_ error: CommandError) {
        switch error {
        case .refused(let refusal): self = .refused(refusal)
        case .storage(let failure): self = .storage(failure)
        case .closed(let session): self = .closed(session)
        }
    }

    public func message(in language: Language) -> String {
        switch self {
        case .notUnderstood(let error): error.message(in: language)
        case .refused(let error): error.message(in: language)
        case .storage(let error): error.message(in: language)
        case .closed(let session): CommandError.closed(session).message(in: language)
        }
    }

    public var location: SourceLocation? {
        switch self {
        case .notUnderstood(let error): error.location
        case .refused(let error): error.location
        case .storage(let error): error.location
        case .closed: nil
        }
    }
}
