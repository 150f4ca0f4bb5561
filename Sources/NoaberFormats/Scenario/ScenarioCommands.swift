public import NoaberCore

/// What a command prints and how it ends, so that commands can be tested without spawning a process.
public struct CommandOutput: Sendable, Equatable {
    public var exitCode: Int32
    public var stdout: [String]
    public var stderr: [String]

    public init(exitCode: Int32 = 0, stdout: [String] = [], stderr: [String] = []) {
        self.exitCode = exitCode
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// The work of `noaber scenarios`, `noaber show` and `noaber validate`; the command files only parse arguments.
public enum ScenarioCommands {
    /// `noaber validate FILE…`: `ok FILE` on stdout per valid file, every problem on stderr; exit 1 when any fails.
    public static func validate(_ paths: [String], language: Language = .nl) -> CommandOutput {
        var output = CommandOutput()
        for path in paths {
            do {
                _ = try ScenarioLoader.load(contentsOf: path)
                output.stdout.append("ok \(path)")
            } catch {
                output.stderr += error.renderedLines(in: language)
                output.exitCode = 1
            }
        }
        return output
    }

    /// `noaber scenarios`: a table of the scenarios in `directory` and the embedded ones.
    public static func scenarios(directory: String? = ScenarioCatalog.defaultDirectory, language: Language = .nl)
        -> CommandOutput
    {
        let (entries, errors) = ScenarioCatalog.list(directory: directory)
        let header =
            switch language {
            case .nl: ["id", "titel", "doelgroep", "duur", "stappen", "bron"]
            case .en: ["id", "title", "audience", "duration", "steps", "source"]
            }
        let rows = entries.map { entry in
            let source =
                switch (entry.origin, language) {
                case (.embedded, .nl): "ingebouwd"
                case (.embedded, .en): "built in"
                default: entry.path
                }
            let scenario = entry.scenario
            return [
                scenario.id, scenario.title, scenario.audience, "\(scenario.minutes) min",
                "\(scenario.steps.count)", source,
            ]
        }
        return CommandOutput(
            exitCode: errors.isEmpty ? 0 : 1,
            stdout: TerminalTable.lines([header] + rows, rightAligned: [3, 4]),
            stderr: errors.flatMap { $0.renderedLines(in: language) }
        )
    }

    /// `noaber show SCENARIO --start 19:30`: the agenda with planned clock times.
    public static func show(
        _ name: String, start: String = "19:30", directory: String? = ScenarioCatalog.defaultDirectory,
        language: Language = .nl
    ) -> CommandOutput {
        let clock: ClockTime
        do {
            clock = try ClockTime(parsing: start)
        } catch {
            return CommandOutput(exitCode: 1, stderr: [error.rendered(in: language)])
        }
        do {
            let entry = try ScenarioCatalog.resolve(name, directory: directory)
            return CommandOutput(stdout: agenda(entry.scenario, start: clock, language: language))
        } catch {
            return CommandOutput(exitCode: 1, stderr: error.renderedLines(in: language))
        }
    }

    /// The agenda lines: a heading, then `19:30  19:40  Introductie casus (10 min, info)` per step.
    public static func agenda(_ scenario: Scenario, start: ClockTime, language: Language = .nl) -> [String] {
        var lines = [scenario.title]
        let facilitator = scenario.facilitator.title
        switch language {
        case .nl:
            lines.append(
                "\(scenario.id) · doelgroep: \(scenario.audience) · begeleider: \(facilitator) · "
                    + "\(scenario.minutes) min")
        case .en:
            lines.append(
                "\(scenario.id) · audience: \(scenario.audience) · facilitator: \(facilitator) · "
                    + "\(scenario.minutes) min")
        }
        lines.append("")
        var clock = start
        for step in scenario.steps {
            let end = clock.adding(minutes: step.minutes)
            lines.append("\(clock)  \(end)  \(step.title) (\(step.minutes) min, \(step.activity.kind.rawValue))")
            clock = end
        }
        let end = start.adding(minutes: max(scenario.minutes, scenario.plannedStepMinutes))
        switch language {
        case .nl:
            lines.append(
                "\(end)  einde (totaal \(scenario.minutes) min, waarvan \(scenario.plannedStepMinutes) min "
                    + "in stappen)")
        case .en:
            lines.append(
                "\(end)  end (total \(scenario.minutes) min, of which \(scenario.plannedStepMinutes) min "
                    + "in steps)")
        }
        return lines
    }
}
