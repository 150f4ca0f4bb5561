import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

/// The journal and the importer store events as data; what the engine produces must read back to the same events
/// and replay to the same state.
@Suite struct SessionCodingTests {
    @Test(arguments: [3, 99] as [UInt64])
    func simulatedEventsRoundTripThroughJSON(seed: UInt64) throws {
        var simulator = try SessionSimulator(seed: seed)
        simulator.play(600)
        let events = simulator.harness.events
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(events)
        let decoded = try JSONDecoder().decode([SessionEvent].self, from: data)
        #expect(decoded == events)
        #expect(try encoder.encode(decoded) == data)
        #expect(try SessionState.replay(decoded) == simulator.harness.state)
    }
}
