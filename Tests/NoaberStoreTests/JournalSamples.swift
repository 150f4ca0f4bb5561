import NoaberCore
import NoaberTestSupport

/// One sample of every event kind and every input kind (optionals both present and absent), for the golden
/// journal fixture. `name(_:)` switches over every case without `default`, so a new case does not compile until a
/// sample (and with it the golden file) covers it.
enum JournalSamples {
    static let inputs: [Input] = [
        .brainstorm(text: "verbinder van buurten"),
        .open(item: nil, text: "Een antwoord, met ë en \"aanhalingstekens\"."),
        .open(item: "b12", text: "Over de hoeder."),
        .roleplay(role: "ombudsman", round: 2, text: "Ik hoor eerst de klachten aan."),
        .likert([LikertAnswer(statement: "doen-1", value: 3), LikertAnswer(statement: "doen-2", value: -1)]),
        .rank(["transparantie", "legitimiteit", "b300"]),
        .rate([ItemScore(item: "speeltuin", value: 10), ItemScore(item: "bankjes", value: 0)]),
        .vote(["speeltuin"]),
        .dots([ItemScore(item: "speeltuin", value: 3), ItemScore(item: "bankjes", value: 200)]),
        .classify([Placement(item: "inspraak", category: "meebeslissen"), Placement(item: "a", category: "b")]),
        .action(Action(what: "Wijkavond organiseren", owner: "Anna", when: "voor de zomer")),
    ]

    static let payloads: [EventPayload] =
        [
            .sessionStarted(StoreTestScenario.settings(id: "gouden")),
            .participantJoined(
                Participant(id: "p1", name: "Anna de Vries", group: "Fractie A", pseudonym: "Deelnemer 1")),
            .participantJoined(Participant(id: "p2", name: "Bram 🚲 Bos")),
            .participantRenamed("p2", name: "Bram Bos"),
            .participantLeft("p2"),
            .stepOpened("waarden"),
            .stepClosed("waarden"),
            .stepReopened("waarden"),
        ]
        + inputs.enumerated().map { index, input in
            .inputSubmitted(
                SubmittedInput(
                    id: "i\(index + 9)", participant: "p1", step: "stap", input: input,
                    item: index == 0 ? "b1" : nil))
        }
        + [
            .inputRevised("i9", .brainstorm(text: "bruggenbouwer")),
            .inputWithdrawn("i10"),
            .itemsMerged(step: "rollen", items: ["b10", "b11"], into: "b10", text: "samen"),
            .itemsMerged(step: "rollen", items: ["b12", "b13", "b14"], into: "b13", text: nil),
            .itemRenamed(step: "rollen", item: "b13", text: "hoeder"),
            .noteAdded(step: nil, text: "Welkom."),
            .noteAdded(step: "rollen", text: "Regel één\nregel twee"),
            .outcomeRecorded(kind: .conclusion, step: nil, text: "De raad stuurt op hoofdlijnen."),
            .outcomeRecorded(kind: .agreement, step: "rollen", text: "De griffie plant een vervolg."),
            .reportFinalised,
            .timerPaused,
            .timerResumed,
            .resultsShown(step: "waarden", shown: true),
            .resultsShown(step: "waarden", shown: false),
            .sessionEnded,
        ]

    /// The payloads as journal encoding 2 held them: no input names the item it brings in.
    static var version2Payloads: [EventPayload] {
        payloads.compactMap { payload in
            // Outcomes, the definitief mark and shown results came after version 2.
            if case .outcomeRecorded = payload { return nil }
            if payload == .reportFinalised { return nil }
            if case .resultsShown = payload { return nil }
            guard case .inputSubmitted(var submitted) = payload else { return payload }
            submitted.item = nil
            return .inputSubmitted(submitted)
        }
    }

    static func name(_ payload: EventPayload) -> String {
        switch payload {
        case .sessionStarted: "sessionStarted"
        case .participantJoined: "participantJoined"
        case .participantRenamed: "participantRenamed"
        case .participantLeft: "participantLeft"
        case .stepOpened: "stepOpened"
        case .stepClosed: "stepClosed"
        case .stepReopened: "stepReopened"
        case .inputSubmitted(let submitted): "inputSubmitted " + name(submitted.input)
        case .inputRevised(_, let input): "inputRevised " + name(input)
        case .inputWithdrawn: "inputWithdrawn"
        case .itemsMerged: "itemsMerged"
        case .itemRenamed: "itemRenamed"
        case .noteAdded: "noteAdded"
        case .outcomeRecorded(let kind, _, _): "outcomeRecorded " + kind.rawValue
        case .reportFinalised: "reportFinalised"
        case .timerPaused: "timerPaused"
        case .timerResumed: "timerResumed"
        case .sessionEnded: "sessionEnded"
        case .resultsShown: "resultsShown"
        }
    }

    static func name(_ input: Input) -> String {
        switch input {
        case .brainstorm: "brainstorm"
        case .open: "open"
        case .roleplay: "roleplay"
        case .likert: "likert"
        case .rank: "rank"
        case .rate: "rate"
        case .vote: "vote"
        case .dots: "dots"
        case .classify: "classify"
        case .action: "action"
        }
    }
}
