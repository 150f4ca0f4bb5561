public import NoaberCore

/// One problem in a scenario file, with the place it was found.
///
/// The typed `Problem` carries the data; `message(in:)` (in `ScenarioError+Messages.swift`) words it in Dutch or
/// English, and `rendered(in:)` prints `FILE:LINE:COL: fout: …` like a compiler.
public struct ScenarioError: UserFacingError, Equatable, Hashable {
    public var problem: Problem
    public var location: SourceLocation?

    public init(_ problem: Problem, at location: SourceLocation?) {
        self.problem = problem
        self.location = location
    }

    /// What kind of id a duplicate belongs to.
    public enum IDKind: String, Sendable, Equatable, Hashable, CaseIterable {
        case step, item, category, theme, statement, group
    }

    public enum Problem: Sendable, Equatable, Hashable {
        // Reading and well-formedness (refused by the XML layer).
        case unreadable(reason: FileProblem)
        case tooLarge(bytes: Int, limit: Int)
        case doctypeForbidden
        case tooDeep(limit: Int)
        /// libxml2's own (English) words about malformed XML.
        case malformed(String)
        case schemaUnusable(String)

        // Schema violations, translated where libxml2's message is recognised.
        /// A step whose werkvorm element is not one of `Activity.Kind`.
        case unknownActivity(String)
        case unexpectedElement(String)
        /// `name` is nil when libxml2 did not say which element it expected.
        case missingElement(String?, parent: String)
        case missingAttribute(String, element: String)
        case invalidAttributes(element: String)
        /// libxml2 says the same for an attribute the element does not have and for a value of the wrong type.
        case invalidAttribute(String, element: String)
        case wrongNamespace(element: String, expected: String)
        /// A violation whose libxml2 message is passed on as it is.
        case schemaViolation(String)

        // Semantic checks the schema cannot express.
        case invalidNumber(name: String, value: String)
        case notPositive(name: String, value: Int)
        case numberTooLarge(name: String, value: Int, limit: Int)
        case duplicateID(IDKind, String, firstLine: Int)
        case unknownStep(String)
        /// A reference to the step itself or to a step later in the agenda.
        case laterStep(String)
        /// `from` names a step whose werkvorm has no items to take.
        case noItemsToTake(step: String, kind: Activity.Kind)
        /// `top-of-ranking` names a step that is not a `rank` step.
        case notARanking(step: String, kind: Activity.Kind)
        case scaleBounds(min: Int, max: Int)
        case scaleLabelOutOfRange(value: Int, min: Int, max: Int)
        case scaleLabelDuplicate(value: Int)
        case scaleLabelMissing(value: Int)
        case noItems(Activity.Kind)
        case noCategories
        case topExceedsItems(top: Int, items: Int)
        case maxExceedsItems(max: Int, items: Int)
        case countExceedsRanking(count: Int, step: String, ranked: Int)
        case bandReversed(from: Double, to: Double)
        case agendaTooLong(stepMinutes: Int, totalMinutes: Int)
        /// A step the group sees takes its items from a private step: it would show people's private answers.
        case privateItemsInPublicStep(step: String)
        case tooMany(ScenarioLimits.Excess)

        // Programmes: steps taken from other scenarios with `<include>`.
        case unknownScenario(String)
        /// A programme that takes steps from itself, directly or through another programme.
        case includesItself(String)
        /// The scenario exists but has problems of its own (the first one, rendered).
        case includedScenarioInvalid(String, String)
        case unknownIncludedStep(scenario: String, step: String)
        /// The included step takes its items from a step of its scenario that the programme did not include before.
        case referencedStepNotIncluded(scenario: String, step: String, referenced: String)
        /// The included scenario addresses its readers otherwise (`je`) than the programme (`u`).
        case mixedAddress(scenario: String, address: String, programme: String)
    }
}

/// Everything wrong with one scenario file: every schema violation, or every semantic problem, not only the first.
public struct ScenarioLoadError: Error, Sendable, Equatable {
    public var file: String
    /// In document order; never empty.
    public var errors: [ScenarioError]

    public init(file: String, errors: [ScenarioError]) {
        self.file = file
        self.errors = errors
    }

    /// One `FILE:LINE:COL: fout: …` line per problem.
    public func renderedLines(in language: Language = .nl) -> [String] {
        errors.map { $0.rendered(in: language) }
    }
}

extension [ScenarioError] {
    /// Sorted by line and column, keeping the found order where they tie (a stable sort).
    func inReadingOrder() -> [ScenarioError] {
        enumerated().sorted { lhs, rhs in
            let left = lhs.element.location
            let right = rhs.element.location
            return (left?.line ?? 0, left?.column ?? 0, lhs.offset) < (right?.line ?? 0, right?.column ?? 0, rhs.offset)
        }.map(\.element)
    }
}
