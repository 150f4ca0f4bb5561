public import NoaberCore

/// Kendall's W, the coefficient of concordance, with the standard correction for ties.
///
/// Ranks per ballot are midranks (see `Midranks`): the unlisted candidates of a ballot form one tie group of size
/// `t = n − k`. With `R_i` the rank sum of candidate `i` over `m` ballots and `S = Σ (R_i − m(n+1)/2)²`:
/// `W = 12·S / (m²(n³−n) − m·ΣT)` where `T = Σ (t³ − t)` over each ballot's tie groups. Undefined (`nil`) when the
/// denominator is 0: one candidate, no ballots, or every ballot empty.
public enum KendallW {
    public static func coefficient(for profile: RankingProfile) -> Double? {
        // 128-bit: m²(n³−n) passes 2⁶³ well inside `noaber rank`'s limits (10¹⁹ at 1,000 candidates and
        // 100,000 ballots); below 2⁵³ the quotient is exactly what 64-bit integers gave.
        let n = Int128(profile.candidateCount)
        let m = Int128(profile.voterCount)
        var tieSum: Int128 = 0
        for ballot in profile.ballots {
            let t = n - Int128(ballot.count)
            tieSum += t * t * t - t
        }
        let denominator = m * m * (n * n * n - n) - m * tieSum
        guard denominator > 0 else { return nil }
        // With D_i = 2·R_i: (R_i − m(n+1)/2)² = (D_i − m(n+1))² / 4, so 12·S = 3·Σ(D_i − m(n+1))², exact in integers.
        let centre = m * (n + 1)
        let squares = Midranks.doubledSums(profile).reduce(Int128(0)) { sum, doubled in
            let deviation = Int128(doubled) - centre
            return sum + deviation * deviation
        }
        return Double(3 * squares) / Double(denominator)
    }

    /// Verbal bands for W, documented in the README: below 0.1 hardly any agreement, below 0.3 weak, below 0.5
    /// moderate, below 0.7 fair, from 0.7 strong.
    public enum Strength: Sendable, Equatable, CaseIterable {
        case hardly, weak, moderate, fair, strong

        public init(_ w: Double) {
            switch w {
            case ..<0.1: self = .hardly
            case ..<0.3: self = .weak
            case ..<0.5: self = .moderate
            case ..<0.7: self = .fair
            default: self = .strong
            }
        }
    }

    /// One sentence for the report that says in plain words how strongly the room agrees.
    public static func sentence(for w: Double?, in language: Language = .nl) -> String {
        guard let w else {
            return switch language {
            case .nl:
                "De mate van overeenstemming is niet te bepalen: er is maar één item of niemand heeft gerangschikt."
            case .en: "The agreement cannot be determined: there is only one item or nobody ranked."
            }
        }
        let value = DecimalText.fixed(w, decimals: 2, language: language)
        let strength: Wording =
            switch Strength(w) {
            case .hardly: ("nauwelijks", "hardly agrees")
            case .weak: ("zwakke", "agrees weakly")
            case .moderate: ("matige", "agrees moderately")
            case .fair: ("behoorlijke", "agrees fairly well")
            case .strong: ("sterke", "agrees strongly")
            }
        return switch language {
        case .nl: "Er is \(strength.nl) overeenstemming in de groep over de volgorde (W = \(value))."
        case .en: "The group \(strength.en) on the order (W = \(value))."
        }
    }
}
