extension StringProtocol {
    /// Without leading and trailing white space (as `Character.isWhitespace`, so also line breaks; no Foundation
    /// needed). The one trimming of names, fields, typed trekkers, `--format` lists and the purge answer: the engine
    /// stores what it returns and the reports compare with it.
    public var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
