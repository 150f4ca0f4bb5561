/// How Noaber's own sentences address the reader: `u` (raadsleden, bestuurders, inwoners) or `je` (a training
/// group). A scenario declares it (`<audience address="u">`); without it the audience decides.
public enum FormOfAddress: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case u
    case je

    /// `je` for an audience that is a training group or colleagues among themselves (ambtenaren, medewerkers,
    /// cursisten, studenten, jongeren, trainers); `u` for everyone else, raadsleden first.
    public static func `default`(forAudience audience: String) -> FormOfAddress {
        let words = audience.lowercased()
        let informal = ["ambtena", "medewerker", "cursist", "student", "jongere", "leerling", "trainer", "collega"]
        return informal.contains { words.contains($0) } ? .je : .u
    }
}

extension FormOfAddress {
    /// The sentence as this form of address writes it: `u` or `je`. Whole sentences rather than pronouns, since the
    /// verb changes with them ("u bent", "je bent").
    public func say(u: String, je: String) -> String {
        switch self {
        case .u: u
        case .je: je
        }
    }
}
