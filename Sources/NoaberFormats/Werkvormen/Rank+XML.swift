import NoaberAggregation
import NoaberCore
import NoaberXML

// `<rank>`: order the items (all, or a top-k), a headline method; other steps may take each participant's top.
extension ScenarioReader {
    mutating func readRank(_ element: XMLElement) -> Activity {
        let items = requiredItems(element, for: .rank)
        let top = optionalPositive(element, "top")
        let count = items.listedItems.count
        if let top, case .listed = items, count > 0, top > count {
            report(.topExceedsItems(top: top, items: count), at: element, attribute: "top")
        }
        let method = element.attribute("method").flatMap { RankMethod(rawValue: normalized($0)) } ?? .kemenyYoung
        return .rank(RankSettings(items: items, top: top, method: method))
    }

    /// `<items top-of-ranking="…" count="…"/>`: each participant's own top of an earlier `rank` step; `nil` when
    /// the element is not such a source.
    mutating func topSource(_ element: XMLElement) -> ItemSource? {
        guard let ranking = element.attribute("top-of-ranking") else { return nil }
        let count = positive(element.attribute("count") ?? "", name: "count", at: element, attribute: "count")
        if let step = earlierStep(ranking, at: element, attribute: "top-of-ranking") {
            if case .rank(let settings) = step.activity {
                // How many each participant ranks, when the scenario says so.
                let listed = settings.items.listedItems.count
                let ranked = settings.top ?? (listed > 0 ? listed : nil)
                if let count, let ranked, count > ranked {
                    report(
                        .countExceedsRanking(count: count, step: ranking, ranked: ranked), at: element,
                        attribute: "count")
                }
            } else {
                report(
                    .notARanking(step: ranking, kind: step.activity.kind), at: element, attribute: "top-of-ranking")
            }
        }
        return .topOfRanking(ranking, count: count ?? 1)
    }
}

extension ScenarioWriter {
    static func writeRank(_ settings: RankSettings, to writer: XMLWriter) throws {
        if let top = settings.top { try writer.attribute("top", String(top)) }
        try writer.attribute("method", settings.method.rawValue)
        try write(settings.items, as: "items", to: writer)
    }

    /// The attributes of a top source, into the open items element.
    static func writeTopSource(_ source: ItemSource, to writer: XMLWriter) throws {
        guard case .topOfRanking(let step, let count) = source else { return }
        try writer.attribute("top-of-ranking", step)
        try writer.attribute("count", String(count))
    }
}

extension SchemaViolations {
    static let rankRequirements = SchemaRequirements(children: ["rank": ["items"]])

    /// libxml2 blames `top-of-ranking` when the `count` that must go with it is missing.
    static func missingTopCount(_ attribute: String, on element: XMLElement?) -> Bool {
        attribute == "top-of-ranking" && element != nil && element?.attribute("count") == nil
    }
}

extension ScenarioError.Problem {
    /// The catalogue entries (`MessageCatalogue`) of the problems only a ranking has.
    static let rankMessages = #"""
        notARanking(step, kind)
        nl: top-of-ranking moet naar een rank-stap wijzen, maar '{step}' is een {kind}-stap
        en: top-of-ranking must point at a rank step, but '{step}' is a {kind} step

        countExceedsRanking(count, step, ranked)
        nl: count is {count}, maar stap '{step}' rangschikt er maar {ranked}
        en: count is {count}, but step '{step}' ranks only {ranked}
        """#
}

extension SessionXMLDecoder {
    func legacyRank(_ element: XMLElement) throws(SessionXMLError) -> Activity {
        let methodText = try string(element, "method")
        guard let method = RankMethod(rawValue: methodText) else {
            throw .badValue(location(element), attribute: "method", value: methodText)
        }
        return .rank(
            RankSettings(items: try legacyItemSource(element), top: try optionalInt(element, "top"), method: method)
        )
    }

    /// The compact encoding's element for a top source.
    static let legacyTopSourceName = "top-of-ranking"

    func legacyTopSource(_ source: XMLElement) throws(SessionXMLError) -> ItemSource {
        .topOfRanking(try string(source, "step"), count: try int(source, "count"))
    }
}

extension SessionResults {
    /// The consensus order (by the method `RankResults` decided, which the file names), as tiers of tied items, and
    /// Kendall's W. A step whose items are each participant's own top of an earlier ranking has no common
    /// candidates and no consensus.
    static func ranking(_ step: Step, _ results: RankResults) -> XMLElement? {
        guard results.hasCommonItems else { return nil }
        var attributes = [
            attribute("step", step.id), attribute("method", results.method.rawValue),
            attribute("rankings", String(results.participants.count)),
        ]
        if let w = results.report.kendallW { attributes.append(attribute("kendall-w", SessionNumber.format(w))) }
        let tiers = results.order.enumerated().map { position, tier in
            element("tier", [attribute("place", String(position + 1))], tier.map { itemRef(results.items[$0].id) })
        }
        // Several optimal rankings (Kemeny–Young): how many, who can head one, and which places they share; the
        // tiers give the canonical one. The other methods' ties are their tiers already.
        let ties = results.ties
        var extra: [XMLElement] = []
        if ties.optimalRankings > 1 {
            attributes.append(attribute("optimal-rankings", String(ties.optimalRankings)))
            if ties.coWinners.count > 1 {
                extra.append(element("co-winners", [], ties.coWinners.map { itemRef(results.items[$0].id) }))
            }
            extra += ties.shared.map { run in
                element(
                    "shared-places", [attribute("from", String(run.from)), attribute("to", String(run.to))],
                    run.items.map { itemRef(results.items[$0].id) })
            }
        }
        return element("ranking", attributes, tiers + extra)
    }
}

extension SessionResults {
    /// Files written before rankings named their ties have no `optimal-rankings`, `co-winners` or
    /// `shared-places`: what the events give is compared without them then (they add nothing the tiers contradict).
    static func rankingAsFiled(_ expected: XMLElement, found: XMLElement?) -> XMLElement {
        guard expected.name == "ranking", let found, found.attribute("optimal-rankings") == nil else { return expected }
        var filed = expected
        filed.attributes.removeAll { $0.name == "optimal-rankings" }
        filed.children.removeAll { node in
            if case .element(let child) = node {
                child.name == "co-winners" || child.name == "shared-places"
            } else {
                false
            }
        }
        return filed
    }
}
