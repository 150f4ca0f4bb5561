import NoaberCore

extension GroupReportBuilder {
    /// A step's chapter body: its prompt, then the werkvorm's section (`Werkvormen/<Kind>Section.swift`).
    mutating func section(for step: Step) {
        let inputs = context.state.inputs(for: step.id)
        if let lead = werkvormHighlight(step) { paragraph(lead) }
        if !step.prompt.isEmpty, step.activity.kind != .info { paragraph(step.prompt, .quote) }
        werkvormSection(step, inputs)
    }

    /// Says so when a step got no input; `true` when there is nothing more to show.
    mutating func nothingYet(_ inputs: [InputRecord]) -> Bool {
        guard inputs.isEmpty else { return false }
        paragraph("Bij dit onderdeel is geen inbreng gegeven.")
        return true
    }
}
