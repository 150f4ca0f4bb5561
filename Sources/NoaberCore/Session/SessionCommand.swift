/// What the facilitator (or a participant through the console) asks for. `SessionState.decide` validates it
/// against the state and turns it into exactly one event payload.
public enum SessionCommand: Sendable, Equatable {
    case start(SessionSettings)
    case join(name: String, group: String?, pseudonym: String?)
    case rename(ParticipantID, name: String)
    case leave(ParticipantID)
    case open(Step.ID)
    case close(Step.ID)
    case reopen(Step.ID)
    case submit(participant: ParticipantID, step: Step.ID, input: Input)
    case revise(InputID, Input)
    case withdraw(InputID)
    case merge(step: Step.ID, items: [Item.ID], into: Item.ID, text: String?)
    case renameItem(step: Step.ID, item: Item.ID, text: String)
    case note(step: Step.ID?, text: String)
    case pauseTimer
    case resumeTimer
    case end
}
