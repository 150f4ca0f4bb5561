import NoaberCore
import NoaberXML

/// Turns a schema-valid session document into values. The schema has already checked structure and lexical
/// forms; what remains here are values the schema cannot judge (integers too large for `Int`, impossible dates).
struct SessionXMLDecoder {
    let file: String

    func location(_ element: XMLElement) -> SourceLocation {
        SourceLocation(file: file, line: element.line)
    }

    func string(_ element: XMLElement, _ name: String) throws(SessionXMLError) -> String {
        guard let value = element.attribute(name) else {
            // Unreachable for a schema-valid document; kept as a refusal rather than a crash.
            throw .schema(location(element), detail: "missing attribute '\(name)' on '\(element.name)'")
        }
        return value
    }

    func int(_ element: XMLElement, _ name: String) throws(SessionXMLError) -> Int {
        let text = try string(element, name)
        guard let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
            throw .badValue(location(element), attribute: name, value: text)
        }
        return value
    }

    func optionalInt(_ element: XMLElement, _ name: String) throws(SessionXMLError) -> Int? {
        element.attribute(name) == nil ? nil : try int(element, name)
    }

    func bool(_ element: XMLElement, _ name: String) throws(SessionXMLError) -> Bool {
        let text = try string(element, name)
        switch text {
        case "true", "1": return true
        case "false", "0": return false
        default: throw .badValue(location(element), attribute: name, value: text)
        }
    }

    func double(_ element: XMLElement, _ name: String) throws(SessionXMLError) -> Double? {
        guard let text = element.attribute(name) else { return nil }
        guard let value = SessionNumber.parseDouble(text) else {
            throw .badValue(location(element), attribute: name, value: text)
        }
        return value
    }

    /// The text of the only child element called `name`.
    func childText(_ element: XMLElement, _ name: String) throws(SessionXMLError) -> String {
        try child(element, name).text
    }

    func child(_ element: XMLElement, _ name: String) throws(SessionXMLError) -> XMLElement {
        guard let child = element.element(named: name) else {
            throw .schema(location(element), detail: "missing element '\(name)' in '\(element.name)'")
        }
        return child
    }

    // MARK: Events

    func event(_ element: XMLElement, sessionID: SessionID) throws(SessionXMLError) -> SessionEvent {
        let sequence = try int(element, "seq")
        let timeText = try string(element, "time")
        guard let time = SessionTime.parse(timeText) else {
            throw .badValue(location(element), attribute: "time", value: timeText)
        }
        return SessionEvent(sequence: sequence, time: time, payload: try payload(element, sessionID: sessionID))
    }

    private func payload(_ element: XMLElement, sessionID: SessionID) throws(SessionXMLError) -> EventPayload {
        switch element.name {
        case "session-started":
            let settings = SessionSettings(
                sessionID: sessionID,
                scenario: try scenario(try child(element, "scenario")),
                place: try string(element, "place"),
                facilitatorName: try string(element, "facilitator"),
                pseudonymous: try bool(element, "pseudonymous")
            )
            return .sessionStarted(settings)
        case "participant-joined":
            return .participantJoined(
                Participant(
                    id: try string(element, "participant"), name: try string(element, "name"),
                    group: element.attribute("group"), pseudonym: element.attribute("pseudonym")
                )
            )
        case "participant-renamed":
            return .participantRenamed(try string(element, "participant"), name: try string(element, "name"))
        case "participant-left":
            return .participantLeft(try string(element, "participant"))
        case "step-opened":
            return .stepOpened(try string(element, "step"))
        case "step-closed":
            return .stepClosed(try string(element, "step"))
        case "step-reopened":
            return .stepReopened(try string(element, "step"))
        case "input-submitted":
            return .inputSubmitted(
                SubmittedInput(
                    id: try string(element, "id"), participant: try string(element, "participant"),
                    step: try string(element, "step"), input: try input(element), item: element.attribute("item")
                )
            )
        case "input-revised":
            return .inputRevised(try string(element, "id"), try input(element))
        case "input-withdrawn":
            return .inputWithdrawn(try string(element, "id"))
        case "items-merged":
            return .itemsMerged(
                step: try string(element, "step"), items: try itemRefs(element), into: try string(element, "into"),
                text: element.attribute("text")
            )
        case "item-renamed":
            return .itemRenamed(
                step: try string(element, "step"), item: try string(element, "item"), text: try string(element, "text")
            )
        case "note-added":
            return .noteAdded(step: element.attribute("step"), text: element.text)
        case "outcome-recorded":
            guard let kind = OutcomeKind(rawValue: try string(element, "kind")) else {
                throw .schema(location(element), detail: "unknown outcome kind")
            }
            return .outcomeRecorded(kind: kind, step: element.attribute("step"), text: element.text)
        case "report-finalised":
            return .reportFinalised
        case "timer-paused":
            return .timerPaused
        case "timer-resumed":
            return .timerResumed
        case "session-ended":
            return .sessionEnded
        case "results-shown":
            return .resultsShown(step: try string(element, "step"), shown: element.attribute("shown") == "true")
        default:
            throw .schema(location(element), detail: "unknown event '\(element.name)'")
        }
    }

    /// Each child element named `name`, in document order, made into a value by `make`.
    func children<Value>(
        _ element: XMLElement, _ name: String, _ make: (XMLElement) throws(SessionXMLError) -> Value
    ) throws(SessionXMLError) -> [Value] {
        var values: [Value] = []
        for child in element.elements(named: name) { values.append(try make(child)) }
        return values
    }

    /// The kind an element's name is (an `Input.Kind` or `Activity.Kind` raw value), or a schema error naming
    /// `what` the element should have been.
    func kind<Kind: RawRepresentable<String>>(
        _ type: Kind.Type, of element: XMLElement, _ what: String
    ) throws(SessionXMLError) -> Kind {
        guard let kind = Kind(rawValue: element.name) else {
            throw .schema(location(element), detail: "unknown \(what) '\(element.name)'")
        }
        return kind
    }

    func itemRefs(_ element: XMLElement) throws(SessionXMLError) -> [Item.ID] {
        try children(element, "item") { item throws(SessionXMLError) in try string(item, "ref") }
    }

    func scores(_ element: XMLElement) throws(SessionXMLError) -> [ItemScore] {
        try children(element, "score") { score throws(SessionXMLError) in
            ItemScore(item: try string(score, "item"), value: try int(score, "value"))
        }
    }
}
