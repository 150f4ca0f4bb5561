import ArgumentParser
import NoaberConsole
import NoaberCore
import NoaberSession
import NoaberStore

/// `noaber resume ID`: continues a session after a crash or a break, from its journal.
struct ResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Ga verder met een sessie na een onderbreking of crash.")

    @Argument(help: "Id van de sessie (zie 'noaber sessions').")
    var sessionID: String

    @OptionGroup var options: ConsoleSessionOptions

    func run() async throws {
        let language = options.language
        try await options.runConsole(
            preparing: {},
            opening: { _, store, clock, simulated in
                let runner = try await options.resume(sessionID, store: store, clock: clock, simulated: simulated)
                let state = await runner.state
                let alreadyEnded = state.isEnded
                let participants = state.participants.count
                ConsoleOutput.terminal.standardOutput(
                    language == .nl
                        ? "ok sessie \(sessionID) \(alreadyEnded ? "(al beëindigd; alleen opvragen)" : "hervat"): "
                            + "\(state.lastSequence) gebeurtenissen, "
                            + ConsoleOutput.counted(participants, "deelnemer", "deelnemers")
                            + ", \(state.inputs.count) inbreng"
                        : "ok session \(sessionID) \(alreadyEnded ? "(already ended; queries only)" : "resumed"): "
                            + "\(state.lastSequence) events, "
                            + ConsoleOutput.counted(participants, "participant", "participants")
                            + ", \(state.inputs.count) inputs")
                return (runner, exportAfterEnd: !alreadyEnded)
            })
    }
}
