/// Splits a console line into words, the way a shell would for the simple cases a griffier types:
/// white space separates, double quotes group (`"Anna de Vries"`), a backslash takes the next character
/// literally (`\"`, `\\`, `\ `), and `#` outside quotes at the start of a word begins a comment.
public enum ConsoleTokenizer {
    public static func tokens(of line: String) throws(ConsoleError) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inWord = false
        var inQuotes = false
        var escaping = false
        for character in line {
            if escaping {
                current.append(character)
                escaping = false
                inWord = true
                continue
            }
            switch character {
            case "\\":
                escaping = true
            case "\"":
                inQuotes.toggle()
                inWord = true
            case "#" where !inQuotes && !inWord:
                return tokens
            case _ where character.isWhitespace && !inQuotes:
                if inWord { tokens.append(current) }
                current = ""
                inWord = false
            default:
                current.append(character)
                inWord = true
            }
        }
        if escaping { throw .danglingBackslash }
        if inQuotes { throw .unclosedQuote }
        if inWord { tokens.append(current) }
        return tokens
    }
}
