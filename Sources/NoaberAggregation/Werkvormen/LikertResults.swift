public import NoaberCore

/// A likert step's results: theme scores per participant and for the group (`LikertScores`: reverse scoring, the
/// last answer counts, missing answers counted), answer distributions per statement and the raw answers.
public struct LikertResults: Sendable {
    public struct Theme: Sendable {
        public var theme: LikertTheme
        /// Per participant with a score for the theme, in join order.
        public var scores: [(participant: ParticipantID, mean: Double)]
        public var groupMean: Double?
        public var minimum: Double?
        public var maximum: Double?
        /// Statement answers left open, summed over participants.
        public var missingAnswers: Int
        private var index: [ParticipantID: Double]

        init(
            theme: LikertTheme, scores: [(participant: ParticipantID, mean: Double)], groupMean: Double?,
            minimum: Double?, maximum: Double?, missingAnswers: Int
        ) {
            self.theme = theme
            self.scores = scores
            self.groupMean = groupMean
            self.minimum = minimum
            self.maximum = maximum
            self.missingAnswers = missingAnswers
            index = Dictionary(scores.map { ($0.participant, $0.mean) }, uniquingKeysWith: { first, _ in first })
        }

        public func score(of participant: ParticipantID) -> Double? { index[participant] }

        /// The source's interpretation text for a mean, "" when no band covers it.
        public func interpretation(_ mean: Double?) -> String {
            guard let mean else { return "" }
            return LikertScores.interpretation(of: theme, for: mean) ?? ""
        }
    }

    public var settings: LikertSettings
    /// The scores of the participants who answered anything, in join order.
    public var scores: LikertScores
    public var themes: [Theme]
    /// Per statement id, how many chose each scale value (index 0 is `scale.min`).
    public var distribution: [String: [Int]]
    /// Per participant, per statement, the latest raw answer.
    public var answers: [ParticipantID: [String: Int]]
    private var means: [String: Double]

    /// Participants who answered anything of the step.
    public var respondents: Int { scores.participants.count }

    /// `participants` in join order; only those with an input are scored (the group figures are about those who
    /// filled in the questionnaire).
    public init(settings: LikertSettings, inputs: [InputRecord], participants: [ParticipantID]) {
        self.settings = settings
        var answers: [ParticipantID: [String: Int]] = [:]
        var given: [ParticipantID: [LikertAnswer]] = [:]
        for record in inputs {
            guard case .likert(let list) = record.input else { continue }
            given[record.participant, default: []] += list
            for answer in list { answers[record.participant, default: [:]][answer.statement] = answer.value }
        }
        self.answers = answers
        let answering = participants.filter { given[$0] != nil }
        let scores = LikertScores(settings: settings, answers: answering.map { ($0, given[$0] ?? []) })
        self.scores = scores
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
    public func mean(of statement: String) -> Double? { means[statement] }
}

/// Theme scores of a likert step, per participant and for the group, with the theme's interpretation text.
///
/// Conventions: a reverse-scored statement scores `min + max − answer`. A participant's theme sum adds the scores
/// of the statements they answered; the mean divides by that number, so it stays on the scale; statements left
/// open are counted in `missing`, never silently dropped. When a participant answers a statement twice the last
/// answer counts (a revision). Answers to statements the step does not have, or outside the scale, are not scored
/// and are listed in `rejected`. The group mean is the mean of the participants' theme means (participants who
/// answered nothing of a theme are left out of it and counted in `withoutScore`). Interpretation bands apply to
/// means.
public struct LikertScores: Sendable, Equatable {
    /// One participant's score for one theme.
    public struct ThemeScore: Sendable, Equatable {
        public var theme: LikertTheme.ID
        public var sum: Int
        public var answered: Int
        public var missing: Int
        /// `sum / answered`; `nil` when nothing of the theme was answered.
        public var mean: Double?
        /// The text of the theme's first band containing `mean`.
        public var interpretation: String?
    }

    public struct ParticipantScores: Sendable, Equatable {
        public var participant: String
        /// In the order of the step's themes.
        public var themes: [ThemeScore]
        /// Answers not scored: unknown statements or values outside the scale, in the order given.
        public var rejected: [LikertAnswer]
    }

    /// The group's view of one theme.
    public struct GroupTheme: Sendable, Equatable {
        public var theme: LikertTheme.ID
        public var title: String
        /// Mean of the participants' theme means; `nil` when nobody has a score.
        public var mean: Double?
        public var minimum: Double?
        public var maximum: Double?
        /// Participants with a score for this theme.
        public var participants: Int
        /// Participants who answered nothing of this theme.
        public var withoutScore: Int
        /// Statement answers left open, summed over participants.
        public var missingAnswers: Int
        public var interpretation: String?
    }

    /// How often each scale value was ticked for one statement (answers as given, before reverse scoring).
    public struct StatementDistribution: Sendable, Equatable {
        public var statement: LikertStatement.ID
        public var theme: LikertTheme.ID
        /// One count per scale value from `min` through `max`.
        public var counts: [ValueCount]
        public var answered: Int
        public var missing: Int
        /// Mean of the answers as given; `nil` without answers.
        public var mean: Double?
    }

    public typealias ValueCount = ScaleValueCount

    public var participants: [ParticipantScores]
    public var group: [GroupTheme]
    /// In the order of the step's statements.
    public var statements: [StatementDistribution]

    /// Scores for `answers`, participants in the order given. A participant may appear more than once (several
    /// inputs); their answers are joined in order.
    public init(settings: LikertSettings, answers: [(participant: String, answers: [LikertAnswer])]) {
        let scale = settings.scale
        var participantOrder: [String] = []
        var answersByParticipant: [String: [String: Int]] = [:]
        var rejectedByParticipant: [String: [LikertAnswer]] = [:]
        let statementIDs = Set(settings.statements.map(\.id))
        for (participant, given) in answers {
            if answersByParticipant[participant] == nil {
                participantOrder.append(participant)
                answersByParticipant[participant] = [:]
                rejectedByParticipant[participant] = []
            }
            for answer in given {
                if statementIDs.contains(answer.statement) && scale.contains(answer.value) {
                    answersByParticipant[participant]?[answer.statement] = answer.value
                } else {
                    rejectedByParticipant[participant]?.append(answer)
                }
            }
        }

        let participants = participantOrder.map { participant in
            let given = answersByParticipant[participant] ?? [:]
            let themes = settings.themes.map { theme in
                var sum = 0
                var answered = 0
                for statement in theme.statements {
                    guard let value = given[statement.id] else { continue }
                    sum += statement.reversed ? scale.min + scale.max - value : value
                    answered += 1
                }
                let mean = answered == 0 ? nil : Double(sum) / Double(answered)
                return ThemeScore(
                    theme: theme.id, sum: sum, answered: answered, missing: theme.statements.count - answered,
                    mean: mean, interpretation: mean.flatMap { Self.interpretation(of: theme, for: $0) })
            }
            return ParticipantScores(
                participant: participant, themes: themes, rejected: rejectedByParticipant[participant] ?? [])
        }

        self.participants = participants
        group = settings.themes.enumerated().map { position, theme in
            let scores = participants.map { $0.themes[position] }
            let means = scores.compactMap(\.mean)
            let mean = means.isEmpty ? nil : means.reduce(0, +) / Double(means.count)
            return GroupTheme(
                theme: theme.id, title: theme.title, mean: mean, minimum: means.min(), maximum: means.max(),
                participants: means.count, withoutScore: scores.count - means.count,
                missingAnswers: scores.reduce(0) { $0 + $1.missing },
                interpretation: mean.flatMap { Self.interpretation(of: theme, for: $0) })
        }

        statements = settings.themes.flatMap { theme in
            theme.statements.map { statement in
                let values = participantOrder.compactMap { answersByParticipant[$0]?[statement.id] }
                let counts = (scale.min...max(scale.min, scale.max)).map { value in
                    ValueCount(value: value, count: values.count { $0 == value })
                }
                return StatementDistribution(
                    statement: statement.id, theme: theme.id, counts: counts, answered: values.count,
                    missing: participantOrder.count - values.count,
                    mean: values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count))
            }
        }
    }

    /// The first band of the theme that contains `mean`.
    public static func interpretation(of theme: LikertTheme, for mean: Double) -> String? {
        theme.interpretation.first { $0.contains(mean) }?.text
    }
}
