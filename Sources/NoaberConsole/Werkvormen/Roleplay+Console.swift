import NoaberCore

/// Role-play at the console: `submit P STAP ROL RONDE "tekst"`.
enum RoleplayConsole {
    static let help = ["roleplay: ROL RONDE \"tekst\""]

    static func input(_ settings: RoleplaySettings, _ words: ConsoleInputWords) throws(ConsoleError) -> Input {
        let role = try words.exactly(3, "ROL RONDE \"tekst\"")
        return .roleplay(role: role[0], round: try words.integer(role[1]), text: role[2])
    }

    /// Tab completion after `submit P STAP`: the words this werkvorm takes (`key` is set after `key=`).
    static func completions(_ settings: RoleplaySettings, items: [Item], valueOf key: String?) -> [String] {
        key == nil ? items.map(\.id) : []
    }
}
