import ArgumentParser
import NoaberCore
import NoaberSession
import NoaberStore

/// What `run` and `serve` ask of a new session: its id, place, facilitator and whether it is pseudonymous.
struct NewSessionOptions: ParsableArguments {
    @Option(name: .customLong("session-id"), help: "Id van de sessie (standaard: scenario, datum en tijd).")
    var sessionID: String?

    @Option(help: "Waar de sessie plaatsvindt, bijvoorbeeld \"Raadzaal, Hellendoorn\".")
    var place: String = ""

    @Option(help: "Naam van de griffier of trainer.")
    var facilitator: String = ""

    @Flag(help: "Verslagen tonen alleen schuilnamen.")
    var pseudonymous = false

    /// Starts the session of `scenario` in `store` (a free id from the scenario and the clock unless given).
    func start(_ scenario: Scenario, store: SessionStore, clock: any SessionClock) async throws -> SessionRunner {
        let id = try sessionID ?? store.freeSessionID(scenarioID: scenario.id, start: clock.now)
        let settings = SessionSettings(
            sessionID: id, scenario: scenario, place: place, facilitatorName: facilitator, pseudonymous: pseudonymous)
        return try await SessionRunner.start(settings, store: store, clock: clock)
    }
}

extension ConsoleSessionOptions {
    /// Continues `sessionID` from its journal; a simulated clock never shows a time before what the journal holds.
    func resume(
        _ sessionID: SessionID, store: SessionStore, clock: any SessionClock, simulated: SimulatedClock?
    ) async throws -> SessionRunner {
        let runner = try await SessionRunner.resume(sessionID, store: store, clock: clock)
        if let last = await runner.state.lastTime { simulated?.catchUp(to: last) }
        return runner
    }
}
