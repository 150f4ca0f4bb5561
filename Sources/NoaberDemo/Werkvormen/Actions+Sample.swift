public import NoaberCore

extension ActionsSettings: SampledWerkvorm {
    public static let sampleWhat = [
        "Wijkavond over het grasveldje organiseren", "Jongeren uitnodigen voor de commissievergadering",
        "Voorstel voor een buurtbudget schrijven", "Spreekuur in het dorpshuis houden",
        "Terugkoppeling aan de bewoners sturen",
    ]
    public static let sampleWhen = ["voor de zomer", "binnen een maand", "voor de begrotingsraad", "2027-03-01"]

    /// Six in ten commit to one action with themselves as trekker, named as the griffier would type it: by the
    /// real name, which a pseudonymous session's exports must then redact. In a scripted demo the actions are the
    /// scenario's, with "met wie"; every third names a colleague by number (`p2`) as trekker, linked in the report.
    func sampleInputs(_ context: SampleContext, _ random: inout SeededRandom) -> [Input] {
        guard context.takesPart(outOfTen: 6, &random) else { return [] }
        let owner = context.state.participant(context.participant)?.participant.name ?? context.participant
        if let scripted = DemoScript.actions(context), !scripted.isEmpty {
            let action = scripted[context.index % scripted.count]
            let participants = context.state.participants.filter(\.isPresent)
            let colleague = participants.isEmpty ? nil : participants[(context.index + 1) % participants.count].id
            let trekker = context.index % 3 == 2 ? colleague ?? owner : owner
            return [.action(Action(what: action.what, owner: trekker, when: action.when, with: action.with))]
        }
        let what = random.pick(Self.sampleWhat)
        return [.action(Action(what: what, owner: owner, when: random.pick(Self.sampleWhen)))]
    }

    /// An action without a trekker, which the engine refuses.
    func spoiledSample(_ context: SampleContext, _ random: inout SeededRandom) -> Input {
        .action(Action(what: random.pick(Self.sampleWhat), owner: " ", when: random.pick(Self.sampleWhen)))
    }
}
