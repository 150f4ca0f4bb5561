import NoaberCore

extension GroupReportBuilder {
    /// The appendix "Verantwoording": how the results that are more than a count or a mean were computed, one
    /// Dutch sentence per method, and how the methods compare (`werkvormAccountability`). Absent when no step has
    /// such a result.
    mutating func accountabilityAppendix() {
        let steps = context.steps.filter { werkvormAccounts($0) }
        guard !steps.isEmpty else { return }
        appendix("Verantwoording")
        for step in steps { werkvormAccountability(step) }
    }
}
