import NoaberCore

extension EventPayload {
    /// The `kind` column: lets `sessionSummaries()` count participants and inputs in SQL without decoding JSON.
    var journalKind: String {
        switch self {
        case .sessionStarted: "sessionStarted"
        case .participantJoined: "participantJoined"
        case .participantRenamed: "participantRenamed"
        case .participantLeft: "participantLeft"
        case .stepOpened: "stepOpened"
        case .stepClosed: "stepClosed"
        case .stepReopened: "stepReopened"
        case .inputSubmitted: "inputSubmitted"
        case .inputRevised: "inputRevised"
        case .inputWithdrawn: "inputWithdrawn"
        case .itemsMerged: "itemsMerged"
        case .itemRenamed: "itemRenamed"
        case .noteAdded: "noteAdded"
        case .outcomeRecorded: "outcomeRecorded"
        case .reportFinalised: "reportFinalised"
        case .timerPaused: "timerPaused"
        case .timerResumed: "timerResumed"
        case .sessionEnded: "sessionEnded"
        case .resultsShown: "resultsShown"
        }
    }
}
