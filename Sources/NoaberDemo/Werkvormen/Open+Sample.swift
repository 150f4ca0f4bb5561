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
        guard items != nil else {
            let scripted = DemoScript.text(context, index: context.index)
            return [.open(item: nil, text: scripted ?? random.pick(Self.sampleReflections))]
        }
        let earlier = context.state.inputs(for: context.step.id)
        return context.items.map { item in
            // Each answer to an item takes the next scripted text, so two people do not say the same.
            let said = earlier.filter { if case .open(item.id?, _) = $0.input { true } else { false } }.count
            let scripted = DemoScript.text(context, item: item.id, index: said)
            return .open(item: item.id, text: scripted ?? Self.sampleAnswer(about: item.text, &random))
        }
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
