import NoaberCore
import NoaberXML

/// Programmes: `<include scenario="grasveldje" step="rollen" [id="…"] [minutes="…"]/>` in an agenda takes that
/// step from another scenario, so that one session (and one report) runs steps of several. The step is copied in
/// resolved: a session file embeds the programme's steps, not references to other files.
extension ScenarioReader {
    mutating func readInclude(_ element: XMLElement) {
        let scenario = element.attribute("scenario") ?? ""
        let sourceStep = element.attribute("step") ?? ""
        let id = element.attribute("id") ?? sourceStep
        checkUniqueStep(id, at: element)
        let minutes = optionalPositive(element, "minutes")
        guard let library else {
            report(.unknownScenario(scenario), at: element, attribute: "scenario")
            return
        }
        guard scenario != scenarioID, !library.including.contains(scenario) else {
            report(.includesItself(scenario), at: element, attribute: "scenario")
            return
        }
        let found: Scenario
        switch library.lookup(scenario, from: scenarioID) {
        case .found(let loaded): found = loaded
        case .notFound:
            report(.unknownScenario(scenario), at: element, attribute: "scenario")
            return
        case .invalid(let problem):
            report(.includedScenarioInvalid(scenario, problem.rendered()), at: element, attribute: "scenario")
            return
        }
        if found.address != address {
            report(
                .mixedAddress(scenario: scenario, address: found.address.rawValue, programme: address.rawValue),
                at: element, attribute: "scenario")
        }
        guard var step = found.step(sourceStep) else {
            report(.unknownIncludedStep(scenario: scenario, step: sourceStep), at: element, attribute: "step")
            return
        }
        let taken = included[scenario] ?? [:]
        if let referenced = step.activity.itemSource?.referencedStep, taken[referenced] == nil {
            report(
                .referencedStepNotIncluded(scenario: scenario, step: sourceStep, referenced: referenced),
                at: element, attribute: "step")
        }
        step.activity = step.activity.mappingReferencedStep { taken[$0] ?? $0 }
        step.id = id
        if let minutes { step.minutes = minutes }
        included[scenario, default: [:]][sourceStep] = id
        for source in found.sources where !includedSources.contains(source) { includedSources.append(source) }
        append(step, at: element)
    }

    /// The scenario's own sources, then those of the scenarios it took steps from (each once).
    func withIncludedSources(_ own: [SourceReference]) -> [SourceReference] {
        own + includedSources.filter { !own.contains($0) }
    }
}
