import NoaberCore

extension GroupReportBuilder {
    /// A step's chapter body: its prompt, then the werkvorm's section (`Werkvormen/<Kind>Section.swift`).
    mutating func section(for step: Step) {
        // A private step has no results here, so no lead sentence either.
        if let lead = werkvormHighlight(step) { paragraph(lead) }
        if !step.prompt.isEmpty, step.activity.kind != .info { paragraph(step.prompt, .quote) }
        if let counts = context.privateStepCounts(step.id) {
            paragraph(ReportContext.privateStepNotice)
            paragraph(counts)
            return
        }
        werkvormSection(step, context.inputs(for: step.id))
    }

    /// Says so when a step got no input; `true` when there is nothing more to show.
    mutating func nothingYet(_ inputs: [InputRecord]) -> Bool {
        guard inputs.isEmpty else { return false }
        paragraph("Bij dit onderdeel is geen inbreng gegeven.")
        return true
    }
}
