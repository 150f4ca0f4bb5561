extension RankingReport {
    /// The `noaber rank --json` document, in exactly the shape of the issue: key order fixed, names inside groups
    /// and winner lists in candidate order, integral numbers as integers, `W` null when undefined. When
    /// Kemeny–Young is refused (more than `KemenyYoung.maximumCandidates` candidates) `kemeny_young` and
    /// `ballot_distances_to_kemeny` are null.
    public var json: JSONText {
        .object([
            ("candidates", .array(profile.candidates.map(JSONText.string))),
            ("n_voters", .int(profile.voterCount)),
            ("methods", .object(methodsJSON)),
            ("kendall_w", .object([("W", kendallW.map(JSONText.number) ?? .null)])),
            ("mean_rank", perCandidate(meanRank.scores)),
            ("ballot_distances_to_kemeny", distancesToKemeny.map { .array($0.map(JSONText.int)) } ?? .null),
        ])
    }

    /// `json` as text with a final newline.
    public var jsonText: String { json.rendered() + "\n" }

    private var methodsJSON: [(String, JSONText)] {
        var kemeny = JSONText.null
        if let result = kemenyYoung {
            kemeny = .object([
                ("order", orderJSON(result.order)),
                ("winners", namesJSON(result.winners)),
                ("distance", .int(result.distance)),
                ("num_optimal", .int(result.optimalCount)),
                ("rankings", .array(result.rankings.map(namesJSON))),
            ])
        }
        return [
            ("borda", scored(borda)),
            ("copeland", scored(copeland)),
            (
                "schulze",
                .object([
                    ("order", orderJSON(schulze.order)),
                    ("winners", namesJSON(schulze.winners)),
                    ("scores", perCandidate(schulze.beats.map(Double.init))),
                ])
            ),
            ("kemeny_young", kemeny),
            ("plurality", scored(plurality)),
            (
                "instant_runoff",
                .object([
                    ("order", orderJSON(instantRunoff.order)),
                    ("winners", namesJSON(instantRunoff.winners)),
                    ("rounds", .array(instantRunoff.rounds.map(roundJSON))),
                ])
            ),
        ]
    }

    private func scored(_ result: ScoredConsensus) -> JSONText {
        .object([
            ("order", orderJSON(result.order)),
            ("winners", namesJSON(result.winners)),
            ("scores", perCandidate(result.scores)),
        ])
    }

    private func roundJSON(_ round: InstantRunoff.Round) -> JSONText {
        .object([
            ("tally", .object(round.tally.map { (profile.candidates[$0.candidate], .int($0.votes)) })),
            ("exhausted", .int(round.exhausted)),
            ("eliminated", namesJSON(round.eliminated)),
        ])
    }

    private func orderJSON(_ order: ConsensusOrder) -> JSONText { .array(order.map(namesJSON)) }

    private func namesJSON(_ indices: [Int]) -> JSONText { .array(indices.map { .string(profile.candidates[$0]) }) }

    private func perCandidate(_ values: [Double]) -> JSONText {
        .object(zip(profile.candidates, values).map { ($0, .number($1)) })
    }
}
