import NoaberCore

/// Rating at the console: `submit P STAP item=score …`.
enum RateConsole {
    static let help = ["rate: item=4 …"]

    static func input(_ settings: RateSettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        .rate(try words.scores())
    }
}
