/// How large a scenario may be (issue 10, item 4; README "Limits"). Checked by `noaber validate` with the place in
/// the file, and again by the engine for a scenario that arrives inside an imported session file. The numbers are
/// far above any evening's agenda and far below what makes an aggregation, a report or a console hang.
public enum ScenarioLimits {
    /// Steps in one agenda.
    public static let steps = 100
    /// Items listed in one step, and each list of ids besides them (categories, themes, statements).
    public static let itemsPerStep = 200
    /// Values on one scale (for example 0–100 is 101 values); labels cannot outnumber them.
    public static let scaleValues = 101

    /// What a scenario has too many of.
    public enum Part: Sendable, Equatable, Hashable, Worded {
        case steps, items, ids, scaleValues

        public var limit: Int {
            switch self {
            case .steps: ScenarioLimits.steps
            case .items, .ids: ScenarioLimits.itemsPerStep
            case .scaleValues: ScenarioLimits.scaleValues
            }
        }

        /// The text in Dutch and in English (`message(in:)` picks one).
        public var wording: Wording {
            switch self {
            case .steps: ("stappen", "steps")
            case .items: ("items", "items")
            case .ids:
                ("stellingen, thema's of categorieën in één lijst", "statements, themes or categories in one list")
            case .scaleValues: ("waarden op de schaal", "values on the scale")
            }
        }
    }

    /// A count over its limit.
    public struct Excess: Sendable, Equatable, Hashable {
        public var part: Part
        public var count: Int

        public init(part: Part, count: Int) {
            self.part = part
            self.count = count
        }
    }

    /// What `step` has too many of, in the order an author reads it.
    public static func excesses(in step: Step) -> [Excess] {
        var found: [Excess] = []
        let items = step.activity.itemSource?.listedItems.count ?? 0
        if items > itemsPerStep { found.append(Excess(part: .items, count: items)) }
        for ids in step.activity.idLists where ids.count > itemsPerStep {
            found.append(Excess(part: .ids, count: ids.count))
        }
        for scale in step.activity.scales {
            let values = Int64(scale.max) - Int64(scale.min) + 1
            if values > Int64(scaleValues) { found.append(Excess(part: .scaleValues, count: Int(clamping: values))) }
        }
        return found
    }
}
