/// Rows as a terminal shows them: every column padded to its widest cell, counted in characters (so "variëteit"
/// lines up), two spaces apart. The last cell of a row is not padded, so no line ends in padding; a right-aligned
/// column is padded in front. Rows may be shorter than others. The one table of `noaber scenarios`,
/// `noaber sessions` and `noaber rank`.
public enum TerminalTable {
    public static func lines(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                if rightAligned.contains(column) { return padding + cell }
                return column == row.count - 1 ? cell : cell + padding
            }.joined(separator: "  ")
        }
    }
}
