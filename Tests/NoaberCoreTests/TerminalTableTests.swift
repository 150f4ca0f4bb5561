import NoaberCore
import Testing

@Suite struct TerminalTableTests {
    @Test func columnsArePaddedByCharactersAndTheLastCellIsNot() {
        let lines = TerminalTable.lines([["id", "titel", "duur"], ["variëteit", "Raad", "90 min"], ["x", "y"]])
        #expect(lines == ["id         titel  duur", "variëteit  Raad   90 min", "x          y"])
    }

    @Test func rightAlignedColumnsArePaddedInFront() {
        let lines = TerminalTable.lines(
            [["stap", "min"], ["open", "5"], ["rangschikken", "120"]], rightAligned: [1])
        #expect(lines == ["stap          min", "open            5", "rangschikken  120"])
    }

    @Test func noRowsGiveNoLines() {
        #expect(TerminalTable.lines([]).isEmpty)
    }
}
