import NoaberCore
import NoaberXML

// One reader per werkvorm; the element names are `Activity.Kind` raw values.
extension ScenarioReader {
    mutating func activity(_ element: XMLElement) -> Activity {
        switch Activity.Kind(rawValue: element.name) ?? .info {
        case .info:
            return .info(InfoSettings(paragraphs: element.elements(named: "paragraph").map { text($0) }))
        case .brainstorm:
            var seen: [String: Int] = [:]
            let examples = items(element.element(named: "examples")?.elements(named: "item") ?? [], seen: &seen)
            return .brainstorm(
                BrainstormSettings(
                    examples: examples,
                    examplesAreItems: boolean(element.attribute("examples-are-items"), default: true),
                    maxPerParticipant: optionalPositive(element, "max-per-participant")
                )
            )
        case .open:
            let source = element.element(named: "items").map { itemSource($0, for: .open) }
            return .open(OpenSettings(items: source, maxLength: optionalPositive(element, "max-length") ?? 10_000))
        case .roleplay:
            return roleplay(element)
        case .likert:
            return likert(element)
        case .rank:
            return rank(element)
        case .rate:
            let scale = scale(element.element(named: "scale"))
            return .rate(RateSettings(items: requiredItems(element, for: .rate), scale: scale))
        case .vote:
            return vote(element)
        case .classify:
            let items = requiredItems(element, for: .classify)
            var seen: [String: Int] = [:]
            let categoriesElement = element.element(named: "categories")
            let categories = self.items(
                categoriesElement?.elements(named: "item") ?? [], seen: &seen,
                kind: .category)
            if categories.isEmpty { report(.noCategories, at: categoriesElement ?? element) }
            return .classify(ClassifySettings(items: items, categories: categories))
        case .actions:
            return .actions(ActionsSettings(maxPerParticipant: optionalPositive(element, "max-per-participant")))
        }
    }

    private mutating func roleplay(_ element: XMLElement) -> Activity {
        let roles = element.element(named: "roles").map { itemSource($0, for: .roleplay) } ?? .listed([])
        let caseElement = element.element(named: "case")
        let rounds = positive(element.attribute("rounds") ?? "", name: "rounds", at: element, attribute: "rounds")
        return .roleplay(
            RoleplaySettings(
                roles: roles,
                caseTitle: normalized(caseElement?.attribute("title")),
                caseText: text(caseElement),
                assignment: element.attribute("assignment").flatMap(RoleplaySettings.Assignment.init) ?? .all,
                rounds: rounds ?? 1
            )
        )
    }

    private mutating func likert(_ element: XMLElement) -> Activity {
        let scale = scale(element.element(named: "scale"))
        var themeIDs: [String: Int] = [:]
        var statementIDs: [String: Int] = [:]
        var themes: [LikertTheme] = []
        for themeElement in element.elements(named: "theme") {
            let id = themeElement.attribute("id") ?? ""
            checkUnique(id, kind: .theme, in: &themeIDs, at: themeElement)
            let statements = themeElement.elements(named: "statement").map { statement in
                let id = statement.attribute("id") ?? ""
                checkUnique(id, kind: .statement, in: &statementIDs, at: statement)
                return LikertStatement(
                    id: id, text: text(statement),
                    reversed: boolean(statement.attribute("reversed"), default: false))
            }
            let bands = themeElement.elements(named: "interpretation").map { band($0) }
            themes.append(
                LikertTheme(
                    id: id, title: normalized(themeElement.attribute("title")),
                    statements: statements, interpretation: bands))
        }
        return .likert(LikertSettings(scale: scale, themes: themes))
    }

    private mutating func band(_ element: XMLElement) -> ScoreBand {
        let from = element.attribute("from").flatMap { Double(normalized($0)) }
        let to = element.attribute("to").flatMap { Double(normalized($0)) }
        if let from, let to, from > to {
            report(.bandReversed(from: from, to: to), at: element, attribute: "from")
        }
        return ScoreBand(from: from, to: to, text: text(element))
    }

    private mutating func rank(_ element: XMLElement) -> Activity {
        let items = requiredItems(element, for: .rank)
        let top = optionalPositive(element, "top")
        let count = items.listedItems.count
        if let top, case .listed = items, count > 0, top > count {
            report(.topExceedsItems(top: top, items: count), at: element, attribute: "top")
        }
        let method = element.attribute("method").flatMap { RankMethod(rawValue: normalized($0)) } ?? .kemenyYoung
        return .rank(RankSettings(items: items, top: top, method: method))
    }

    private mutating func vote(_ element: XMLElement) -> Activity {
        let items = requiredItems(element, for: .vote)
        let mode: VoteSettings.Mode
        switch element.attribute("mode").map(normalized) {
        case "multi":
            let max = optionalPositive(element, "max")
            let count = items.listedItems.count
            if let max, case .listed = items, count > 0, max > count {
                report(.maxExceedsItems(max: max, items: count), at: element, attribute: "max")
            }
            mode = .multi(max: max)
        case "dots":
            mode = .dots(positive(element.attribute("dots") ?? "", name: "dots", at: element, attribute: "dots") ?? 1)
        default:
            mode = .single
        }
        return .vote(VoteSettings(items: items, mode: mode))
    }

    /// A labelled scale: `min < max` and exactly one label per value from `min` through `max`, sorted by value.
    mutating func scale(_ element: XMLElement?) -> Scale {
        guard let element else { return Scale(min: 0, max: 0, labels: []) }
        let min = integer(element.attribute("min") ?? "", name: "min", at: element, attribute: "min")
        let max = integer(element.attribute("max") ?? "", name: "max", at: element, attribute: "max")
        var labels: [ScaleLabel] = []
        var lines: [Int: Int] = [:]
        for label in element.elements(named: "label") {
            guard let value = integer(label.attribute("value") ?? "", name: "value", at: label, attribute: "value")
            else { continue }
            labels.append(ScaleLabel(value: value, text: text(label)))
            guard let min, let max, min < max else { continue }
            if value < min || value > max {
                report(.scaleLabelOutOfRange(value: value, min: min, max: max), at: label, attribute: "value")
            } else if lines[value] != nil {
                report(.scaleLabelDuplicate(value: value), at: label, attribute: "value")
            } else {
                lines[value] = label.line
            }
        }
        if let min, let max {
            if min >= max {
                report(.scaleBounds(min: min, max: max), at: element, attribute: "min")
            } else {
                // A few missing labels say enough; a scale of a million values should not print a million lines.
                let missing = (min...max).lazy.filter { lines[$0] == nil }.prefix(10)
                for value in missing { report(.scaleLabelMissing(value: value), at: element) }
            }
        }
        labels.sort { $0.value < $1.value }
        return Scale(min: min ?? 0, max: max ?? 0, labels: labels)
    }
}
