/// `actions`: commitments with what, trekker (owner) and when.
public struct ActionsSettings: Sendable, Equatable, Hashable, Codable {
    /// Most actions one participant may add; `nil` means no limit.
    public var maxPerParticipant: Int?

    public init(maxPerParticipant: Int? = nil) { self.maxPerParticipant = maxPerParticipant }
}

/// A commitment: what, who takes it forward (trekker), with whom, when.
public struct Action: Sendable, Equatable, Hashable, Codable {
    public var what: String
    /// Shown as "trekker": a participant's id (`p3`) or full name links the action to that participant; any other
    /// text ("de griffie") is printed as typed.
    public var owner: String
    /// As the room says it ("voor de zomer", "2027-03-01").
    public var when: String
    /// "met wie": who else takes part; empty when nobody was named.
    public var with: String

    public init(what: String, owner: String, when: String, with: String = "") {
        self.what = what
        self.owner = owner
        self.when = when
        self.with = with
    }

    private enum CodingKeys: String, CodingKey { case what, owner, when, with }

    /// Actions stored before "met wie" existed have no `with`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        what = try container.decode(String.self, forKey: .what)
        owner = try container.decode(String.self, forKey: .owner)
        when = try container.decode(String.self, forKey: .when)
        with = try container.decodeIfPresent(String.self, forKey: .with) ?? ""
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
        try Self.checkLength(action.with, .with)
        try checkLimit(settings.maxPerParticipant, own, replacing: replacing)
    }
}
