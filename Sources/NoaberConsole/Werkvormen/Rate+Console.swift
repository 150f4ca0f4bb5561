import NoaberCore

/// Rating at the console: `submit P STAP item=score …`.
enum RateConsole {
    static let help = ["rate: item=4 …"]

    static func input(_ settings: RateSettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        .rate(try words.scores())
    }

    /// Tab completion after `submit P STAP`: the words this werkvorm takes (`key` is set after `key=`).
    static func completions(_ settings: RateSettings, items: [Item], valueOf key: String?) -> [String] {
        key == nil ? items.map { $0.id + "=" } : settings.scale.completionValues
    }
}
