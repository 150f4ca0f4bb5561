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

/// Counts per item (votes or dots) and ratings of one step.
struct TallyFigures {
    var items: [Item]
    var counts: [Int]
    /// Ratings per item (for `rate`).
    var ratings: [[Int]]

    init(items: [Item], inputs: [InputRecord]) {
        self.items = items
        let position = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var counts = [Int](repeating: 0, count: items.count)
        var ratings = [[Int]](repeating: [], count: items.count)
        for record in inputs {
            switch record.input {
            case .vote(let chosen):
                for item in Set(chosen) { if let index = position[item] { counts[index] += 1 } }
            case .dots(let scores), .rate(let scores):
                for score in scores {
                    guard let index = position[score.item] else { continue }
                    counts[index] += score.value
                    if case .rate = record.input { ratings[index].append(score.value) }
                }
            default:
                continue
            }
        }
        self.counts = counts
        self.ratings = ratings
    }

    static func mean(_ values: [Int]) -> Double? {
        values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
    }

    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// How often each item was placed in each category.
struct ClassifyFigures {
    var items: [Item]
    var categories: [Item]
    /// `counts[item][category]`.
    var counts: [[Int]]

    init(items: [Item], categories: [Item], inputs: [InputRecord]) {
        self.items = items
        self.categories = categories
        let itemIndex = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let categoryIndex = Dictionary(
            categories.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var counts = [[Int]](repeating: [Int](repeating: 0, count: categories.count), count: items.count)
        for record in inputs {
            guard case .classify(let placements) = record.input else { continue }
            for placement in placements {
                if let i = itemIndex[placement.item], let c = categoryIndex[placement.category] { counts[i][c] += 1 }
            }
        }
        self.counts = counts
    }
}
