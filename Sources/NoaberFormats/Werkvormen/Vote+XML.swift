import NoaberAggregation
import NoaberCore
import NoaberXML

// `<vote>`: single choice, multiple choice (up to `max`) or dot-voting (`dots` to spend).
extension ScenarioReader {
    mutating func readVote(_ element: XMLElement) -> Activity {
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
}

extension ScenarioWriter {
    static func writeVote(_ settings: VoteSettings, to writer: XMLWriter) throws {
        switch settings.mode {
        case .single:
            try writer.attribute("mode", "single")
        case .multi(let max):
            try writer.attribute("mode", "multi")
            if let max { try writer.attribute("max", String(max)) }
        case .dots(let dots):
            try writer.attribute("mode", "dots")
            try writer.attribute("dots", String(dots))
        }
        try write(settings.items, as: "items", to: writer)
    }
}

extension SchemaViolations {
    static let voteRequirements = SchemaRequirements(attributes: ["vote": ["mode"]], children: ["vote": ["items"]])
}

extension SessionXMLDecoder {
    func legacyVote(_ element: XMLElement) throws(SessionXMLError) -> Activity {
        .vote(VoteSettings(items: try legacyItemSource(element), mode: try legacyVoteMode(element)))
    }

    private func legacyVoteMode(_ element: XMLElement) throws(SessionXMLError) -> VoteSettings.Mode {
        let mode = try string(element, "mode")
        switch mode {
        case "single": return .single
        case "multi": return .multi(max: try optionalInt(element, "max"))
        case "dots": return .dots(try int(element, "dots"))
        default: throw .badValue(location(element), attribute: "mode", value: mode)
        }
    }
}

extension SessionResults {
    /// Votes or dots per item of a vote step, in the step's item order.
    static func tally(_ step: Step, _ results: VoteResults) -> XMLElement {
        let tally = results.tally
        let counts = tally.items.map { count in
            element(
                "count",
                [
                    attribute("item", count.item), attribute("votes", String(count.votes)),
                    attribute("voters", String(count.voters)),
                ]
            )
        }
        return element(
            "tally",
            [
                attribute("step", step.id), attribute("participants", String(tally.participants)),
                attribute("blank", String(tally.blank)),
            ],
            counts
        )
    }
}
