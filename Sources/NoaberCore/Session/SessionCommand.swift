/// What the facilitator (or a participant through the console) asks for. `SessionState.decide` validates it
/// against the state and turns it into exactly one event payload.
public enum SessionCommand: Sendable, Equatable {
    /// The first command of every session.
    case start(SessionSettings)
    /// Gets the next free id `pN`; name, group and pseudonym are trimmed.
    case join(name: String, group: String?, pseudonym: String?)
    case rename(ParticipantID, name: String)
    /// The participant's inputs stay; their name is free again.
    case leave(ParticipantID)
    /// Opens a planned step; refused while another step is open.
    case open(Step.ID)
    case close(Step.ID)
    /// Opens a closed step again (its running time adds up).
    case reopen(Step.ID)
    /// Gets id `i<sequence>`; an input that adds an item also becomes item `b<sequence>`.
    case submit(participant: ParticipantID, step: Step.ID, input: Input)
    /// Replaces the content of a live input with one of the same kind, in its (open) step.
    case revise(InputID, Input)
    case withdraw(InputID)
    /// Steps that collect items only: `items` (at least two) become `into`, one of them; `text` renames it.
    case merge(step: Step.ID, items: [Item.ID], into: Item.ID, text: String?)
    /// Steps that collect items only.
    case renameItem(step: Step.ID, item: Item.ID, text: String)
    /// A facilitator's note, for a step or (`nil`) the session.
    case note(step: Step.ID?, text: String)
    /// A conclusion or an agreement, for a step or (`nil`) the session.
    case record(OutcomeKind, step: Step.ID?, text: String)
    /// Marks the report definitief; refused when it already is.
    case finalise
    /// Stops the running time of the open step (a break) until `resumeTimer`.
    case pauseTimer
    case resumeTimer
    /// Refused while a step is open; nothing is accepted afterwards.
    case end
    /// Shows (`true`) or hides a step's results in the room; refused when they are so already.
    case showResults(Step.ID, Bool)
}
