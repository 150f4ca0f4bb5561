import NoaberAggregation
public import NoaberCore

extension Console {
    /// What the room sees when a step closes: how many gave input, and per werkvorm what came out (read from the
    /// step's `StepResults`, where every choice about a result is made).
    public func stepSummary(_ stepID: Step.ID, in state: SessionState) -> [String] {
        guard let step = state.step(stepID) else { return [] }
        let results = StepResults(step: step, in: state)
        guard let werkvorm = ConsoleWerkvormen.summary(for: results, language: language) else { return [] }
        // Those present now, and those who gave input and left since: never "7 of the 6".
        let present = Set(state.participants.filter(\.isPresent).map(\.id)).union(results.inputs.map(\.participant))
            .count
        return [
            "  "
                + word(
                    "inbreng: \(results.inputs.count) (van \(results.contributors) van de \(present) deelnemers)",
                    "inputs: \(results.inputs.count) (from \(results.contributors) of the \(present) participants)")
        ] + werkvorm
    }

    /// Planned against actual minutes per step and in total (the engine's `SessionTiming`); `+N` marks an overrun.
    public func timeReport(in state: SessionState, at now: Timestamp) -> [String] {
        let timing = state.timing(at: now)
        guard !timing.steps.isEmpty else { return [] }
        let width = timing.steps.map(\.id.count).max() ?? 0
        var lines: [String] = []
        for step in timing.steps {
            let status: String
            switch step.status {
            case .planned: status = word("gepland", "planned")
            case .open: status = word("open", "open")
            case .closed: status = word("gesloten", "closed")
            }
            let over = step.isOverrun ? "  (+\(max(0, step.actualMinutes - step.plannedMinutes)))" : ""
            lines.append(
                "  \(step.id.padding(toLength: width, withPad: " ", startingAt: 0))  "
                    + word("gepland", "planned") + " \(step.plannedMinutes) min, "
                    + word("werkelijk", "actual") + " \(step.actualMinutes) min, \(status)\(over)")
        }
        lines.append(
            "  " + word("totaal", "total") + ": " + word("gepland", "planned") + " \(timing.plannedMinutes) min, "
                + word("werkelijk", "actual") + " \(timing.actualMinutes) min")
        return lines
    }

    public func statusReport(in state: SessionState, at now: Timestamp) -> [String] {
        guard let settings = state.settings else { return ["ok"] }
        let present = state.participants.filter(\.isPresent).count
        let stateWord = state.isEnded ? word("beëindigd", "ended") : word("open", "open")
        return [
            "ok " + word("sessie", "session") + " \(settings.sessionID) (\(stateWord))",
            "  scenario: \(settings.scenario.title) (\(settings.scenario.id) \(settings.scenario.version))",
            "  " + word("deelnemers", "participants") + ": \(present) "
                + word("aanwezig", "present") + ", \(state.participants.count) " + word("totaal", "in total"),
            "  " + word("open stap", "open step") + ": " + (state.openStep ?? word("geen", "none")),
            "  " + word("inbreng", "inputs") + ": \(state.inputs.count)",
            "  " + word("tijd", "time") + ": \(ConsoleTime.clock(now.millisecondsSince1970))"
                + (state.isTimerPaused ? " (" + word("timer gepauzeerd", "timer paused") + ")" : ""),
        ]
    }
}

/// The `help` text: one line per command, as in the README; the words after `submit P STAP` come from the
/// werkvormen, wrapped at 100 columns.
enum ConsoleHelp {
    static let lines =
        [
            "  join \"naam\" [--group \"fractie\"] [--pseudonym \"schuilnaam\"]",
            "  rename P \"naam\"  |  leave P",
            "  open STAP  |  close STAP  |  reopen STAP",
        ] + submitLines(ConsoleWerkvormen.help)
        + [
            "  revise INBRENG …  |  withdraw INBRENG",
            "  merge STAP ITEM ITEM … --into ITEM [--text \"tekst\"]  |  rename-item STAP ITEM \"tekst\"",
            "  note [--step STAP] \"tekst\"",
            "  conclusie [--step STAP] \"tekst\"  |  afspraak [--step STAP] \"tekst\"  |  definitief",
            "  pause  |  resume  |  status  |  time  |  items STAP  |  wait MINUTEN (met --clock)  |  end",
        ]

    static func submitLines(_ words: [String]) -> [String] {
        let width = 100
        let indent = String(repeating: " ", count: 21)
        var lines: [String] = []
        var line = "  submit P STAP …   ("
        var empty = true
        for (index, word) in words.enumerated() {
            let piece = word + (index == words.count - 1 ? ")" : ";")
            if !empty && line.count + 1 + piece.count > width {
                lines.append(line)
                line = indent
                empty = true
            }
            line += (empty ? "" : " ") + piece
            empty = false
        }
        return lines + [line]
    }
}
