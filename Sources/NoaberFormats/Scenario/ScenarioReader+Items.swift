import NoaberCore
import NoaberXML

// Items and where they come from: listed in the scenario, or taken from an earlier step.
extension ScenarioReader {
    /// Listed items with ids unique within `seen` (one step's list).
    mutating func items(_ elements: [XMLElement], seen: inout [String: Int], kind: ScenarioError.IDKind = .item)
        -> [Item]
    {
        elements.map { element in
            let id = element.attribute("id") ?? ""
            checkUnique(id, kind: kind, in: &seen, at: element)
            let detail = element.attribute("detail").map { value($0) }
            let examples = element.attribute("examples").map { value($0) }
            return Item(
                id: id, text: text(element), detail: detail?.isEmpty == false ? detail : nil,
                examples: examples?.isEmpty == false ? examples : nil, authored: authored(element))
        }
    }

    /// The `authored` mark of an item, paragraph or case (absent: quoted).
    func authored(_ element: XMLElement?) -> Bool { boolean(element?.attribute("authored"), default: false) }

    /// The `items` element of a werkvorm that cannot do without items.
    mutating func requiredItems(_ element: XMLElement, for kind: Activity.Kind) -> ItemSource {
        guard let items = element.element(named: "items") else {
            report(.noItems(kind), at: element)
            return .listed([])
        }
        return itemSource(items, for: kind)
    }

    /// `<items from="…"/>`, a top of an earlier step (`topSource`) or a list of `<item>`s (at least one).
    mutating func itemSource(_ element: XMLElement, for kind: Activity.Kind) -> ItemSource {
        if let from = element.attribute("from") {
            if let step = earlierStep(from, at: element, attribute: "from"), !providesItems(step.activity) {
                report(.noItemsToTake(step: from, kind: step.activity.kind), at: element, attribute: "from")
            }
            return .fromStep(from)
        }
        if let source = topSource(element) { return source }
        var seen: [String: Int] = [:]
        let listed = items(element.elements(named: "item"), seen: &seen)
        if listed.isEmpty { report(.noItems(kind), at: element) }
        return .listed(listed)
    }

    /// The step `id` if it comes earlier in the agenda; otherwise reports whether it is later (or this very step)
    /// or does not exist.
    mutating func earlierStep(_ id: Step.ID, at element: XMLElement, attribute: String) -> Step? {
        if let step = steps.first(where: { $0.id == id }) { return step }
        report(allStepIDs.contains(id) ? .laterStep(id) : .unknownStep(id), at: element, attribute: attribute)
        return nil
    }
}
