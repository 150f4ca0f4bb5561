/// `roleplay`: a set of roles applied one by one to a case.
public struct RoleplaySettings: Sendable, Equatable, Hashable, Codable {
    public enum Assignment: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        /// Every participant takes every role in turn.
        case all
        /// The facilitator assigns a role per participant per round.
        case assigned
        /// Participants choose a role themselves.
        case chosen
    }

    public var roles: ItemSource
    public var caseTitle: String
    /// The case, quoted from the source (for example the grasveldje).
    public var caseText: String
    /// The case is the scenario author's own (for example a practice case), not a quotation.
    public var caseAuthored: Bool
    public var assignment: Assignment
    /// Rounds of rotation (at least 1).
    public var rounds: Int

    public init(
        roles: ItemSource, caseTitle: String, caseText: String, caseAuthored: Bool = false, assignment: Assignment,
        rounds: Int
    ) {
        self.roles = roles
        self.caseTitle = caseTitle
        self.caseText = caseText
        self.caseAuthored = caseAuthored
        self.assignment = assignment
        self.rounds = rounds
    }

    private enum CodingKeys: String, CodingKey {
        case roles, caseTitle, caseText, caseAuthored, assignment, rounds
    }

    /// Journals written before `caseAuthored` existed lack it: the case is then quoted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        roles = try container.decode(ItemSource.self, forKey: .roles)
        caseTitle = try container.decode(String.self, forKey: .caseTitle)
        caseText = try container.decode(String.self, forKey: .caseText)
        caseAuthored = try container.decodeIfPresent(Bool.self, forKey: .caseAuthored) ?? false
        assignment = try container.decode(Assignment.self, forKey: .assignment)
        rounds = try container.decode(Int.self, forKey: .rounds)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(roles, forKey: .roles)
        try container.encode(caseTitle, forKey: .caseTitle)
        try container.encode(caseText, forKey: .caseText)
        if caseAuthored { try container.encode(caseAuthored, forKey: .caseAuthored) }
        try container.encode(assignment, forKey: .assignment)
        try container.encode(rounds, forKey: .rounds)
    }
}

extension SessionState {
    /// A known role, a round that exists, the role the assignment allows, and a note.
    func validateRoleplay(
        role: Item.ID, round: Int, text: String, settings: RoleplaySettings, own: StepParticipant, replacing: InputID?
    ) throws(SessionError) {
        try requireKnown([role], own)
        guard round >= 1, round <= settings.rounds else {
            throw .roundOutOfRange(round: round, rounds: settings.rounds)
        }
        try checkAssignment(
            role, round: round, settings: settings, step: own.step, participant: own.participant, replacing: replacing)
        try checkField(text, .text)
    }

    /// The role a participant plays in a round of an `assigned` role-play: the roles rotate over the
    /// participants in join order, one place per round (participant k, round r: role (k + r − 2) mod n, 1-based k),
    /// so that over the rounds everyone meets other roles. `nil` for other assignment modes or without roles.
    public func assignedRole(step: Step.ID, participant: ParticipantID, round: Int) -> Item? {
        guard case .roleplay(let settings)? = self.step(step)?.activity, settings.assignment == .assigned,
            let index = participantIndex[participant]
        else { return nil }
        let roles = items(for: step)
        guard !roles.isEmpty, round >= 1 else { return nil }
        return roles[(index + round - 1) % roles.count]
    }

    /// `assigned`: a note names the participant's role of that round. `chosen`: a participant keeps the role they
    /// chose in a round (their first note of that round names it). `all`: every role in every round.
    func checkAssignment(
        _ role: Item.ID, round: Int, settings: RoleplaySettings, step: Step.ID, participant: ParticipantID,
        replacing: InputID?
    ) throws(SessionError) {
        switch settings.assignment {
        case .all:
            return
        case .assigned:
            if let assigned = assignedRole(step: step, participant: participant, round: round), assigned.id != role {
                throw .roleNotAssigned(role: role, round: round, assigned: assigned.id)
            }
        case .chosen:
            for record in inputs(for: step) where record.participant == participant && record.id != replacing {
                if case .roleplay(let chosen, round, _) = record.input, chosen != role {
                    throw .otherRoleChosen(round: round, chosen: chosen)
                }
            }
        }
    }
}
