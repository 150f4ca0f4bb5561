public import NoaberCore

/// Why a session cannot be exported, in words a facilitator can act on.
public enum ExportError: UserFacingError, Equatable, Worded {
    /// The journal has no `sessionStarted` event.
    case sessionNotStarted

    /// The text in Dutch and in English (`message(in:)` picks one).
    public var wording: Wording {
        switch self {
        case .sessionNotStarted:
            (
                "de sessie is nog niet gestart; er is niets om te exporteren",
                "the session has not started; there is nothing to export"
            )
        }
    }
}
