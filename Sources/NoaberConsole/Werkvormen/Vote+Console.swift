import NoaberCore

/// Voting at the console: `submit P STAP item [item …]`; dot-voting `submit P STAP item=stippen …`.
enum VoteConsole {
    static let help = ["vote: item …", "dots: item=2 …"]

    static func input(_ settings: VoteSettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        if case .dots = settings.mode { return .dots(try words.scores()) }
        return .vote(words.arguments)
    }

    /// Tab completion: the step's items (`item=` when dots are spent).
    static func completions(_ settings: VoteSettings, items: [Item], valueOf key: String?) -> [String] {
        guard key == nil else { return [] }
        if case .dots = settings.mode { return items.map { $0.id + "=" } }
        return items.map(\.id)
    }
}
