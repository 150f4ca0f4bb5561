import ArgumentParser
import Foundation
import NoaberCore
import NoaberStore

/// What `run` and `resume` share: the clock, the line source and the console loop.
struct ConsoleSessionOptions: ParsableArguments {
    @Option(name: .long, help: "Lees de opdrachten uit dit bestand (één per regel, # voor commentaar).")
    var script: String?

    @Flag(name: .long, help: "Ga in een script door na een geweigerde regel.")
    var keepGoing = false

    @Option(
        name: .long,
        help: "Gesimuleerde klok vanaf dit tijdstip (ISO 8601); de tijd loopt dan alleen met 'wait'.")
    var clock: String?

    func makeClock(language: Language) throws -> (SessionClock, SimulatedClock?) {
        guard let clock else { return (SystemClock.sessionClock, nil) }
        guard let start = ClockArgument.parse(clock) else {
            throw ConsoleFailure(ConsoleError.notAClockTime(clock), language: language)
        }
        let simulated = SimulatedClock(start: start)
        return (simulated.sessionClock, simulated)
    }

    /// Runs the console over the script or standard input; returns the exit status.
    func drive(_ runner: SessionRunner, simulatedClock: SimulatedClock?, language: Language) async throws -> Int32 {
        let console = Console(
            runner: runner, simulatedClock: simulatedClock, language: language, output: .terminal)
        if let script {
            guard let data = FileManager.default.contents(atPath: script) else {
                throw ConsoleFailure(ConsoleError.unreadableScript(script), language: language)
            }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
            return await console.run(lines: lines, scriptName: script, keepGoing: keepGoing)
        }
        let interactive = isatty(STDIN_FILENO) != 0
        if interactive {
            console.output.standardOutput(
                language == .nl
                    ? "  typ 'help' voor de opdrachten; Ctrl-D stopt (de sessie blijft bewaard, 'noaber resume' gaat verder)"
                    : "  type 'help' for the commands; Ctrl-D stops (the session is kept, 'noaber resume' continues)")
        }
        let lines = StandardInputLines(prompt: interactive ? "noaber> " : nil)
        return await console.run(lines: lines, scriptName: nil, keepGoing: true)
    }
}

/// Lines from standard input, with a prompt on a terminal.
struct StandardInputLines: Sequence, IteratorProtocol {
    let prompt: String?

    mutating func next() -> String? {
        if let prompt {
            FileHandle.standardOutput.write(Data(prompt.utf8))
        }
        return readLine(strippingNewline: true)
    }
}
