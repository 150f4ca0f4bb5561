import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberConsole

/// Tab completion offers what the console language allows next, from the session as it stands.
@Suite struct ConsoleCompletionTests {
    static let completion = ConsoleCompletion(state: try! SessionState.replay(StoreTestScenario.events()))

    /// As libedit calls it: the word is what follows the last white space, quote or `=`.
    func complete(_ line: String) -> [String] {
        let word = line.split(omittingEmptySubsequences: false) { " \t\"=".contains($0) }.last.map(String.init) ?? ""
        return Self.completion.candidates(lineBeforeCursor: line, word: word)
    }

    @Test func commandsFirst() {
        #expect(complete("re") == ["rename", "reopen", "revise", "rename-item", "resume"])
        #expect(complete("sub") == ["submit"])
        #expect(complete("").count == ConsoleCompletion.verbs.count)
    }

    @Test func everyVerbIsOneTheConsoleUnderstands() {
        for verb in ConsoleCompletion.verbs {
            let result = Result { () throws(ConsoleError) in try ConsoleCommand.parse(verb) }
            if case .failure(let error) = result {
                #expect(error != .unknownCommand(verb), "\(verb)")
            }
        }
    }

    @Test func participantsByNumberAndName() {
        #expect(complete("submit p") == ["p1", "p2"])
        // After an opening quote, a full name and its closing quote.
        #expect(complete("submit \"A") == ["Anna de Vries\""])
        #expect(complete("submit \"") == ["Anna de Vries\"", "Bram Bos\""])
        #expect(complete("leave ") == ["p1", "\"Anna de Vries\"", "p2", "\"Bram Bos\""])
    }

    @Test func stepsThenTheWerkvormWords() {
        #expect(complete("submit p1 w") == ["waarden"])
        #expect(complete("open ") == ["rollen", "waarden", "acties"])
        #expect(complete("submit p1 waarden ") == ["vrijheid", "gelijkheid", "solidariteit", "rechtvaardigheid"])
        #expect(complete("submit p1 waarden vrijheid g") == ["gelijkheid"])
        #expect(complete("submit p1 acties ") == [])
        #expect(complete("note --step w") == ["waarden"])
    }

    @Test func inputsAndTheirStep() {
        #expect(complete("withdraw i") == ["i1"])  // i2 was withdrawn
        #expect(complete("revise i1 so") == ["solidariteit"])
    }

    @Test func valuesAfterAnEqualsSign() throws {
        let items = ItemSource.listed([Item(id: "a", text: "A"), Item(id: "b", text: "B")])
        let scale = Scale(min: 1, max: 4, labels: [])
        let classify = ClassifySettings(items: items, categories: [Item(id: "bloem", text: "Bloembed")])
        #expect(ConsoleWerkvormen.completions(for: step(.classify(classify)), items: [], valueOf: nil) == [])
        let item = [Item(id: "a", text: "A")]
        #expect(ConsoleWerkvormen.completions(for: step(.classify(classify)), items: item, valueOf: nil) == ["a="])
        #expect(ConsoleWerkvormen.completions(for: step(.classify(classify)), items: item, valueOf: "a") == ["bloem"])
        let rate = RateSettings(items: items, scale: scale)
        #expect(
            ConsoleWerkvormen.completions(for: step(.rate(rate)), items: item, valueOf: "a") == ["1", "2", "3", "4"])
        let likert = LikertSettings(
            scale: scale,
            themes: [
                LikertTheme(
                    id: "t", title: "T", statements: [LikertStatement(id: "s1", text: "S")], interpretation: [])
            ])
        #expect(ConsoleWerkvormen.completions(for: step(.likert(likert)), items: [], valueOf: nil) == ["s1="])
    }

    func step(_ activity: Activity) -> Step {
        Step(id: "s", title: "S", minutes: 5, instructions: "", prompt: "", activity: activity)
    }
}
