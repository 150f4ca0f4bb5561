import NoaberCore

/// What a werkvorm's step yielded that the summary counts over the whole meeting.
struct ReportYield: Sendable, Equatable {
    /// Ideas brought in (before merging).
    var ideas = 0
    var actions = 0
    /// Trekkers, each once: a participant's id, or the text typed for someone who is not a participant.
    var trekkers: Set<String> = []

    static func + (left: Self, right: Self) -> Self {
        Self(
            ideas: left.ideas + right.ideas, actions: left.actions + right.actions,
            trekkers: left.trekkers.union(right.trekkers))
    }
}

extension GroupReportBuilder {
    /// "Samenvatting": who came, then per step in plain Dutch what came out of it, then what the meeting yielded.
    mutating func summary() {
        heading("Samenvatting", 1)
        paragraph(attendanceSentence())
        var lines: [String] = []
        var yield = ReportYield()
        var yielding = 0
        for step in context.steps {
            let stepYield = werkvormYield(step)
            if stepYield != ReportYield() { yielding += 1 }
            yield = yield + stepYield
            guard let highlight = werkvormHighlight(step, inSummary: true) else { continue }
            lines.append(Self.runIn(step.title, highlight))
        }
        if !lines.isEmpty { blocks.append(.bulletList(lines)) }
        // The totals only when more than one step adds to them: otherwise that step's line already says it.
        if yielding > 1, let yieldSentence = Self.yieldSentence(yield) { paragraph(yieldSentence) }
        let conclusions = context.state.outcomes.filter { $0.kind == .conclusion }.count
        let agreements = context.state.outcomes.filter { $0.kind == .agreement }.count
        if conclusions + agreements > 0 {
            paragraph(
                "De \(context.scenario.facilitator.title) legde "
                    + Self.counted(conclusions, "conclusie", "conclusies") + " en "
                    + Self.counted(agreements, "afspraak", "afspraken")
                    + " vast; ze staan hierna onder Conclusies en afspraken.")
        }
    }

    /// "Aan de bijeenkomst namen 9 deelnemers deel, uit 4 fracties; 1 deelnemer vertrok eerder."
    func attendanceSentence() -> String {
        let participants = context.state.participants
        var sentence = "Aan de bijeenkomst namen \(Self.counted(participants.count, "deelnemer", "deelnemers")) deel"
        let groups = Set(participants.map { context.groupName($0.participant) }.filter { !$0.isEmpty })
        if !groups.isEmpty {
            let word = context.groupWord
            sentence += ", uit \(Self.counted(groups.count, word.singular, word.plural))"
        }
        let left = participants.filter { !$0.isPresent }.count
        if left > 0 { sentence += "; \(Self.counted(left, "deelnemer", "deelnemers")) vertrok eerder" }
        return sentence + "."
    }

    /// "De bijeenkomst leverde 12 ideeën, 5 acties en 4 trekkers op.", or `nil` when it yielded none of them.
    static func yieldSentence(_ yield: ReportYield) -> String? {
        var parts: [String] = []
        if yield.ideas > 0 { parts.append(counted(yield.ideas, "idee", "ideeën")) }
        if yield.actions > 0 {
            parts.append(counted(yield.actions, "actie", "acties"))
            parts.append(counted(yield.trekkers.count, "trekker", "trekkers"))
        }
        guard !parts.isEmpty else { return nil }
        return "De bijeenkomst leverde \(ReportWords.list(parts)) op."
    }

    /// "Conclusies en afspraken": as the facilitator recorded them, then the actions (wat, trekker, met wie,
    /// wanneer) of every step that collects them.
    mutating func conclusionsAndAgreements() {
        heading("Conclusies en afspraken", 1)
        let conclusions = context.state.outcomes.filter { $0.kind == .conclusion }
        let agreements = context.state.outcomes.filter { $0.kind == .agreement }
        let actionSteps = context.steps.filter { werkvormCollectsActions($0) }
        if conclusions.isEmpty && agreements.isEmpty {
            paragraph(
                "De \(context.scenario.facilitator.title) heeft tijdens de bijeenkomst geen conclusies of afspraken "
                    + "vastgelegd.")
        }
        if !conclusions.isEmpty {
            heading("Conclusies", 2)
            blocks.append(.bulletList(conclusions.map(outcomeLine)))
        }
        if !agreements.isEmpty {
            heading("Afspraken", 2)
            blocks.append(.bulletList(agreements.map(outcomeLine)))
        }
        guard !actionSteps.isEmpty else { return }
        heading("Acties", 2)
        werkvormActions(actionSteps)
    }

    /// The recorded text, with the step it belongs to in brackets.
    private func outcomeLine(_ outcome: OutcomeRecord) -> String {
        let text = context.redacted(outcome.text)
        guard let step = outcome.step.flatMap(context.scenario.step) else { return text }
        return "\(text) (\(step.title))"
    }

    /// A summary line: the step's title as a sentence of its own, then what came out ("Wat stelt u voorop? 9
    /// deelnemers gaven samen 27 antwoorden."): no colon after a question mark or a title with a colon in it.
    static func runIn(_ title: String, _ sentence: String) -> String {
        let trimmed = title.trimmedWhitespace
        let closed = [".", "?", "!"].contains { trimmed.hasSuffix($0) } ? trimmed : trimmed + "."
        return "\(closed) \(sentence)"
    }

    /// "1 deelnemer", "9 deelnemers".
    static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

}
