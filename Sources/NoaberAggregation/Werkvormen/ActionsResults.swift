public import NoaberCore

/// An actions step's results: every action in order of input, with the participant its trekker names, so that a
/// participant's own actions are found without reading every action again.
///
/// A trekker names a participant when it is their id (`p3`) or, compared without case and surrounding spaces,
/// their name, a name they had before a rename, or their pseudonym; the first such participant in join order
/// wins. Anything else ("de griffie", "Anna" when nobody is called just that) stays free text.
public struct ActionsResults: Sendable {
    /// Every action of the step, in order of input.
    public var actions: [Action]
    /// Per action, the participant its trekker names, or `nil`.
    public var trekkers: [ParticipantID?]
    /// Positions in `actions` per trekker key (`ownerKey`), in order.
    private var byOwner: [String: [Int]]
    /// Positions in `actions` per linked participant, in order.
    private var byParticipant: [ParticipantID: [Int]]

    public init(inputs: [InputRecord], participants: [ParticipantState] = []) {
        actions = inputs.compactMap { if case .action(let action) = $0.input { action } else { nil } }
        var names: [String: ParticipantID] = [:]
        for participant in participants {
            let own = [participant.id, participant.participant.name, participant.participant.pseudonym ?? ""]
            for name in own + participant.formerNames {
                let key = Self.ownerKey(name)
                if !key.isEmpty, names[key] == nil { names[key] = participant.id }
            }
        }
        trekkers = actions.map { names[Self.ownerKey($0.owner)] }
        var byOwner: [String: [Int]] = [:]
        var byParticipant: [ParticipantID: [Int]] = [:]
        for (position, action) in actions.enumerated() {
            byOwner[Self.ownerKey(action.owner), default: []].append(position)
            if let trekker = trekkers[position] { byParticipant[trekker, default: []].append(position) }
        }
        self.byOwner = byOwner
        self.byParticipant = byParticipant
    }

    /// A trekker as compared: without surrounding whitespace, lowercased.
    public static func ownerKey(_ name: String) -> String { name.trimmedWhitespace.lowercased() }

    /// The actions whose trekker is any of `names` (compared as `ownerKey`), in order of input.
    public func actions(ownedByAnyOf names: [String]) -> [Action] {
        let keys = Set(names.map(Self.ownerKey)).subtracting([""])
        return keys.flatMap { byOwner[$0] ?? [] }.sorted().map { actions[$0] }
    }

    /// The actions whose trekker is linked to `participant`, in order of input.
    public func actions(of participant: ParticipantID) -> [Action] {
        (byParticipant[participant] ?? []).map { actions[$0] }
    }

    /// The different trekkers: a linked participant once, however they were typed; other texts by `ownerKey`.
    public var trekkerKeys: Set<String> {
        Set(zip(actions, trekkers).map { action, trekker in trekker.map { "#" + $0 } ?? Self.ownerKey(action.owner) })
    }
}
