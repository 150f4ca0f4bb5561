import NoaberCore
import NoaberStore

/// The facilitator console: reads console lines, turns them into session commands, and prints `ok …` only after
/// the runner has committed the event. Shared by `noaber run`, `noaber resume` and the CLI tests.
final class Console {
    let runner: SessionRunner
    /// Present only with `--clock`: then `wait` moves time, and nothing else does.
    let simulatedClock: SimulatedClock?
    let language: Language
    let output: ConsoleOutput
    /// Steps whose overrun has been reported already, so the warning is printed once per step.
    private var warnedOverruns: Set<Step.ID> = []

    init(runner: SessionRunner, simulatedClock: SimulatedClock?, language: Language, output: ConsoleOutput) {
        self.runner = runner
        self.simulatedClock = simulatedClock
        self.language = language
        self.output = output
    }

    /// Runs lines until they run out. In a script (`scriptName` set) a refused line stops the run unless
    /// `keepGoing`; the result is the exit status: 0, or 1 when any line was refused.
    func run(
        lines: some Sequence<Result<String, ConsoleError>>, scriptName: String?, keepGoing: Bool
    ) async -> Int32 {
        var status: Int32 = 0
        for (offset, line) in lines.enumerated() {
            do {
                guard let command = try ConsoleCommand.parse(line.get()) else { continue }
                for printed in try await execute(command) { output.standardOutput(printed) }
                await warnAboutOverrun()
            } catch {
                output.standardError(render(error, scriptName: scriptName, line: offset + 1))
                status = 1
                if scriptName != nil && !keepGoing { return 1 }
            }
        }
        return status
    }

    func render(_ error: any Error, scriptName: String?, line: Int) -> String {
        let text =
            (error as? any UserFacingError)?.rendered(in: language) ?? "\(language.errorWord): \(error)"
        guard let scriptName else { return text }
        return "\(SourceLocation(file: scriptName, line: line)): \(text)"
    }

    /// Executes one command; the first line returned starts with `ok`.
    func execute(_ command: ConsoleCommand) async throws -> [String] {
        let state = await runner.state
        switch command {
        case .join(let name, let group, let pseudonym):
            let event = try await runner.perform(.join(name: name, group: group, pseudonym: pseudonym))
            guard case .participantJoined(let participant) = event.payload else { return ["ok"] }
            return ["ok \(participant.id) \(participant.name)"]
        case .rename(let reference, let name):
            let id = try participant(reference, in: state)
            _ = try await runner.perform(.rename(id, name: name))
            return ["ok \(id) \(name)"]
        case .leave(let reference):
            let id = try participant(reference, in: state)
            _ = try await runner.perform(.leave(id))
            return ["ok \(id) \(word("vertrokken", "left"))"]
        case .open(let step):
            _ = try await runner.perform(.open(step))
            return ["ok \(step) \(word("geopend", "opened"))"]
        case .close(let step):
            _ = try await runner.perform(.close(step))
            return ["ok \(step) \(word("gesloten", "closed"))"] + stepSummary(step, in: await runner.state)
        case .reopen(let step):
            _ = try await runner.perform(.reopen(step))
            return ["ok \(step) \(word("heropend", "reopened"))"]
        case .submit(let reference, let stepID, let arguments):
            let id = try participant(reference, in: state)
            guard let step = state.step(stepID) else { throw SessionError.unknownStep(stepID) }
            let input = try ConsoleInputParser.input(for: step, arguments: arguments, command: "submit")
            let before = Set(state.items(for: stepID).map(\.id))
            let event = try await runner.perform(.submit(participant: id, step: stepID, input: input))
            guard case .inputSubmitted(let submitted) = event.payload else { return ["ok"] }
            // A brainstorm idea becomes an item; name it so the facilitator can merge or rename it.
            let created = await runner.state.items(for: stepID).map(\.id).filter { !before.contains($0) }
            return [(["ok", submitted.id] + created).joined(separator: " ")]
        case .revise(let inputID, let arguments):
            guard let record = state.input(inputID) else { throw SessionError.unknownInput(inputID) }
            guard let step = state.step(record.step) else { throw SessionError.unknownStep(record.step) }
            let input = try ConsoleInputParser.input(for: step, arguments: arguments, command: "revise")
            _ = try await runner.perform(.revise(inputID, input))
            return ["ok \(inputID) \(word("herzien", "revised"))"]
        case .withdraw(let inputID):
            _ = try await runner.perform(.withdraw(inputID))
            return ["ok \(inputID) \(word("ingetrokken", "withdrawn"))"]
        case .merge(let step, let items, let into, let text):
            _ = try await runner.perform(.merge(step: step, items: items, into: into, text: text))
            return ["ok \(into) \(word("samengevoegd", "merged")): \(items.joined(separator: " "))"]
        case .renameItem(let step, let item, let text):
            _ = try await runner.perform(.renameItem(step: step, item: item, text: text))
            return ["ok \(item) \(text)"]
        case .note(let step, let text):
            let event = try await runner.perform(.note(step: step, text: text))
            return ["ok \(word("notitie", "note")) \(event.sequence)"]
        case .pause:
            _ = try await runner.perform(.pauseTimer)
            return ["ok \(word("timer gepauzeerd", "timer paused"))"]
        case .resume:
            _ = try await runner.perform(.resumeTimer)
            return ["ok \(word("timer loopt weer", "timer running"))"]
        case .end:
            _ = try await runner.perform(.end)
            return ["ok \(word("sessie beëindigd", "session ended")) \(runner.sessionID)"]
                + timeReport(in: await runner.state, at: await runner.now())
        case .status:
            return statusReport(in: state, at: await runner.now())
        case .time:
            return ["ok \(word("tijd", "time")) \(ConsoleTime.clock(await runner.now().millisecondsSince1970))"]
                + timeReport(in: state, at: await runner.now())
        case .items(let step):
            guard state.step(step) != nil else { throw SessionError.unknownStep(step) }
            let items = state.items(for: step)
            return ["ok \(items.count) items"] + items.map { "  \($0.id)  \($0.text)" }
        case .wait(let minutes):
            guard let simulatedClock else { throw ConsoleError.waitNeedsSimulatedClock }
            var later = simulatedClock.now()
            later.millisecondsSince1970 += Int64((minutes * 60_000).rounded())
            guard later.isSupported else { throw SessionError.timeOutOfRange(later) }
            simulatedClock.advance(minutes: minutes)
            return ["ok \(word("tijd", "time")) \(ConsoleTime.clock(simulatedClock.now().millisecondsSince1970))"]
        case .help:
            return ["ok"] + ConsoleHelp.lines
        }
    }

    /// `p3` or an exact name (without regard to case).
    private func participant(_ reference: String, in state: SessionState) throws(ConsoleError) -> ParticipantID {
        if let known = state.participant(reference) { return known.id }
        if let named = state.participant(named: reference) { return named.id }
        throw .unknownParticipant(reference)
    }

    func word(_ dutch: String, _ english: String) -> String { language == .nl ? dutch : english }

    /// The engine's overrun warning for the open step, once per step.
    private func warnAboutOverrun() async {
        let state = await runner.state
        guard let open = state.openStep, !warnedOverruns.contains(open) else { return }
        let now = await runner.now()
        for warning in state.timing(at: now).warnings {
            guard case .stepOverrun(let step, _, _, _) = warning, step == open else { continue }
            warnedOverruns.insert(open)
            output.standardError(warning.rendered(in: language))
        }
    }
}
