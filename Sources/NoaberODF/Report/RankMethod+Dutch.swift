import NoaberCore

extension RankMethod {
    /// The method's name in a Dutch sentence ("de volgorde volgens …").
    var dutchName: String {
        switch self {
        case .kemenyYoung: "Kemeny-Young"
        case .schulze: "Schulze"
        case .borda: "Borda"
        case .copeland: "Copeland"
        case .meanRank: "gemiddelde rang"
        case .plurality: "meeste eerste plaatsen"
        case .instantRunoff: "instant-runoff"
        }
    }
}
