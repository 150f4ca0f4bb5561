/// A participant as the session knows them: who, and when they joined and left.
public struct ParticipantState: Sendable, Equatable, Hashable {
    public var participant: Participant
    public var joinedAt: Timestamp
    public var leftAt: Timestamp?
    /// Names the participant had before a `rename`, oldest first (a pseudonymous session must redact them too).
    public var formerNames: [String]

    public init(participant: Participant, joinedAt: Timestamp, leftAt: Timestamp? = nil, formerNames: [String] = []) {
        self.participant = participant
        self.joinedAt = joinedAt
        self.leftAt = leftAt
        self.formerNames = formerNames
    }

    public var id: ParticipantID { participant.id }
    /// Joined and not left: may submit.
    public var isPresent: Bool { leftAt == nil }
}

/// Where one step of the agenda stands.
public struct StepState: Sendable, Equatable, Hashable {
    public enum Status: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        case planned, open, closed
    }

    public var id: Step.ID
    public var status: Status
    /// When the step was first opened.
    public var openedAt: Timestamp?
    /// When the step was last closed.
    public var closedAt: Timestamp?
    /// Running time of the intervals already finished (closed, or cut off by a timer pause).
    public var elapsedMilliseconds: Int64
    /// Start of the interval that is running now: the step is open and the timer is not paused.
    public var runningSince: Timestamp?

    public init(id: Step.ID) {
        self.id = id
        self.status = .planned
        self.openedAt = nil
        self.closedAt = nil
        self.elapsedMilliseconds = 0
        self.runningSince = nil
    }

    /// Time the step has been open, minus timer pauses, as of `now`.
    public func actualMilliseconds(at now: Timestamp) -> Int64 {
        guard let runningSince else { return elapsedMilliseconds }
        return elapsedMilliseconds + Swift.max(0, now.millisecondsSince1970 - runningSince.millisecondsSince1970)
    }
}

/// A live (not withdrawn) input with its current content.
public struct InputRecord: Sendable, Equatable, Hashable {
    public var id: InputID
    public var participant: ParticipantID
    public var step: Step.ID
    /// The latest version (after revisions).
    public var input: Input
    /// Sequence of the `inputSubmitted` event.
    public var sequence: Int
    public var submittedAt: Timestamp
    /// When it was last revised; `nil` when never.
    public var revisedAt: Timestamp?

    public init(
        id: InputID, participant: ParticipantID, step: Step.ID, input: Input, sequence: Int,
        submittedAt: Timestamp, revisedAt: Timestamp? = nil
    ) {
        self.id = id
        self.participant = participant
        self.step = step
        self.input = input
        self.sequence = sequence
        self.submittedAt = submittedAt
        self.revisedAt = revisedAt
    }
}

/// A facilitator's note, for a step or for the session as a whole.
public struct NoteRecord: Sendable, Equatable, Hashable {
    public var step: Step.ID?
    public var text: String
    public var sequence: Int
    public var time: Timestamp

    public init(step: Step.ID?, text: String, sequence: Int, time: Timestamp) {
        self.step = step
        self.text = text
        self.sequence = sequence
        self.time = time
    }
}

/// What the facilitator records as an outcome of the meeting.
public enum OutcomeKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// "conclusie": what the group concluded.
    case conclusion
    /// "afspraak": what was agreed.
    case agreement
}

/// A conclusion or agreement, for a step or for the session as a whole.
public struct OutcomeRecord: Sendable, Equatable, Hashable {
    public var kind: OutcomeKind
    public var step: Step.ID?
    public var text: String
    public var sequence: Int
    public var time: Timestamp

    public init(kind: OutcomeKind, step: Step.ID?, text: String, sequence: Int, time: Timestamp) {
        self.kind = kind
        self.step = step
        self.text = text
        self.sequence = sequence
        self.time = time
    }
}
