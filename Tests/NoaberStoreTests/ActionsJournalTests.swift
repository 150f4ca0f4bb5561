import NoaberCore
import Testing

@testable import NoaberStore

/// An action with "met wie" is tag 11 (what, owner, when, with); one without keeps tag 10 and its bytes, so the
/// golden journal files stay as they are.
@Suite struct ActionsJournalTests {
    @Test func anActionWithMetWieIsTag11AndReadsBack() throws {
        let action = Input.action(Action(what: "Wijkavond", owner: "p3", when: "2027-03-01", with: "de griffie"))
        var writer = JournalWriter()
        action.writeJournal(to: &writer)
        #expect(writer.bytes.first == 11)
        var reader = JournalReader(writer.bytes)
        #expect(try Input.readJournal(from: &reader) == action)
    }

    @Test func anActionWithoutMetWieKeepsTag10() {
        var writer = JournalWriter()
        Input.action(Action(what: "Wijkavond", owner: "Anna", when: "voor de zomer")).writeJournal(to: &writer)
        #expect(writer.bytes.first == 10)
    }
}
