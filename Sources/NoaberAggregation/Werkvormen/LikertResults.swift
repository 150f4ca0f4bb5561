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

extension StepResults {
    /// The likert results, when the step is a questionnaire.
    public var likert: LikertResults? {
        if case .likert(let results) = aggregate { results } else { nil }
    }
}
