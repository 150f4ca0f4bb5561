import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberFormats

@Suite("Session XML with simulated sessions")
struct SessionXMLSimulatedTests {
    /// Long random sessions (joins, renames, leaves, inputs, revisions, withdrawals, merges) on the shipped
    /// scenarios: whatever the engine accepts, the file holds and gives back.
    @Test("every shipped scenario, played at random, round-trips", arguments: [1, 2, 3] as [UInt64])
    func shippedScenarios(_ seed: UInt64) throws {
        for entry in try ScenarioCatalog.embedded() {
            let settings = SessionSettings(
                sessionID: "sim-\(seed)", scenario: entry.scenario, place: "Hellendoorn", facilitatorName: "Griffier",
                pseudonymous: false
            )
            var simulator = try SessionSimulator(seed: seed, settings: settings)
            simulator.play(400)
            let events = simulator.harness.events
            let bytes = try SessionXMLWriter.write(events)
            let read = try SessionXMLReader.read(bytes, file: "\(entry.scenario.id).xml")
            #expect(read == events, "\(entry.scenario.id)")
            #expect(try SessionXMLWriter.write(read) == bytes, "\(entry.scenario.id)")
        }
    }

    @Test("the engine's own sample session round-trips")
    func sampleSession() throws {
        var simulator = try SessionSimulator(seed: 42)
        simulator.play(300)
        let events = simulator.harness.events
        #expect(try SessionXMLReader.read(try SessionXMLWriter.write(events), file: "s1.xml") == events)
    }
}
