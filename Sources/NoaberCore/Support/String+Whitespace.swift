extension StringProtocol {
    /// Without leading and trailing white space (`Character.isWhitespace`: spaces, tabs, line breaks and the other
    /// Unicode spaces). The one trimming of every module above NoaberCore; it needs no Foundation.
    public var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
