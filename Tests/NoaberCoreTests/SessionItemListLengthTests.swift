import NoaberCore
import Testing

/// Item checks search a short list linearly and hash a long one (more than 64 items); both must refuse the same.
@Suite struct SessionItemListLengthTests {
    static func ranking(items count: Int) throws -> SessionState {
        let values = (1...count).map { Item(id: "v\($0)", text: "Waarde \($0)") }
        let scenario = Scenario(
            id: "lengte", version: "1", title: "Lengte", summary: "", audience: "", language: "nl", minutes: 20,
            sources: [], facilitator: FacilitatorRole(title: "griffier"), groups: [],
            steps: [
                Step(
                    id: "waarden", title: "Waarden", minutes: 20, instructions: "", prompt: "",
                    activity: .rank(RankSettings(items: .listed(values))))
            ])
        var state = SessionState.empty
        let time = Timestamp(millisecondsSince1970: 1_780_000_000_000)
        try state.execute(
            .start(
                SessionSettings(
                    sessionID: "lengte", scenario: scenario, place: "", facilitatorName: "", pseudonymous: false)),
            at: time)
        try state.execute(.join(name: "Anna", group: nil, pseudonym: nil), at: time)
        try state.execute(.open("waarden"), at: time)
        return state
    }

    static func submit(_ order: [Item.ID], to state: SessionState) throws(SessionError) {
        var state = state
        let submitted = SubmittedInput(id: "x1", participant: "p1", step: "waarden", input: .rank(order))
        let event = SessionEvent(
            sequence: state.lastSequence + 1, time: state.lastTime ?? Timestamp(millisecondsSince1970: 0),
            payload: .inputSubmitted(submitted))
        try state.apply(event)
    }

    @Test(arguments: [3, 64, 65, 70])
    func rankingsAreCheckedAlike(items count: Int) throws {
        let state = try Self.ranking(items: count)
        let all = (1...count).map { "v\($0)" }
        try Self.submit(all.reversed(), to: state)
        #expect(throws: SessionError.duplicateItem(step: "waarden", item: "v2")) {
            try Self.submit(["v2", "v1", "v2"] + all.dropFirst(3), to: state)
        }
        #expect(throws: SessionError.unknownItem(step: "waarden", item: "v0")) {
            try Self.submit(["v1", "v0", "v1"], to: state)
        }
        #expect(throws: SessionError.missingItems(step: "waarden", items: ["v\(count)"])) {
            try Self.submit(Array(all.dropLast()), to: state)
        }
    }
}
