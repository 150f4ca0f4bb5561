import NoaberCore
import NoaberSession
import NoaberStore
import NoaberTestSupport
import Testing

@testable import NoaberConsole

/// Two facilitators' consoles (or a console and, later, a web room) on one runner: what a command created is read
/// from its own committed event, so each console names its own participant, input and item.
@Suite struct ConsoleInterleavingTests {
    @Test func twoSubmittersAtOnceEachNameTheirOwnIdea() async throws {
        let directory = try TemporaryDirectory(prefix: "noaber-console")
        let store = try SessionStore(path: directory.path("noaber.sqlite"))
        let clock = SimulatedClock(start: Timestamp(millisecondsSince1970: 1_780_000_000_000))
        let runner = try await SessionRunner.start(StoreTestScenario.settings(), store: store, clock: clock)
        let setup = Console(runner: runner, simulatedClock: clock, language: .nl, output: .silent)
        #expect(try await setup.execute(line: "join Anna") == ["ok p1 Anna"])
        #expect(try await setup.execute(line: "join Bram") == ["ok p2 Bram"])
        #expect(try await setup.execute(line: "open rollen") == ["ok rollen geopend"])
        let rounds = 8
        let start = StartLine(runners: 2)
        let replies = try await withThrowingTaskGroup(of: [(String, String)].self) { group in
            for participant in ["p1", "p2"] {
                group.addTask {
                    let console = Console(runner: runner, simulatedClock: clock, language: .nl, output: .silent)
                    await start.ready()
                    var replies: [(String, String)] = []
                    for round in 1...rounds {
                        let text = "idee \(round) van \(participant)"
                        let reply = try await console.execute(line: "submit \(participant) rollen \"\(text)\"")
                        replies.append((text, reply.joined(separator: "\n")))
                    }
                    return replies
                }
            }
            var all: [(String, String)] = []
            for try await replies in group { all += replies }
            return all
        }
        let state = await runner.state
        let items = Dictionary(uniqueKeysWithValues: state.items(for: "rollen").map { ($0.id, $0.text) })
        #expect(replies.count == 2 * rounds)
        for (text, reply) in replies {
            let words = reply.split(separator: " ").map(String.init)
            // `ok INPUT ITEM`: exactly one item, and it is this line's idea, not the other console's.
            #expect(words.count == 3, "\(reply)")
            guard words.count == 3 else { continue }
            #expect(state.input(words[1])?.input == .brainstorm(text: text), "\(reply)")
            #expect(items[words[2]] == text, "\(reply)")
        }
        // The two consoles really interleaved: in journal order their inputs change hands again and again, so each
        // console's command was committed while the other's was in flight.
        let order = state.inputs(for: "rollen").map(\.participant)
        let changes = zip(order, order.dropFirst()).filter { $0 != $1 }.count
        #expect(changes >= rounds / 2, "\(order)")
    }

    @Test func refusalsAndStorageFailuresStayApart() async throws {
        let directory = try TemporaryDirectory(prefix: "noaber-console")
        let store = try SessionStore(path: directory.path("noaber.sqlite"))
        let clock = SimulatedClock(start: Timestamp(millisecondsSince1970: 1_780_000_000_000))
        let runner = try await SessionRunner.start(StoreTestScenario.settings(), store: store, clock: clock)
        let console = Console(runner: runner, simulatedClock: clock, language: .en, output: .silent)
        await #expect(throws: ConsoleLineError.notUnderstood(.unknownCommand("opne"))) {
            try await console.execute(line: "opne rollen")
        }
        await #expect(throws: ConsoleLineError.notUnderstood(.unknownParticipant("p9"))) {
            try await console.execute(line: "submit p9 rollen idee")
        }
        await #expect(throws: ConsoleLineError.refused(.unknownStep("nergens"))) {
            try await console.execute(line: "open nergens")
        }
        // The same session through a store that cannot be written: the journal's own error comes up, apart.
        let readOnly = try SessionStore(path: store.path, readOnly: true)
        let reader = try await SessionRunner.resume("test-1", store: readOnly, clock: clock)
        let late = Console(runner: reader, simulatedClock: clock, language: .en, output: .silent)
        await #expect(throws: ConsoleLineError.storage(.readOnly(path: store.path))) {
            try await late.execute(line: "note \"alleen lezen\"")
        }
    }

    @Test func theHelpTextListsEveryWerkvormAsBefore() {
        #expect(
            ConsoleHelp.lines[3...6] == [
                "  submit P STAP …   (brainstorm: \"tekst\"; open: [ITEM] \"tekst\"; roleplay: ROL RONDE \"tekst\";",
                "                     likert: stelling=3 …; rank: item item …; rate: item=4 …; vote: item …;",
                "                     dots: item=2 …; classify: item=categorie …;",
                "                     actions: \"wat\" \"trekker\" \"wanneer\" [\"met wie\"])",
            ])
        #expect(ConsoleHelp.lines.count == 12)
    }
}

/// Lets concurrent tasks start together: `ready` returns once all of them have called it.
actor StartLine {
    private var waiting: Int
    private var continuations: [CheckedContinuation<Void, Never>] = []

    init(runners: Int) { waiting = runners }

    func ready() async {
        waiting -= 1
        if waiting == 0 {
            for continuation in continuations { continuation.resume() }
            continuations = []
            return
        }
        await withCheckedContinuation { continuations.append($0) }
    }
}

extension ConsoleOutput {
    /// Output that goes nowhere; the tests look at what `execute` returns.
    static let silent = ConsoleOutput(standardOutput: { _ in }, standardError: { _ in })
}
