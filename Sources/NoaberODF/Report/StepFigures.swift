import NoaberAggregation
import NoaberCore

/// Likert theme scores and answer distributions of one step.
///
/// A participant's theme score is the mean of their scored answers (reverse-scored statements count as
/// `min + max − answer`); the group score is the mean of the participants' theme scores. A later answer to the
/// same statement replaces an earlier one, as in the session.
struct LikertFigures {
    struct Theme {
        var theme: LikertTheme
        /// Per participant who answered at least one statement of the theme, in join order.
        var scores: [(participant: ParticipantID, mean: Double)]
        var groupMean: Double? { scores.isEmpty ? nil : scores.map(\.mean).reduce(0, +) / Double(scores.count) }
        var minimum: Double? { scores.map(\.mean).min() }
        var maximum: Double? { scores.map(\.mean).max() }

        func score(of participant: ParticipantID) -> Double? { scores.first { $0.participant == participant }?.mean }

        func interpretation(_ mean: Double?) -> String {
            guard let mean else { return "" }
            return theme.interpretation.first { $0.contains(mean) }?.text ?? ""
        }
    }

    var settings: LikertSettings
    var themes: [Theme]
    /// Per statement id, how many chose each scale value (index 0 is `scale.min`).
    var distribution: [String: [Int]]
    /// Per participant, per statement, the raw answer.
    var answers: [ParticipantID: [String: Int]]

    init(settings: LikertSettings, inputs: [InputRecord], participants: [ParticipantID]) {
        self.settings = settings
        var answers: [ParticipantID: [String: Int]] = [:]
        for record in inputs {
            guard case .likert(let given) = record.input else { continue }
            for answer in given { answers[record.participant, default: [:]][answer.statement] = answer.value }
        }
        self.answers = answers
        let scale = settings.scale
        var distribution: [String: [Int]] = [:]
        for statement in settings.statements {
            var counts = [Int](repeating: 0, count: max(0, scale.max - scale.min + 1))
            for participant in participants {
                if let value = answers[participant]?[statement.id], scale.contains(value) { counts[value - scale.min] += 1 }
            }
            distribution[statement.id] = counts
        }
        self.distribution = distribution
        themes = settings.themes.map { theme in
            var scores: [(ParticipantID, Double)] = []
            for participant in participants {
                let own = answers[participant] ?? [:]
                let scored = theme.statements.compactMap { statement -> Double? in
                    guard let value = own[statement.id] else { return nil }
                    return Double(statement.reversed ? scale.min + scale.max - value : value)
                }
                if !scored.isEmpty { scores.append((participant, scored.reduce(0, +) / Double(scored.count))) }
            }
            return Theme(theme: theme, scores: scores)
        }
    }

    /// The statement's mean answer (raw, not reversed), or `nil` when nobody answered.
    func mean(of statement: String) -> Double? {
        guard let counts = distribution[statement] else { return nil }
        let total = counts.reduce(0, +)
        guard total > 0 else { return nil }
        let sum = counts.enumerated().reduce(0) { $0 + ($1.offset + settings.scale.min) * $1.element }
        return Double(sum) / Double(total)
    }
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
