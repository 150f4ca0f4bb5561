public import NoaberCore

extension SessionXMLWriter {
    /// The events as a pseudonymous session may leave the store: every participant's name replaced by their
    /// pseudonym (or, lacking one, their id), in joins and renames alike, so no real name reaches the file.
    /// Other sessions are returned unchanged.
    ///
    /// Reading such a file gives a session whose names are the pseudonyms; writing that again gives the same
    /// bytes, so the export → import → export round trip stays byte-identical.
    public static func publishable(_ events: [SessionEvent]) -> [SessionEvent] {
        guard case .sessionStarted(let settings)? = events.first?.payload, settings.pseudonymous else {
            return events
        }
        var shownNames: [ParticipantID: String] = [:]
        return events.map { event in
            var event = event
            switch event.payload {
            case .participantJoined(var participant):
                participant.name = participant.pseudonym ?? participant.id
                shownNames[participant.id] = participant.name
                event.payload = .participantJoined(participant)
            case .participantRenamed(let id, _):
                event.payload = .participantRenamed(id, name: shownNames[id] ?? id)
            default:
                break
            }
            return event
        }
    }
}
