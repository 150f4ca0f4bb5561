import NoaberCore
import NoaberTestSupport
import Testing

/// Conclusions, agreements and the definitief mark: journaled facilitator commands that open the report.
@Suite struct SessionOutcomeTests {
    @Test func conclusionsAndAgreementsAreKeptInOrderWithTheirStep() throws {
        var harness = try SessionHarness.started()
        try harness.run(.record(.conclusion, step: nil, text: "  De raad stuurt op hoofdlijnen. "))
        try harness.run(.record(.agreement, step: "waarden", text: "De griffie plant een vervolg."))
        #expect(harness.state.outcomes.map(\.kind) == [.conclusion, .agreement])
        #expect(harness.state.outcomes.map(\.step) == [nil, "waarden"])
        #expect(harness.state.outcomes[1].text == "De griffie plant een vervolg.")
        #expect(try SessionState.replay(harness.events) == harness.state)
    }

    @Test func theReportBecomesDefinitiefOnce() throws {
        var harness = try SessionHarness.started()
        #expect(!harness.state.isFinal)
        try harness.run(.finalise)
        #expect(harness.state.isFinal)
        let error = #expect(throws: SessionError.self) { try harness.state.decide(.finalise) }
        #expect(error?.rendered() == "fout: het verslag is al definitief")
        #expect(error?.rendered(in: .en) == "error: the report is already final")
    }

    @Test func aMergedSessionKeepsEveryOutcome() throws {
        var one = SessionHarness()
        try one.run(.start(SessionSamples.settings(id: "tafel-1")))
        try one.run(.record(.conclusion, step: nil, text: "Tafel 1 concludeert."))
        var two = SessionHarness()
        try two.run(.start(SessionSamples.settings(id: "tafel-2")))
        try two.run(.record(.agreement, step: nil, text: "Tafel 2 spreekt af."), after: 60)
        let time = Timestamp(millisecondsSince1970: 1_795_640_000_000)
        let (events, _) = try SessionMerger.merge([one.events, two.events], into: "samen", at: time)
        let merged = try SessionState.replay(events)
        #expect(merged.outcomes.map(\.text) == ["Tafel 1 concludeert.", "Tafel 2 spreekt af."])
        #expect(merged.outcomes.map(\.kind) == [.conclusion, .agreement])
    }

    @Test(arguments: [
        ("raadsleden", FormOfAddress.u), ("Raadsleden en wethouders", .u), ("inwoners van Hellendoorn", .u),
        ("gemeenteambtenaren", .je), ("medewerkers van de gemeente", .je),
    ])
    func theAudienceDecidesTheFormOfAddressWhenTheScenarioDoesNot(audience: String, address: FormOfAddress) {
        #expect(FormOfAddress.default(forAudience: audience) == address)
    }
}
