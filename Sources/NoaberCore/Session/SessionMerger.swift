/// Combines sessions of the same scenario (the tables of a G1000) into one. Pure.
///
/// The merged journal is rebuilt step by step rather than interleaved, because two tables seldom keep the same
/// pace and a session has at most one open step:
/// - the session starts at the earliest start; every participant joins then, with their final name, ids renumbered
///   `p1`, `p2`… (sessions in the order given); a name or pseudonym already taken gets the source session's id
///   appended, and that is reported as a conflict, never silently merged;
/// - per step in agenda order (steps opened somewhere): opened at the earliest opening, then every live input in
///   its current (revised) form in time order, the facilitators' merges and renames, the notes, and closed at the
///   latest close; a step still open in a source stays open only when it is the last one;
/// - collected items get new ids (`b<sequence>`), and every input that names them follows;
/// - event times never go back: an event earlier than the previous one takes that one's time.
/// Revisions, withdrawals and timer pauses are folded in: the merged session holds the outcome, not the history.
/// An input that does not fit the merged session (for example a complete ordering of one table's own collected
/// items) makes the merge fail with `mergeInputRejected`, naming it.
public enum SessionMerger {
    public static func merge(
        _ sessions: [[SessionEvent]], into id: SessionID, at time: Timestamp
    ) throws(SessionError) -> (events: [SessionEvent], conflicts: [String]) {
        var sources: [SessionState] = []
        var edits: [[SessionEvent]] = []
        for (index, events) in sessions.enumerated() {
            do {
                sources.append(try SessionState.replay(events))
            } catch {
                throw .mergeSourceInvalid(session: index + 1, reason: error)
            }
            edits.append(events.filter(\.payload.isItemEdit))
        }
        guard let first = sources.first, let settings = first.settings else {
            throw sessions.isEmpty ? .noSessionsToMerge : .mergeSourceInvalid(session: 1, reason: .notStarted)
        }
        for (index, source) in sources.enumerated().dropFirst() {
            guard let other = source.settings else {
                throw .mergeSourceInvalid(session: index + 1, reason: .notStarted)
            }
            guard other.scenario == settings.scenario else {
                throw .scenarioMismatch(settings.sessionID, other.sessionID)
            }
        }
        var builder = MergeBuilder(sources: sources, edits: edits)
        try builder.build(into: id, settings: settings, at: time)
        return (builder.events, builder.conflicts)
    }
}

/// The merged journal under construction; every event goes through `SessionState.apply`, so the result is valid
/// by construction.
private struct MergeBuilder {
    let sources: [SessionState]
    let edits: [[SessionEvent]]
    var state = SessionState()
    var events: [SessionEvent] = []
    var conflicts: [String] = []
    /// Per source: old participant id → new.
    var participantMap: [[ParticipantID: ParticipantID]]
    /// Per source: old collected item id → new.
    var itemMap: [[Item.ID: Item.ID]]

    init(sources: [SessionState], edits: [[SessionEvent]]) {
        self.sources = sources
        self.edits = edits
        participantMap = Array(repeating: [:], count: sources.count)
        itemMap = Array(repeating: [:], count: sources.count)
    }

    private func sessionID(_ source: Int) -> SessionID { sources[source].settings?.sessionID ?? "\(source + 1)" }

    mutating func emit(_ payload: EventPayload, at time: Timestamp) throws(SessionError) {
        let event = SessionEvent(
            sequence: state.lastSequence + 1, time: Swift.max(time, state.lastTime ?? time), payload: payload
        )
        try state.apply(event)
        events.append(event)
    }

    mutating func build(into id: SessionID, settings: SessionSettings, at time: Timestamp) throws(SessionError) {
        var merged = settings
        merged.sessionID = id
        merged.pseudonymous = sources.contains { $0.settings?.pseudonymous == true }
        let start = sources.compactMap { $0.startedAt }.min() ?? time
        try emit(.sessionStarted(merged), at: start)
        try joinEveryone(at: start)
        let lastOpened = merged.scenario.steps.lastIndex { step in
            sources.contains { $0.stepState(step.id)?.openedAt != nil }
        }
        for (index, step) in merged.scenario.steps.enumerated() where index <= (lastOpened ?? -1) {
            try mergeStep(step, isLast: index == lastOpened)
        }
        let generalNotes = sources.enumerated().flatMap { source, state in
            state.notes.filter { $0.step == nil }.map { (source, $0) }
        }.sorted { ($0.1.time, $0.0, $0.1.sequence) < ($1.1.time, $1.0, $1.1.sequence) }
        for (_, note) in generalNotes { try emit(.noteAdded(step: nil, text: note.text), at: note.time) }
        try mergeOutcomes(of: nil)
        let names = sources.indices.map { "‘\(sessionID($0))’" }.joined(separator: ", ")
        try emit(.noteAdded(step: nil, text: "Samengevoegd uit de sessies \(names)."), at: time)
        for (source, state) in sources.enumerated() {
            for participant in state.participants {
                guard let leftAt = participant.leftAt, let new = participantMap[source][participant.id] else {
                    continue
                }
                try emit(.participantLeft(new), at: leftAt)
            }
        }
        if sources.allSatisfy(\.isEnded), state.openStep == nil { try emit(.sessionEnded, at: time) }
    }

    private mutating func joinEveryone(at start: Timestamp) throws(SessionError) {
        let everyone = sources.enumerated().flatMap { source, state in state.participants.map { (source, $0) } }
            .sorted { ($0.1.joinedAt, $0.0) < ($1.1.joinedAt, $1.0) }
        for (source, joined) in everyone {
            var participant = joined.participant
            participant.id = state.freshParticipantID()
            if let clash = state.participant(named: participant.name) {
                let renamed = unique(participant.name, source: source) { state.participant(named: $0) != nil }
                conflicts.append(
                    "deelnemer ‘\(participant.name)’ komt meer dan eens voor (ook \(clash.id)); die uit sessie"
                        + " ‘\(sessionID(source))’ heet nu ‘\(renamed)’"
                )
                participant.name = renamed
            }
            if let pseudonym = participant.pseudonym, state.pseudonyms[SessionState.normalised(pseudonym)] != nil {
                let renamed = unique(pseudonym, source: source) { candidate in
                    state.pseudonyms[SessionState.normalised(candidate)] != nil
                }
                conflicts.append(
                    "pseudoniem ‘\(pseudonym)’ komt meer dan eens voor; dat uit sessie ‘\(sessionID(source))’ is"
                        + " nu ‘\(renamed)’"
                )
                participant.pseudonym = renamed
            }
            participantMap[source][joined.id] = participant.id
            try emit(.participantJoined(participant), at: start)
        }
    }

    private func unique(_ text: String, source: Int, isTaken: (String) -> Bool) -> String {
        var candidate = "\(text) (\(sessionID(source)))"
        var number = 2
        while isTaken(candidate) {
            candidate = "\(text) (\(sessionID(source)) \(number))"
            number += 1
        }
        return candidate
    }

    private mutating func mergeStep(_ step: Step, isLast: Bool) throws(SessionError) {
        let states = sources.compactMap { $0.stepState(step.id) }
        guard let opened = states.compactMap(\.openedAt).min() else { return }
        try emit(.stepOpened(step.id), at: opened)
        let inputs = sources.enumerated().flatMap { source, state in state.inputs(for: step.id).map { (source, $0) } }
            .sorted { ($0.1.submittedAt, $0.0, $0.1.sequence) < ($1.1.submittedAt, $1.0, $1.1.sequence) }
        var latest = opened
        for (source, record) in inputs {
            let map = itemMap[source]
            let input = record.input.mappingItems { map[$0] ?? $0 }
            guard let participant = participantMap[source][record.participant] else { continue }
            let submitted = state.submission(participant: participant, step: step.id, input: input)
            do {
                try emit(.inputSubmitted(submitted), at: record.submittedAt)
            } catch {
                throw .mergeInputRejected(session: sessionID(source), input: record.id, reason: error)
            }
            if let old = sources[source].item(createdBy: record.id, in: step.id),
                let new = state.item(createdBy: submitted.id, in: step.id)
            {
                itemMap[source][old] = new
            }
            latest = Swift.max(latest, record.revisedAt ?? record.submittedAt)
        }
        try replayEdits(of: step.id)
        let notes = sources.enumerated().flatMap { source, state in
            state.notes.filter { $0.step == step.id }.map { (source, $0) }
        }.sorted { ($0.1.time, $0.0, $0.1.sequence) < ($1.1.time, $1.0, $1.1.sequence) }
        for (_, note) in notes { try emit(.noteAdded(step: step.id, text: note.text), at: note.time) }
        try mergeOutcomes(of: step.id)
        let stillOpen = states.contains { $0.status == .open }
        guard !(stillOpen && isLast) else { return }
        let closed = states.compactMap(\.closedAt).max() ?? latest
        try emit(.stepClosed(step.id), at: Swift.max(closed, latest))
    }

    /// The facilitators' merges and renames of a step that collects items, translated to the new item ids. A merge
    /// that would remove an item another session's inputs still name is left out and reported.
    private mutating func replayEdits(of step: Step.ID) throws(SessionError) {
        var renamedBy: [Item.ID: (text: String, session: SessionID)] = [:]
        for (source, events) in edits.enumerated() {
            let map = itemMap[source]
            for event in events {
                switch event.payload {
                case .itemsMerged(step, let items, let into, let text):
                    let present = Set(state.items(for: step).map(\.id))
                    let kept = items.map { map[$0] ?? $0 }.filter(present.contains)
                    let target = map[into] ?? into
                    guard kept.count >= 2, kept.contains(target) else { continue }
                    let payload = EventPayload.itemsMerged(step: step, items: kept, into: target, text: text)
                    if let used = usedElsewhere(kept.filter { $0 != target }, step: step, except: source) {
                        conflicts.append(
                            "samenvoeging in stap ‘\(step)’ uit sessie ‘\(sessionID(source))’ niet overgenomen:"
                                + " ‘\(used)’ is in een andere sessie nog in gebruik"
                        )
                        continue
                    }
                    try emit(payload, at: event.time)
                case .itemRenamed(step, let item, let text):
                    let target = map[item] ?? item
                    guard state.items(for: step).contains(where: { $0.id == target }) else { continue }
                    if let earlier = renamedBy[target], earlier.text != text, earlier.session != sessionID(source) {
                        conflicts.append(
                            "item ‘\(target)’ van stap ‘\(step)’ heet in sessie ‘\(earlier.session)’ ‘\(earlier.text)’"
                                + " en in sessie ‘\(sessionID(source))’ ‘\(text)’; ‘\(text)’ aangehouden"
                        )
                    }
                    renamedBy[target] = (text, sessionID(source))
                    try emit(.itemRenamed(step: step, item: target, text: text), at: event.time)
                default:
                    continue
                }
            }
        }
    }

    /// An item among `items` that a live input of another source names in a step deriving its items from `step`.
    private func usedElsewhere(_ items: [Item.ID], step: Step.ID, except: Int) -> Item.ID? {
        guard let scenario = state.scenario else { return nil }
        let doomed = Set(items)
        for candidate in scenario.steps(derivingItemsFrom: step) {
            for (source, other) in sources.enumerated() where source != except {
                let map = itemMap[source]
                for record in other.inputs(for: candidate.id) {
                    if let hit = record.input.referencedItems.map({ map[$0] ?? $0 }).first(where: doomed.contains) {
                        return hit
                    }
                }
            }
        }
        return nil
    }

    /// The conclusions and agreements of a step (or of the session) from every source, in time order.
    private mutating func mergeOutcomes(of step: Step.ID?) throws(SessionError) {
        let outcomes = sources.enumerated().flatMap { source, state in
            state.outcomes.filter { $0.step == step }.map { (source, $0) }
        }.sorted { ($0.1.time, $0.0, $0.1.sequence) < ($1.1.time, $1.0, $1.1.sequence) }
        for (_, outcome) in outcomes {
            try emit(.outcomeRecorded(kind: outcome.kind, step: step, text: outcome.text), at: outcome.time)
        }
    }
}

extension EventPayload {
    var isItemEdit: Bool {
        switch self {
        case .itemsMerged, .itemRenamed: true
        default: false
        }
    }
}
