import NoaberAggregation
public import NoaberCore
import NoaberXML

/// Writes a session as Noaber session XML (`sessie.xml`), valid against `Exports/session.rng`.
///
/// Deterministic: the bytes depend only on the events (attribute order is fixed in code, nothing reads a clock),
/// so writing the same events twice, or writing what `SessionXMLReader` read back, gives identical files.
/// Characters XML 1.0 forbids are replaced by U+FFFD by `XMLWriter`; such a session reads back with the
/// replacement, and from then on round-trips byte for byte.
public enum SessionXMLWriter {
    /// The session XML of `events`, which must start with `sessionStarted` (as every journal does). A
    /// pseudonymous session is written with pseudonyms in place of names (see `NameRedaction.publishable`).
    public static func write(_ events: [SessionEvent]) throws -> [UInt8] {
        let events = NameRedaction.publishable(events)
        guard case .sessionStarted(let settings)? = events.first?.payload else {
            throw SessionXMLError.noSessionStart
        }
        // The journal was checked when it was written; replaying it again gives the state the results come from.
        let results = SessionResults.element(for: try SessionState.replay(events))
        let writer = try XMLWriter(indent: true)
        try writer.startDocument()
        try writer.startElement("session")
        try writer.attribute("xmlns", SessionXML.namespace)
        try writer.attribute("id", settings.sessionID)
        try writer.attribute("scenario-id", settings.scenario.id)
        try writer.attribute("scenario-version", settings.scenario.version)
        try writer.startElement("events")
        for event in events {
            try write(event, to: writer)
        }
        try writer.endElement()
        try writeResults(results, to: writer)
        try writer.endElement()
        return try writer.finish()
    }

    /// The `results` element, saying which version of the aggregation methods computed it.
    private static func writeResults(_ results: XMLElement, to writer: XMLWriter) throws {
        try writer.startElement(results.name)
        try writer.attribute("methods-version", String(MethodsVersion.current))
        for child in results.elements {
            try write(child, to: writer)
        }
        try writer.endElement()
    }

    /// Opens the element of one event with its `seq` and `time`, then the event's own `attributes` in order.
    static func startEvent(
        _ name: String, _ event: SessionEvent, _ writer: XMLWriter, _ attributes: KeyValuePairs<String, String> = [:]
    ) throws {
        guard SessionTime.representable(event.time) else {
            throw SessionXMLError.timeOutOfRange(sequence: event.sequence)
        }
        try writer.startElement(name)
        try writer.attribute("seq", String(event.sequence))
        try writer.attribute("time", SessionTime.format(event.time))
        for (attribute, value) in attributes {
            try writer.attribute(attribute, value)
        }
    }

    private static func write(_ event: SessionEvent, to writer: XMLWriter) throws {
        switch event.payload {
        case .sessionStarted(let settings):
            try startEvent(
                "session-started", event, writer,
                [
                    "place": settings.place, "facilitator": settings.facilitatorName,
                    "pseudonymous": settings.pseudonymous ? "true" : "false",
                ])
            try ScenarioWriter.write(settings.scenario, to: writer)
        case .participantJoined(let participant):
            try startEvent("participant-joined", event, writer)
            try writeFields(of: participant, to: writer)
        case .participantRenamed(let id, let name):
            try startEvent("participant-renamed", event, writer, ["participant": id, "name": name])
        case .participantLeft(let id):
            try startEvent("participant-left", event, writer, ["participant": id])
        case .stepOpened(let step):
            try startEvent("step-opened", event, writer, ["step": step])
        case .stepClosed(let step):
            try startEvent("step-closed", event, writer, ["step": step])
        case .stepReopened(let step):
            try startEvent("step-reopened", event, writer, ["step": step])
        case .inputSubmitted(let submitted):
            try startEvent(
                "input-submitted", event, writer,
                ["id": submitted.id, "participant": submitted.participant, "step": submitted.step])
            if let item = submitted.item { try writer.attribute("item", item) }
            try write(submitted.input, to: writer)
        case .inputRevised(let id, let input):
            try startEvent("input-revised", event, writer, ["id": id])
            try write(input, to: writer)
        case .inputWithdrawn(let id):
            try startEvent("input-withdrawn", event, writer, ["id": id])
        case .itemsMerged(let step, let items, let into, let text):
            try startEvent("items-merged", event, writer, ["step": step, "into": into])
            if let text { try writer.attribute("text", text) }
            for item in items {
                try writer.element("item", attributes: ["ref": item])
            }
        case .itemRenamed(let step, let item, let text):
            try startEvent("item-renamed", event, writer, ["step": step, "item": item, "text": text])
        case .noteAdded(let step, let text):
            try startEvent("note-added", event, writer)
            if let step { try writer.attribute("step", step) }
            try writer.text(text)
        case .outcomeRecorded(let kind, let step, let text):
            try startEvent("outcome-recorded", event, writer, ["kind": kind.rawValue])
            if let step { try writer.attribute("step", step) }
            try writer.text(text)
        case .reportFinalised:
            try startEvent("report-finalised", event, writer)
        case .timerPaused:
            try startEvent("timer-paused", event, writer)
        case .timerResumed:
            try startEvent("timer-resumed", event, writer)
        case .sessionEnded:
            try startEvent("session-ended", event, writer)
        case .resultsShown(let step, let shown):
            try startEvent("results-shown", event, writer, ["step": step, "shown": shown ? "true" : "false"])
        }
        try writer.endElement()
    }

    /// The attributes of a participant, in the schema's order.
    static func writeFields(of participant: Participant, to writer: XMLWriter) throws {
        try writer.attribute("participant", participant.id)
        try writer.attribute("name", participant.name)
        if let group = participant.group { try writer.attribute("group", group) }
        if let pseudonym = participant.pseudonym { try writer.attribute("pseudonym", pseudonym) }
    }

    /// An input as the element `name` holding one element `entry` per value, with that value's attributes.
    static func writeEntries<Value>(
        _ name: String, _ entry: String, _ values: [Value], _ writer: XMLWriter,
        attributes: (Value) -> KeyValuePairs<String, String>
    ) throws {
        try writer.startElement(name)
        for value in values {
            try writer.element(entry, attributes: attributes(value))
        }
        try writer.endElement()
    }

    static func writeItemRefs(_ name: String, _ items: [Item.ID], _ writer: XMLWriter) throws {
        try writeEntries(name, "item", items, writer) { ["ref": $0] }
    }

    static func writeScores(_ name: String, _ scores: [ItemScore], _ writer: XMLWriter) throws {
        try writeEntries(name, "score", scores, writer) { ["item": $0.item, "value": String($0.value)] }
    }
}
