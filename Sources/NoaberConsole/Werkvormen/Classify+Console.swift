import NoaberCore

/// Classifying at the console: `submit P STAP item=categorie …`.
enum ClassifyConsole {
    static let help = ["classify: item=categorie …"]

    static func input(_ settings: ClassifySettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        .classify(try words.pairs().map { Placement(item: $0.0, category: $0.1) })
    }

    /// Tab completion after `submit P STAP`: the words this werkvorm takes (`key` is set after `key=`).
    static func completions(_ settings: ClassifySettings, items: [Item], valueOf key: String?) -> [String] {
        key == nil ? items.map { $0.id + "=" } : settings.categories.map(\.id)
    }
}
