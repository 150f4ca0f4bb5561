import NoaberAggregation
import NoaberCore
import NoaberXML

extension SessionResults {
    /// The group's theme means of a likert step, with how many participants answered anything of it.
    static func themeScores(_ step: Step, _ results: LikertResults) -> XMLElement {
        let themes = results.scores.group.map { theme in
            var attributes = [attribute("id", theme.theme), attribute("respondents", String(theme.participants))]
            if let mean = theme.mean { attributes.append(attribute("mean", SessionNumber.format(mean))) }
            return element("theme", attributes)
        }
        return element(
            "theme-scores", [attribute("step", step.id), attribute("respondents", String(results.respondents))],
            themes
        )
    }

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
