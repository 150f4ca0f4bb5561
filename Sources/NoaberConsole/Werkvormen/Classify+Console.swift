import NoaberCore

/// Classifying at the console: `submit P STAP item=categorie …`.
enum ClassifyConsole {
    static let help = ["classify: item=categorie …"]

    static func input(_ settings: ClassifySettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        .classify(try words.pairs().map { Placement(item: $0.0, category: $0.1) })
    }
}
