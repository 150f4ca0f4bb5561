import NoaberCore
import Testing

@testable import NoaberFormats

@Suite("Session XML results")
struct SessionXMLResultsTests {
    /// A session with one rank step of `count` items, ranked by two participants in opposite orders.
    static func ranking(items count: Int, method: RankMethod) throws -> [SessionEvent] {
        let items = (1...count).map { Item(id: "w\($0)", text: "Waarde \($0)") }
        let step = Step(
            id: "waarden", title: "Waarden", minutes: 10, instructions: "", prompt: "Rangschik.",
            activity: .rank(RankSettings(items: .listed(items), method: method))
        )
        var scenario = SessionTestSessions.scenario
        scenario.steps = [step]
        var state = SessionState()
        var events: [SessionEvent] = []
        for (minute, command) in [
            SessionCommand.start(
                SessionSettings(
                    sessionID: "r", scenario: scenario, place: "", facilitatorName: "", pseudonymous: false)),
            .join(name: "Anna", group: nil, pseudonym: nil), .join(name: "Bram", group: nil, pseudonym: nil),
            .open("waarden"), .submit(participant: "p1", step: "waarden", input: .rank(items.map(\.id))),
            .submit(participant: "p2", step: "waarden", input: .rank(items.map(\.id).reversed())),
            .close("waarden"), .end,
        ].enumerated() {
            events.append(try state.execute(command, at: SessionTestSessions.time(minute)))
        }
        return events
    }

    @Test(
        "the ranking names the method that gave the order; Kemeny–Young beyond its limit falls back to Schulze",
        arguments: [
            (3, RankMethod.kemenyYoung, "kemeny-young"), (20, .kemenyYoung, "kemeny-young"),
            (21, .kemenyYoung, "schulze"),
            (21, .borda, "borda"),
        ]
    )
    func methodNamed(_ count: Int, _ method: RankMethod, _ written: String) throws {
        let events = try Self.ranking(items: count, method: method)
        let text = String(decoding: try SessionXMLWriter.write(events), as: UTF8.self)
        // Two opposite ballots: with Kemeny–Young every order is optimal (n! of them), and the file says so.
        let optimal = written == "kemeny-young" ? " optimal-rankings=\"\((1...count).reduce(1, *))\"" : ""
        #expect(
            text.contains(
                "<ranking step=\"waarden\" method=\"\(written)\" rankings=\"2\" kendall-w=\"0.0\"\(optimal)>"))
        #expect(try SessionXMLReader.read(Array(text.utf8), file: "r.xml") == events)
    }
}
