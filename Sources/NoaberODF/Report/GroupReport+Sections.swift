import NoaberCore

extension GroupReportBuilder {
    /// A step's chapter: the outcome in one sentence, the response ("7 van 9 deelnemers"), the question as asked,
    /// then the werkvorm's section (`Werkvormen/<Kind>Section.swift`).
    mutating func section(for step: Step) {
        // A private step has no results here, so no lead sentence or response either: its counts stand below.
        let privateCounts = context.privateStepCounts(step.id)
        var opening: [String] = []
        if privateCounts == nil {
            if let lead = werkvormHighlight(step) { opening.append(lead) }
            if let response = context.response(for: step) {
                opening.append("Respons: \(response.answered) van \(response.present) deelnemers.")
            }
        }
        // One paragraph, the response on a line of its own: LibreOffice keeps a heading with two paragraphs and the
        // question before a table, but not with three ("2. Zelfanalyse Doel" stood alone at the foot of a page).
        if !opening.isEmpty { paragraph(opening.joined(separator: "\n")) }
        if !step.prompt.isEmpty, step.activity.kind != .info { paragraph(step.prompt, .quote) }
        if let counts = privateCounts {
            paragraph(ReportContext.privateStepNotice)
            paragraph(counts)
        } else {
            werkvormSection(step, context.inputs(for: step.id))
        }
        let outcomes = context.state.outcomes.filter { $0.step == step.id }
        if !outcomes.isEmpty {
            paragraph("Wat de \(context.scenario.facilitator.title) hierbij vastlegde:")
            blocks.append(
                .bulletList(
                    outcomes.map {
                        ($0.kind == .conclusion ? "Conclusie: " : "Afspraak: ") + context.redacted($0.text)
                    }))
        }
    }

    /// A note that explains a table's columns, printed the first time only: a reader needs it once.
    mutating func noteOnce(_ text: String) {
        guard notesSaid.insert(text).inserted else { return }
        paragraph(text, .note)
    }

    /// Says so when a step got no input; `true` when there is nothing more to show.
    mutating func nothingYet(_ inputs: [InputRecord]) -> Bool {
        guard inputs.isEmpty else { return false }
        paragraph("Bij dit onderdeel is geen inbreng gegeven.")
        return true
    }
}
