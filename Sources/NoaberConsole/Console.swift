public import NoaberCore
public import NoaberSession

/// The facilitator console: reads console lines, turns them into session commands, and prints `ok …` only after
/// the runner has committed the event. Shared by `noaber run`, `noaber resume`, `noaber demo` and the tests; what a
/// command created (a participant, an input, an item) is read from the event the runner returns, so that several
/// consoles on one runner each name their own.
public final class Console {
    public let runner: SessionRunner
    /// Present only with `--clock`: then `wait` moves time, and nothing else does.
    public let simulatedClock: SimulatedClock?
    public let language: Language
    public let output: ConsoleOutput
    /// Steps whose overrun has been reported already, so the warning is printed once per step.
    private var warnedOverruns: Set<Step.ID> = []

    public init(runner: SessionRunner, simulatedClock: SimulatedClock?, language: Language, output: ConsoleOutput) {
        self.runner = runner
        self.simulatedClock = simulatedClock
        self.language = language
        self.output = output
    }

    /// Runs lines until they run out. In a script (`scriptName` set) a refused line stops the run unless
    /// `keepGoing`; the result is the exit status: 0, or 1 when any line was refused.
    public func run(
        lines: some Sequence<Result<String, ConsoleError>>, scriptName: String?, keepGoing: Bool
    ) async -> Int32 {
        var iterator = lines.makeIterator()
        return await run(reading: { iterator.next() }, scriptName: scriptName, keepGoing: keepGoing)
    }

    /// Runs lines from `next` until it returns `nil`; `next` may wait (a line editor that first asks the runner
    /// for the state to complete against).
    public func run(
        reading next: () async -> Result<String, ConsoleError>?, scriptName: String?, keepGoing: Bool
    ) async -> Int32 {
        var status: Int32 = 0
        var offset = 0
        while let line = await next() {
            defer { offset += 1 }
            do throws(ConsoleLineError) {
                let text: String
                switch line {
                case .success(let read): text = read
                case .failure(let unreadable): throw .notUnderstood(unreadable)
                }
                for printed in try await execute(line: text) { output.standardOutput(printed) }
                await warnAboutOverrun()
            } catch {
                output.standardError(render(error, scriptName: scriptName, line: offset + 1))
                status = 1
                if scriptName != nil && !keepGoing { return 1 }
            }
        }
        return status
    }

    /// Runs lines that were read without fault (a script checked whole, a test's lines).
    public func run(lines: some Sequence<String>, scriptName: String?, keepGoing: Bool) async -> Int32 {
        await run(lines: lines.lazy.map { .success($0) }, scriptName: scriptName, keepGoing: keepGoing)
    }

    /// `SCRIPT:LINE: fout: …` in a script, `fout: …` at the prompt.
    public func render(_ error: ConsoleLineError, scriptName: String?, line: Int) -> String {
        let text = error.rendered(in: language)
        guard let scriptName else { return text }
        return "\(SourceLocation(file: scriptName, line: line)): \(text)"
    }

    /// Parses and executes one line; no output for an empty or comment line.
    public func execute(line: String) async throws(ConsoleLineError) -> [String] {
        let command: ConsoleCommand?
        do throws(ConsoleError) {
            command = try ConsoleCommand.parse(line)
        } catch {
            throw .notUnderstood(error)
        }
        guard let command else { return [] }
        return try await execute(command)
    }

    /// Executes one command; the first line returned starts with `ok`.
    public func execute(_ command: ConsoleCommand) async throws(ConsoleLineError) -> [String] {
        let state = await runner.state
        switch command {
        case .session(let command):
            return try await run(command)
        case .rename(let reference, let name):
            return try await run(.rename(try participant(reference, in: state), name: name))
        case .leave(let reference):
            return try await run(.leave(try participant(reference, in: state)))
        case .submit(let reference, let stepID, let arguments):
            let id = try participant(reference, in: state)
            guard let step = state.step(stepID) else { throw .refused(.unknownStep(stepID)) }
            let input = try ConsoleInputParser.input(for: step, arguments: arguments, command: "submit")
            return try await run(.submit(participant: id, step: stepID, input: input))
        case .revise(let inputID, let arguments):
            guard let record = state.input(inputID) else { throw .refused(.unknownInput(inputID)) }
            guard let step = state.step(record.step) else { throw .refused(.unknownStep(record.step)) }
            let input = try ConsoleInputParser.input(for: step, arguments: arguments, command: "revise")
            return try await run(.revise(inputID, input))
        case .status:
            return statusReport(in: state, at: runner.now())
        case .time:
            return ["ok \(word("tijd", "time")) \(ConsoleTime.clock(runner.now().millisecondsSince1970))"]
                + timeReport(in: state, at: runner.now())
        case .items(let step):
            guard state.step(step) != nil else { throw .refused(.unknownStep(step)) }
            let items = state.items(for: step)
            return ["ok \(items.count) items"] + items.map { "  \($0.id)  \($0.text)" }
        case .wait(let minutes):
            guard let simulatedClock else { throw .notUnderstood(.waitNeedsSimulatedClock) }
            var later = simulatedClock.now
            later.millisecondsSince1970 += Int64((minutes * 60_000).rounded())
            guard later.isSupported else { throw .refused(.timeOutOfRange(later)) }
            simulatedClock.advance(minutes: minutes)
            return ["ok \(word("tijd", "time")) \(ConsoleTime.clock(simulatedClock.now.millisecondsSince1970))"]
        case .help:
            return ["ok"] + ConsoleHelp.lines
        }
    }

    /// Performs a command on the session and says what it did: the line that starts with `ok`, and for some
    /// commands what follows (the step's summary after `close`, the time report after `end`).
    private func run(_ command: SessionCommand) async throws(ConsoleLineError) -> [String] {
        let event = try await perform(command)
        switch (command, event.payload) {
        case (.join, .participantJoined(let participant)): return ["ok \(participant.id) \(participant.name)"]
        case (.rename(let id, let name), _): return ["ok \(id) \(name)"]
        case (.leave(let id), _): return ["ok \(id) \(word("vertrokken", "left"))"]
        case (.open(let step), _): return ["ok \(step) \(word("geopend", "opened"))"]
        case (.close(let step), _):
            return ["ok \(step) \(word("gesloten", "closed"))"] + stepSummary(step, in: await runner.state)
        case (.reopen(let step), _): return ["ok \(step) \(word("heropend", "reopened"))"]
        case (.submit, .inputSubmitted(let submitted)):
            // An idea that becomes an item is named, so the facilitator can merge or rename it: the item of THIS
            // input, from its event, not whatever else appeared meanwhile.
            let created = await runner.state.item(createdBy: submitted.id, in: submitted.step)
            return [(["ok", submitted.id] + (created.map { [$0] } ?? [])).joined(separator: " ")]
        case (.revise(let inputID, _), _): return ["ok \(inputID) \(word("herzien", "revised"))"]
        case (.withdraw(let inputID), _): return ["ok \(inputID) \(word("ingetrokken", "withdrawn"))"]
        case (.merge(_, let items, let into, _), _):
            return ["ok \(into) \(word("samengevoegd", "merged")): \(items.joined(separator: " "))"]
        case (.renameItem(_, let item, let text), _): return ["ok \(item) \(text)"]
        case (.note, _): return ["ok \(word("notitie", "note")) \(event.sequence)"]
        case (.record(let kind, _, _), _):
            let name = kind == .conclusion ? word("conclusie", "conclusion") : word("afspraak", "agreement")
            return ["ok \(name) \(event.sequence)"]
        case (.finalise, _): return ["ok \(word("verslag definitief", "report final"))"]
        case (.pauseTimer, _): return ["ok \(word("timer gepauzeerd", "timer paused"))"]
        case (.resumeTimer, _): return ["ok \(word("timer loopt weer", "timer running"))"]
        case (.end, _):
            return ["ok \(word("sessie beëindigd", "session ended")) \(runner.sessionID)"]
                + timeReport(in: await runner.state, at: runner.now())
        case (.showResults(let step, let shown), _):
            return [
                "ok \(step) "
                    + (shown
                        ? word("resultaten getoond", "results shown") : word("resultaten verborgen", "results hidden"))
            ]
        case (.start, _), (.join, _), (.submit, _): return ["ok"]
        }
    }

    private func perform(_ command: SessionCommand) async throws(ConsoleLineError) -> SessionEvent {
        do throws(CommandError) {
            return try await runner.perform(command)
        } catch {
            throw ConsoleLineError(error)
        }
    }

    /// `p3` or an exact name (without regard to case).
    private func participant(_ reference: String, in state: SessionState) throws(ConsoleLineError) -> ParticipantID {
        if let known = state.participant(reference) { return known.id }
        if let named = state.participant(named: reference) { return named.id }
        throw .notUnderstood(.unknownParticipant(reference))
    }

    public func word(_ dutch: String, _ english: String) -> String { language.word(dutch, english) }

    /// The engine's overrun warning for the open step, once per step.
    private func warnAboutOverrun() async {
        let state = await runner.state
        guard let open = state.openStep, !warnedOverruns.contains(open) else { return }
        let now = runner.now()
        for warning in state.timing(at: now).warnings {
            guard case .stepOverrun(let step, _, _, _) = warning, step == open else { continue }
            warnedOverruns.insert(open)
            output.standardError(warning.rendered(in: language))
        }
    }
}
