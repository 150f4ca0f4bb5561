public import NoaberCore

/// Every ranking method, agreement and spread for one profile: what the report, the projector and
/// `noaber rank` show.
public struct RankingReport: Sendable, Equatable {
    public var profile: RankingProfile
    public var meanRank: ScoredConsensus
    public var borda: ScoredConsensus
    public var copeland: ScoredConsensus
    public var schulze: Schulze.Result
    /// `nil` when there are more candidates than Kemeny–Young computes exactly; see `kemenyRefusal`.
    public var kemenyYoung: KemenyYoung.Result?
    public var kemenyRefusal: KemenyYoung.TooManyCandidates?
    public var plurality: ScoredConsensus
    public var instantRunoff: InstantRunoff.Result
    /// Kendall's W; `nil` when undefined.
    public var kendallW: Double?
    /// Per ballot, in ballot order, the Kendall-tau distance to the canonical Kemeny ranking; `nil` without it.
    public var distancesToKemeny: [Int]?
    /// Per candidate, in candidate order; empty without ballots.
    public var spreads: [RankSpread]

    public init(_ profile: RankingProfile) {
        let matrix = PairwiseMatrix(profile)
        self.profile = profile
        meanRank = MeanRank.result(for: profile)
        borda = Borda.result(for: profile)
        copeland = Copeland.result(for: matrix)
        schulze = Schulze.result(for: matrix)
        do {
            let kemeny = try KemenyYoung.result(for: matrix)
            kemenyYoung = kemeny
            distancesToKemeny = KendallTau.distances(ballots: profile.ballots, to: kemeny.canonical)
        } catch {
            kemenyRefusal = error
        }
        plurality = Plurality.result(for: profile)
        instantRunoff = InstantRunoff.result(for: profile)
        kendallW = KendallW.coefficient(for: profile)
        spreads = RankSpread.spreads(for: profile)
    }

    /// The consensus order of the method a step names as its headline; Kemeny–Young falls back to Schulze when
    /// it is refused for too many candidates.
    public func order(by method: RankMethod) -> ConsensusOrder {
        switch method {
        case .kemenyYoung: kemenyYoung?.order ?? schulze.order
        case .schulze: schulze.order
        case .borda: borda.order
        case .copeland: copeland.order
        case .meanRank: meanRank.order
        case .plurality: plurality.order
        case .instantRunoff: instantRunoff.order
        }
    }

    /// The agreement sentence for the report.
    public func agreementSentence(in language: Language = .nl) -> String {
        KendallW.sentence(for: kendallW, in: language)
    }
}
