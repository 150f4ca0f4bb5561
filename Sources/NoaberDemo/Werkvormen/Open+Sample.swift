public import NoaberCore

extension OpenSettings: SampledWerkvorm {
    /// Answers to a step's own question.
    public static let sampleReflections = [
        "Ik merk dat ik vaak dezelfde rol kies; volgende keer probeer ik bewust een andere.",
        "De rol van scheidsrechter past mij minder dan ik dacht.",
        "Het helpt om eerst te luisteren voordat ik een standpunt inneem.",
        "Wij praten in de raad vooral over procedures en te weinig over wat inwoners willen.",
        "Ik neem mee dat ook wie niet komt opdagen een stem verdient.",
        "Noaberschap begint bij weten wie je buren zijn.",
    ]

    /// Eight in ten answer: one reflection, or one sentence per item of the form.
    func sampleInputs(_ context: SampleContext, _ random: inout SeededRandom) -> [Input] {
        guard context.takesPart(outOfTen: 8, &random) else { return [] }
        guard items != nil else { return [.open(item: nil, text: random.pick(Self.sampleReflections))] }
        return context.items.map { .open(item: $0.id, text: Self.sampleAnswer(about: $0.text, &random)) }
    }

    static func sampleAnswer(about item: String, _ random: inout SeededRandom) -> String {
        random.pick([
            "Bij \(item) stel ik me open op en vraag ik eerst door.",
            "\(item.prefix(1).uppercased() + item.dropFirst()) betekent voor mij dat ik stukken vroeg deel.",
            "Als \(item) voorop staat, neem ik de tijd om iedereen te horen.",
        ])
    }

    /// A blank answer or one over the length limit, which the engine refuses.
    func spoiledSample(_ context: SampleContext, _ random: inout SeededRandom) -> Input {
        let text = random.below(2) == 0 ? " " : String(repeating: "a", count: maxLength + 1)
        return .open(item: items == nil ? nil : context.items.first?.id, text: text)
    }
}
