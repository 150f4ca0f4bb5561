import NoaberCore

extension LikertSettings: SampledWerkvorm {
    /// Every statement answered around the middle of the scale, pulled towards the person's leaning (against it
    /// for a reversed statement), with noise of about a third of the scale.
    func sampleInputs(_ context: SampleContext, _ random: inout SeededRandom) -> [Input] {
        let lean = context.leaning
        let bias = DemoScript.bias(context)
        let span = Double(scale.max - scale.min)
        let answers = statements.map { statement in
            let centre = Double(scale.min) + span * (0.5 + 0.35 * (statement.reversed ? -lean - bias : lean + bias))
            let value = Int((centre + (random.unit() - 0.5) * span * 0.6).rounded())
            return LikertAnswer(statement: statement.id, value: Swift.min(scale.max, Swift.max(scale.min, value)))
        }
        return answers.isEmpty ? [] : [.likert(answers)]
    }

    /// An answer off the scale, which the engine refuses.
    func spoiledSample(_ context: SampleContext, _ random: inout SeededRandom) -> Input {
        guard let statement = statements.first else { return .likert([]) }
        let value = random.below(2) == 0 ? scale.min - 1 : scale.max + 1
        return .likert([LikertAnswer(statement: statement.id, value: value)])
    }
}
