import NoaberCore

/// Voting at the console: `submit P STAP item [item …]`; dot-voting `submit P STAP item=stippen …`.
enum VoteConsole {
    static let help = ["vote: item …", "dots: item=2 …"]

    static func input(_ settings: VoteSettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        if case .dots = settings.mode { return .dots(try words.scores()) }
        return .vote(words.arguments)
    }
}
