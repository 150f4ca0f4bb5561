extension NameRedaction {
    /// The events as a pseudonymous session may leave the store: every participant's name replaced by their
    /// pseudonym (or, lacking one, "Deelnemer N" by join order, as `SessionState.displayName` shows them), in joins
    /// and renames alike, and every free text a participant or the facilitator typed (answers, commitments, notes,
    /// item texts, groups, conclusions) redacted, so no part of a real name reaches a file. Session XML is written
    /// from these events and an export's documents are computed from them, so a session read back from its file
    /// (whose names are the pseudonyms) exports the same bytes. Other sessions, and events that do not replay,
    /// are returned unchanged.
    public static func publishable(_ events: [SessionEvent]) -> [SessionEvent] {
        guard case .sessionStarted(let settings)? = events.first?.payload, settings.pseudonymous else {
            return events
        }
        // The state gives the shown names and every name a participant had; a journal that does not replay is
        // refused by the writer's own replay.
        guard let state = try? SessionState.replay(events) else { return events }
        let redact = NameRedaction(state)
        let shownNames = Dictionary(
            state.participants.map { ($0.id, state.displayName(of: $0.id)) }, uniquingKeysWith: { first, _ in first })
        return events.map { event in
            var event = event
            switch event.payload {
            case .participantJoined(var participant):
                participant.name = shownNames[participant.id] ?? participant.id
                participant.group = participant.group.map(redact.callAsFunction)
                event.payload = .participantJoined(participant)
            case .participantRenamed(let id, _):
                event.payload = .participantRenamed(id, name: shownNames[id] ?? id)
            case .inputSubmitted(var submitted):
                submitted.input = redact(submitted.input)
                event.payload = .inputSubmitted(submitted)
            case .inputRevised(let id, let input):
                event.payload = .inputRevised(id, redact(input))
            case .itemsMerged(let step, let items, let into, let text):
                event.payload = .itemsMerged(
                    step: step, items: items, into: into, text: text.map(redact.callAsFunction))
            case .itemRenamed(let step, let item, let text):
                event.payload = .itemRenamed(step: step, item: item, text: redact(text))
            case .noteAdded(let step, let text):
                event.payload = .noteAdded(step: step, text: redact(text))
            case .outcomeRecorded(let kind, let step, let text):
                event.payload = .outcomeRecorded(kind: kind, step: step, text: redact(text))
            default:
                break
            }
            return event
        }
    }

    /// The input with every free text redacted.
    public func callAsFunction(_ input: Input) -> Input { input.mappingTexts { self($0) } }
}
