import NoaberCore
import NoaberTestSupport
import Testing

@Suite struct SessionTopOfRankingTests {
    /// Anna ranked v4, v2 first and explained v4 in `toelichting`.
    static func explained() throws -> SessionHarness {
        var harness = try SessionHarness.started()
        try harness.run(.open("waarden"))
        try harness.submit("p1", "waarden", .rank(["v4", "v2", "v1", "v3", "v5"]))
        try harness.run(.close("waarden"))
        try harness.run(.open("toelichting"))
        try harness.submit("p1", "toelichting", .open(item: "v4", text: "Omdat"))
        try harness.run(.close("toelichting"))
        try harness.run(.reopen("waarden"))
        return harness
    }

    @Test func rankingThatDropsAnExplainedItemFromTheTopIsRefused() throws {
        var harness = try Self.explained()
        let error = #expect(throws: SessionError.self) {
            try harness.state.decide(.revise("i1", .rank(["v2", "v1", "v4", "v3", "v5"])))
        }
        #expect(error?.rendered() == "fout: item ‘v4’ is gebruikt in i2 van stap ‘toelichting’")
        #expect(throws: SessionError.itemInUse(item: "v4", step: "toelichting", input: "i2")) {
            try harness.state.decide(.withdraw("i1"))
        }
        // Reordering within the top keeps the answer valid.
        try harness.run(.revise("i1", .rank(["v2", "v4", "v1", "v3", "v5"])))
        #expect(harness.state.items(for: "toelichting", participant: "p1").map(\.id) == ["v2", "v4"])
    }
}
