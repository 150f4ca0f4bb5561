/// `actions`: commitments with what, trekker (owner) and when.
public struct ActionsSettings: Sendable, Equatable, Hashable, Codable {
    /// Most actions one participant may add; `nil` means no limit.
    public var maxPerParticipant: Int?

    public init(maxPerParticipant: Int? = nil) { self.maxPerParticipant = maxPerParticipant }
}

/// A commitment: what, who takes it forward (trekker), when.
public struct Action: Sendable, Equatable, Hashable, Codable {
    public var what: String
    /// Shown as "trekker".
    public var owner: String
    /// As the room says it ("voor de zomer", "2027-03-01").
    public var when: String

    public init(what: String, owner: String, when: String) {
        self.what = what
        self.owner = owner
        self.when = when
    }
}

extension SessionState {
    /// Three non-empty fields, within the step's per-participant limit.
    func validateActions(
        _ action: Action, settings: ActionsSettings, own: StepParticipant, replacing: InputID?
    ) throws(SessionError) {
        try checkField(action.what, .what)
        try checkField(action.owner, .owner)
        try checkField(action.when, .when)
        try checkLimit(settings.maxPerParticipant, own, replacing: replacing)
    }
}
