import NoaberAggregation
import NoaberCore

/// Likert theme scores and answer distributions of one step, from NoaberAggregation's `LikertScores` (reverse
/// scoring, last answer counts, missing answers counted), arranged for the reports.
struct LikertFigures {
    struct Theme {
        var theme: LikertTheme
        /// Per participant with a score for the theme, in join order.
        var scores: [(participant: ParticipantID, mean: Double)]
        var groupMean: Double?
        var minimum: Double?
        var maximum: Double?
        /// Statement answers left open, summed over participants.
        var missingAnswers: Int

        func score(of participant: ParticipantID) -> Double? { scores.first { $0.participant == participant }?.mean }

        /// The source's interpretation text for a mean, "" when no band covers it.
        func interpretation(_ mean: Double?) -> String {
            guard let mean else { return "" }
            return LikertScores.interpretation(of: theme, for: mean) ?? ""
        }
    }

    var settings: LikertSettings
    var themes: [Theme]
    /// Per statement id, how many chose each scale value (index 0 is `scale.min`).
    var distribution: [String: [Int]]
    var means: [String: Double]
    /// Per participant, per statement, the latest raw answer (for the raw data).
    var answers: [ParticipantID: [String: Int]]

    init(settings: LikertSettings, inputs: [InputRecord], participants: [ParticipantID]) {
        self.settings = settings
        var answers: [ParticipantID: [String: Int]] = [:]
        var given: [ParticipantID: [LikertAnswer]] = [:]
        for record in inputs {
            guard case .likert(let list) = record.input else { continue }
            given[record.participant, default: []] += list
            for answer in list { answers[record.participant, default: [:]][answer.statement] = answer.value }
        }
        self.answers = answers
        // Only participants who answered: the group figures are about those who filled in the questionnaire.
        let answering = participants.filter { given[$0] != nil }
        let scores = LikertScores(settings: settings, answers: answering.map { ($0, given[$0] ?? []) })
        themes = settings.themes.enumerated().map { position, theme in
            let group = scores.group[position]
            let own = scores.participants.compactMap { participant in
                participant.themes[position].mean.map { (participant.participant, $0) }
            }
            return Theme(
                theme: theme, scores: own, groupMean: group.mean, minimum: group.minimum, maximum: group.maximum,
                missingAnswers: group.missingAnswers)
        }
        var distribution: [String: [Int]] = [:]
        var means: [String: Double] = [:]
        for statement in scores.statements {
            distribution[statement.statement] = statement.counts.map(\.count)
            means[statement.statement] = statement.mean
        }
        self.distribution = distribution
        self.means = means
    }

    /// The statement's mean answer (raw, not reversed), or `nil` when nobody answered.
    func mean(of statement: String) -> Double? { means[statement] }
}

/// The rankings of one `rank` step, through NoaberAggregation's report.
struct RankFigures {
    var items: [Item]
    /// Ballot owners, in the order of `report.profile.ballots`.
    var participants: [ParticipantID]
    var report: RankingReport
    var method: RankMethod

    init?(settings: RankSettings, items: [Item], inputs: [InputRecord]) {
        guard !items.isEmpty else { return nil }
        let position = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var participants: [ParticipantID] = []
        var ballots: [[Int]] = []
        for record in inputs {
            guard case .rank(let order) = record.input else { continue }
            var seen = Set<Int>()
            let ballot = order.compactMap { position[$0] }.filter { seen.insert($0).inserted }
            if let existing = participants.firstIndex(of: record.participant) {
                ballots[existing] = ballot
            } else {
                participants.append(record.participant)
                ballots.append(ballot)
            }
        }
        self.items = items
        self.participants = participants
        self.method = settings.method
        report = RankingReport(RankingProfile(candidates: items.map(\.text), ballots: ballots))
    }

    /// The headline order flattened (ties in item order), for Kendall-tau distances.
    var consensus: [Int] { report.order(by: method).flatMap { $0 } }

    func ballot(of participant: ParticipantID) -> [Int]? {
        participants.firstIndex(of: participant).map { report.profile.ballots[$0] }
    }

    /// A tie group as text: "Vrijheid = Gelijkheid".
    func names(_ group: [Int]) -> String { group.map { items[$0].text }.joined(separator: " = ") }

    static func methodName(_ method: RankMethod) -> String {
        switch method {
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

/// Votes, dots or ratings of one step, from NoaberAggregation's `VoteTally` and `RatingSummary` (a revision
/// counts once, unknown items and values outside the scale are left out and counted there).
struct TallyFigures {
    var items: [Item]
    var votes: VoteTally?
    var ratings: RatingSummary?

    init(step: Step, items: [Item], inputs: [InputRecord]) {
        self.items = items
        switch step.activity {
        case .vote(let settings):
            if case .dots = settings.mode {
                votes = VoteTally(
                    items: items,
                    dots: inputs.compactMap { if case .dots(let d) = $0.input { ($0.participant, d) } else { nil } })
            } else {
                votes = VoteTally(
                    items: items,
                    choices: inputs.compactMap { if case .vote(let c) = $0.input { ($0.participant, c) } else { nil } })
            }
        case .rate(let settings):
            ratings = RatingSummary(
                items: items, scale: settings.scale,
                ratings: inputs.compactMap { if case .rate(let r) = $0.input { ($0.participant, r) } else { nil } })
        default:
            break
        }
    }

    /// Votes or dots per item, in item order.
    var counts: [Int] { votes?.items.map(\.votes) ?? [Int](repeating: 0, count: items.count) }
}

/// How often each item was placed in each category, from NoaberAggregation's `ClassifyMatrix`.
struct ClassifyFigures {
    var items: [Item]
    var categories: [Item]
    var matrix: ClassifyMatrix

    init(items: [Item], categories: [Item], inputs: [InputRecord]) {
        self.items = items
        self.categories = categories
        matrix = ClassifyMatrix(
            items: items, categories: categories,
            placements: inputs.compactMap { if case .classify(let p) = $0.input { ($0.participant, p) } else { nil } })
    }
}
