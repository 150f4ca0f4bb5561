import NoaberAggregation
import NoaberCore

/// Private steps (`Step.isPrivate`: a POP-OP, a personal reflection) in one place. Their answers appear in the
/// participant's own report; the group documents (verslag.odt, verslag.fodt, gegevens.ods) are written from a
/// context that holds no results for them, only how many answered. Session XML keeps them, marked private.
extension ReportContext {
    /// A step's live inputs as this context may show them: none for a withheld private step.
    func inputs(for step: Step.ID) -> [InputRecord] {
        results[step]?.inputs ?? []
    }

    /// How many answered a withheld private step, in words for the group report; `nil` for a step that is shown.
    func privateStepCounts(_ step: Step.ID) -> String? {
        guard let results = withheld[step] else { return nil }
        let total = state.participants.count
        guard !results.inputs.isEmpty else {
            return "Bij dit onderdeel gaf niemand antwoord."
        }
        let answers = results.inputs.count == 1 ? "1 antwoord" : "\(results.inputs.count) antwoorden"
        let verb = results.contributors == 1 ? "vulde" : "vulden"
        return "\(results.contributors) van de \(total) deelnemers \(verb) dit onderdeel in (\(answers))."
    }

    /// "Bij het persoonlijke onderdeel “POP-OP”" or "Bij de persoonlijke onderdelen “Reflectie” en “POP-OP”", or
    /// nil when the scenario has no private step: the opening both reports give their sentence about private steps.
    var privateStepsOpening: String? {
        let titles = steps.filter(\.isPrivate).map { "“\($0.title)”" }
        guard !titles.isEmpty else { return nil }
        let which = titles.count == 1 ? "het persoonlijke onderdeel" : "de persoonlijke onderdelen"
        return "Bij \(which) \(ReportWords.list(titles))"
    }

    /// The sentence that stands where a private step's answers would: they are personal.
    static let privateStepNotice =
        "Dit is een persoonlijk onderdeel: de antwoorden staan alleen in de persoonlijke verslagen van de deelnemers."
}
