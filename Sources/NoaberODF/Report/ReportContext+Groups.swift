import NoaberCore

extension ReportContext {
    /// The smallest group whose results a report shows apart: in a smaller one a reader could tell what one
    /// person answered.
    static let smallestGroupShown = 3

    /// Who was there while a step was open: joined before it closed and not gone before it opened (everyone who
    /// gave input counts, whatever the clock says).
    func present(during step: Step.ID) -> [ParticipantID] {
        let answered = Set(inputsByParticipant[step]?.keys.map { $0 } ?? [])
        guard let stepState = state.steps.first(where: { $0.id == step }), let opened = stepState.openedAt else {
            return state.participants.map(\.id).filter { answered.contains($0) }
        }
        let closed = stepState.closedAt ?? end
        return state.participants.filter { participant in
            answered.contains(participant.id)
                || (participant.joinedAt <= closed && (participant.leftAt.map { $0 > opened } ?? true))
        }.map(\.id)
    }

    /// The participants among `members` by group as printed (fractie or group), groups in the order they first
    /// appear; those without a group are left out. `shown` holds the groups of at least `smallestGroupShown`;
    /// `hidden` counts the smaller ones.
    func groups(of members: [ParticipantID]) -> (shown: [(name: String, members: [ParticipantID])], hidden: Int) {
        let wanted = Set(members)
        var order: [String] = []
        var byGroup: [String: [ParticipantID]] = [:]
        for participant in state.participants where wanted.contains(participant.id) {
            let name = groupName(participant.participant)
            guard !name.isEmpty else { continue }
            if byGroup[name] == nil { order.append(name) }
            byGroup[name, default: []].append(participant.id)
        }
        let shown = order.compactMap { name -> (name: String, members: [ParticipantID])? in
            guard let members = byGroup[name], members.count >= Self.smallestGroupShown else { return nil }
            return (name, members)
        }
        return (shown, order.count - shown.count)
    }

    /// What a group of participants is called in a sentence: a fractie among raadsleden, else a groep.
    var groupNoun: (singular: String, plural: String) {
        scenario.audience.lowercased().contains("raad") ? ("fractie", "fracties") : ("groep", "groepen")
    }

    /// "Fracties met minder dan drie deelnemers staan niet apart: …", when some are left out.
    func smallGroupsSentence(hidden: Int) -> String? {
        guard hidden > 0 else { return nil }
        return "\(groupNoun.plural.capitalisedFirst) met minder dan \(Self.smallestGroupShown) deelnemers staan niet "
            + "apart: daar zou te zien zijn wat één persoon antwoordde."
    }
}

/// Words every report part writes alike.
enum ReportWords {
    /// A fragment set as a sentence: a capital at the start, a full stop at the end when it has no closing mark.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmedWhitespace
        guard let last = trimmed.last else { return trimmed }
        return trimmed.prefix(1).uppercased() + trimmed.dropFirst() + (".?!…".contains(last) ? "" : ".")
    }

    /// "a", "a en b", "a, b en c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " en " + last
    }
}
