import NoaberAggregation
import NoaberCore
import NoaberXML

extension SessionResults {
    /// The group's theme means of a likert step (NoaberAggregation's `LikertScores`), with how many participants
    /// answered anything of it.
    static func themeScores(_ step: Step, _ settings: LikertSettings, _ state: SessionState) -> XMLElement {
        let answers: [(participant: String, answers: [LikertAnswer])] = state.inputs(for: step.id).compactMap {
            guard case .likert(let given) = $0.input else { return nil }
            return ($0.participant, given)
        }
        let scores = LikertScores(settings: settings, answers: answers)
        let themes = scores.group.map { theme in
            var attributes = [attribute("id", theme.theme), attribute("respondents", String(theme.participants))]
            if let mean = theme.mean { attributes.append(attribute("mean", SessionNumber.format(mean))) }
            return element("theme", attributes)
        }
        return element(
            "theme-scores", [attribute("step", step.id), attribute("respondents", String(scores.participants.count))],
            themes
        )
    }

    /// Votes or dots per item of a vote step (NoaberAggregation's `VoteTally`), in the step's item order.
    static func tally(_ step: Step, _ settings: VoteSettings, _ state: SessionState) -> XMLElement {
        let items = state.items(for: step.id)
        let records = state.inputs(for: step.id)
        let tally: VoteTally
        if case .dots = settings.mode {
            tally = VoteTally(
                items: items,
                dots: records.compactMap {
                    guard case .dots(let dots) = $0.input else { return nil }
                    return ($0.participant, dots)
                }
            )
        } else {
            tally = VoteTally(
                items: items,
                choices: records.compactMap {
                    guard case .vote(let chosen) = $0.input else { return nil }
                    return ($0.participant, chosen)
                }
            )
        }
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
