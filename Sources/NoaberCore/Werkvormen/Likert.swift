/// `likert`: statements grouped in themes, a labelled scale, reverse-scored items, theme scores.
public struct LikertSettings: Sendable, Equatable, Hashable, Codable {
    public var scale: Scale
    public var themes: [LikertTheme]

    public init(scale: Scale, themes: [LikertTheme]) {
        self.scale = scale
        self.themes = themes
    }

    public var statements: [LikertStatement] { themes.flatMap(\.statements) }

    /// Ids that must be unique within the step.
    var idLists: [[String]] { [themes.map(\.id), statements.map(\.id)] }
}

public struct LikertTheme: Sendable, Equatable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var statements: [LikertStatement]
    /// Interpretation of the theme score, quoted from the source; bands may be a single band for all scores.
    public var interpretation: [ScoreBand]

    public init(id: String, title: String, statements: [LikertStatement], interpretation: [ScoreBand]) {
        self.id = id
        self.title = title
        self.statements = statements
        self.interpretation = interpretation
    }
}

public struct LikertStatement: Sendable, Equatable, Hashable, Codable, Identifiable {
    public var id: String
    public var text: String
    /// Scored as `min + max - answer`.
    public var reversed: Bool

    public init(id: String, text: String, reversed: Bool = false) {
        self.id = id
        self.text = text
        self.reversed = reversed
    }
}

/// Interpretation text for mean theme scores in `[from, to]` (both inclusive). Open bounds are `nil`.
public struct ScoreBand: Sendable, Equatable, Hashable, Codable {
    public var from: Double?
    public var to: Double?
    public var text: String

    public init(from: Double? = nil, to: Double? = nil, text: String) {
        self.from = from
        self.to = to
        self.text = text
    }

    public func contains(_ mean: Double) -> Bool {
        (from.map { mean >= $0 } ?? true) && (to.map { mean <= $0 } ?? true)
    }
}

/// The answer to one statement.
public struct LikertAnswer: Sendable, Equatable, Hashable, Codable {
    public var statement: String
    public var value: Int

    public init(statement: String, value: Int) {
        self.statement = statement
        self.value = value
    }
}

extension SessionState {
    /// Answers may come in parts, but each statement of the step once, on the scale.
    func validateLikert(
        _ answers: [LikertAnswer], settings: LikertSettings, own: StepParticipant, replacing: InputID?
    ) throws(SessionError) {
        guard !answers.isEmpty else { throw .emptyInput(own.step) }
        let statements = Set(settings.statements.map(\.id))
        let answered = statementAnswers[own] ?? [:]
        var seen: Set<String> = []
        for answer in answers {
            guard statements.contains(answer.statement) else {
                throw .unknownStatement(step: own.step, statement: answer.statement)
            }
            guard seen.insert(answer.statement).inserted else {
                throw .duplicateStatement(step: own.step, statement: answer.statement)
            }
            if let existing = answered[answer.statement], existing != replacing {
                throw .statementAlreadyAnswered(step: own.step, statement: answer.statement, existing: existing)
            }
            guard settings.scale.contains(answer.value) else {
                throw .valueOffScale(value: answer.value, min: settings.scale.min, max: settings.scale.max)
            }
        }
    }
}
