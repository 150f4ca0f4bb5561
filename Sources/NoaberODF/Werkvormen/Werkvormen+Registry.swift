// Dispatch registry: one case per werkvorm, each forwarding to <Kind>Section; see README "Adding a werkvorm"
import NoaberAggregation
import NoaberCore

extension GroupReportBuilder {
    /// The werkvorm's part of a step's chapter in the group report. Without inputs most werkvormen say so and stop
    /// (`withInputs`); the ones with an aggregate get their step's results.
    mutating func werkvormSection(_ step: Step, _ inputs: [InputRecord]) {
        let results = context.results[step.id]
        switch step.activity {
        case .info(let settings): infoSection(settings)
        case .brainstorm(let settings): brainstormSection(step, settings, inputs)
        case .open(let settings): withInputs(inputs, ()) { builder, _ in builder.openSection(step, settings, inputs) }
        case .roleplay(let settings): roleplaySection(step, settings, inputs)
        case .likert(let settings): withInputs(inputs, results?.likert) { $0.likertSection(step, settings, $1) }
        case .rank(let settings): withInputs(inputs, results?.rank) { $0.rankSection(step, settings, $1) }
        case .rate(let settings): withInputs(inputs, results?.rate) { $0.rateSection(step, settings, $1) }
        case .vote(let settings): withInputs(inputs, results?.vote) { $0.voteSection(step, settings, $1) }
        case .classify(let settings): withInputs(inputs, results?.classify) { $0.classifySection(step, settings, $1) }
        case .actions: withInputs(inputs, ()) { builder, _ in builder.actionsSection(inputs) }
        }
    }

    /// "Nothing yet" for a step without inputs; otherwise `write` with what the section needs (its results; a
    /// section without results or whose results are missing writes nothing more).
    private mutating func withInputs<Figures>(
        _ inputs: [InputRecord], _ figures: Figures?, _ write: (inout Self, Figures) -> Void
    ) {
        guard !nothingYet(inputs), let figures else { return }
        write(&self, figures)
    }

    /// The outcome of a step in one plain Dutch sentence, for the chapter's lead and the report's summary; `nil`
    /// when the werkvorm has nothing to say (an information step, a step without input). In the summary
    /// (`inSummary`) what an earlier line already said (a scale's ends) is not said again.
    func werkvormHighlight(_ step: Step, inSummary: Bool = false) -> String? {
        let inputs = context.state.inputs(for: step.id)
        guard !inputs.isEmpty else { return nil }
        let results = context.results[step.id]
        switch step.activity {
        case .info: return nil
        case .brainstorm(let settings): return brainstormHighlight(step, settings, inputs)
        case .open(let settings): return openHighlight(step, settings, inputs, inSummary: inSummary)
        case .roleplay: return roleplayHighlight(step, inputs)
        case .likert: return results?.likert.flatMap { likertHighlight(step, $0, inSummary: inSummary) }
        case .rank: return rankHighlight(step)
        case .rate: return results?.rate.flatMap { rateHighlight(step, $0) }
        case .vote: return results?.vote.flatMap { voteHighlight(step, $0) }
        case .classify: return nil
        case .actions: return actionsHighlight(step)
        }
    }

    /// What the step adds to the meeting's count of ideas, actions and trekkers.
    func werkvormYield(_ step: Step) -> ReportYield {
        switch step.activity {
        case .brainstorm: ReportYield(ideas: context.state.inputs(for: step.id).count)
        case .actions: actionsYield(step)
        case .info, .open, .roleplay, .likert, .rank, .rate, .vote, .classify: ReportYield()
        }
    }

    /// Whether the step's inputs are actions, which "Conclusies en afspraken" lists.
    func werkvormCollectsActions(_ step: Step) -> Bool { step.activity.kind == .actions }

    /// The actions of these steps (all collecting actions) as one table, for "Conclusies en afspraken".
    mutating func werkvormActions(_ steps: [Step]) { actionsTable(steps) }

    /// The werkvorm's part of the appendix "Verantwoording" for a step: how its result was computed, with the
    /// methods it could have used beside it; nothing for werkvormen whose result is a plain count or mean.
    mutating func werkvormAccountability(_ step: Step) {
        switch step.activity {
        case .info, .brainstorm, .open, .roleplay, .likert, .rate, .vote, .classify, .actions: return
        case .rank: if let figures = context.results[step.id]?.rank { rankAccountability(step, figures) }
        }
    }

    /// Whether the step has anything for the appendix "Verantwoording".
    func werkvormAccounts(_ step: Step) -> Bool {
        switch step.activity {
        case .info, .brainstorm, .open, .roleplay, .likert, .rate, .vote, .classify, .actions: false
        case .rank: context.results[step.id]?.rank.map { !$0.participants.isEmpty && $0.hasCommonItems } ?? false
        }
    }
}

extension PersonalReportBuilder {
    /// The werkvorm's part of a step in a participant's own report (`mine`: their inputs of the step).
    mutating func werkvormPart(_ step: Step, _ mine: [InputRecord]) {
        switch step.activity {
        case .info, .actions: return
        case .brainstorm: brainstormPart(step, mine)
        case .open(let settings): openPart(step, settings, mine)
        case .roleplay: roleplayPart(step, mine)
        case .likert(let settings): likertPart(step, settings, mine)
        case .rank: rankPart(step, mine)
        case .rate: ratePart(step, mine)
        case .vote: votePart(step, mine)
        case .classify(let settings): classifyPart(step, settings, mine)
        }
    }

    /// Whether the step asks each participant for input that their report shows in the step's place (actions are
    /// gathered in a closing chapter instead).
    func werkvormAsksInput(_ step: Step) -> Bool {
        switch step.activity {
        case .info, .actions: false
        case .brainstorm, .open, .roleplay, .likert, .rank, .rate, .vote, .classify: true
        }
    }

    /// Chapters after the steps, one per werkvorm that gathers a participant's commitments over the session.
    mutating func werkvormClosingChapters() {
        actionsClosingChapter()
    }
}

extension ReportContext {
    /// What a personal report prints beside a participant's input, counted once for every report: the step's
    /// inputs counted by a key the werkvorm chooses (empty for werkvormen whose group side is in their results).
    static func werkvormGroupCounts(_ step: Step, _ inputs: [InputRecord], _ state: SessionState) -> [String: Int] {
        switch step.activity {
        case .brainstorm: brainstormGroupCounts(step, state)
        case .open: openGroupCounts(inputs)
        case .roleplay: roleplayGroupCounts(inputs)
        case .info, .likert, .rank, .rate, .vote, .classify, .actions: [:]
        }
    }
}

extension RawDataSheet {
    /// The werkvorm's columns and rows of a step's sheet in the raw data.
    mutating func fill(_ step: Step) {
        switch step.activity {
        case .info: infoColumns()
        case .brainstorm: brainstormColumns()
        case .open: openColumns()
        case .roleplay: roleplayColumns()
        case .likert(let settings): likertColumns(settings)
        case .rank: rankColumns()
        case .rate: rateColumns()
        case .vote: voteColumns()
        case .classify(let settings): classifyColumns(settings)
        case .actions: actionsColumns()
        }
    }

    /// Sheets the werkvorm adds after the step's own, for a view the raw rows do not give at a glance.
    func werkvormSheets() -> [Sheet] {
        switch step.activity {
        case .info, .brainstorm, .open, .roleplay, .likert, .rate, .vote, .classify, .actions: []
        case .rank: rankPositionSheets()
        }
    }
}

extension Activity.Kind {
    /// What the werkvorm is for, in the report's own words (appendix "Over de werkvormen").
    var purpose: String {
        switch self {
        case .info: InfoSection.purpose
        case .brainstorm: BrainstormSection.purpose
        case .open: OpenSection.purpose
        case .roleplay: RoleplaySection.purpose
        case .likert: LikertSection.purpose
        case .rank: RankSection.purpose
        case .rate: RateSection.purpose
        case .vote: VoteSection.purpose
        case .classify: ClassifySection.purpose
        case .actions: ActionsSection.purpose
        }
    }

    /// The werkvorm in Dutch, for the agenda and the raw data's summary.
    var dutchName: String {
        switch self {
        case .info: InfoSection.name
        case .brainstorm: BrainstormSection.name
        case .open: OpenSection.name
        case .roleplay: RoleplaySection.name
        case .likert: LikertSection.name
        case .rank: RankSection.name
        case .rate: RateSection.name
        case .vote: VoteSection.name
        case .classify: ClassifySection.name
        case .actions: ActionsSection.name
        }
    }
}

/// Paper, per werkvorm: the participants' form for a step, and the material the draaiboek lists.
enum PaperForms {
    /// `nil` for a step that takes no input (it gets no form).
    static func form(for step: Step, in scenario: Scenario) -> [TextBlock]? {
        switch step.activity {
        case .info: nil
        case .brainstorm(let settings): BrainstormSection.form(settings)
        case .open(let settings): OpenSection.form(settings, in: scenario)
        case .roleplay(let settings): RoleplaySection.form(settings, in: scenario)
        case .likert(let settings): LikertSection.form(settings)
        case .rank(let settings): RankSection.form(settings, in: scenario)
        case .rate(let settings): RateSection.form(settings, in: scenario)
        case .vote(let settings): VoteSection.form(settings, in: scenario)
        case .classify(let settings): ClassifySection.form(settings, in: scenario)
        case .actions(let settings): ActionsSection.form(settings)
        }
    }

    static func material(for step: Step) -> [TextBlock] {
        switch step.activity {
        case .info(let settings): InfoSection.material(settings)
        case .brainstorm(let settings): BrainstormSection.material(settings)
        case .open(let settings): OpenSection.material(settings)
        case .roleplay(let settings): RoleplaySection.material(settings)
        case .likert(let settings): LikertSection.material(settings)
        case .classify(let settings): ClassifySection.material(settings)
        case .rank, .rate, .vote, .actions: PaperBlocks.listedItems(step.activity.itemSource)
        }
    }
}
