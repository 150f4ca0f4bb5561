/// Planned against actual time, per step and for the session.
public struct SessionTiming: Sendable, Equatable {
    public var steps: [StepTiming]

    public init(steps: [StepTiming]) { self.steps = steps }

    /// Sum of the steps' planned minutes.
    public var plannedMinutes: Int { steps.reduce(0) { $0 + $1.plannedMinutes } }
    /// Sum of the steps' actual running time.
    public var actualMilliseconds: Int64 { steps.reduce(0) { $0 + $1.actualMilliseconds } }
    /// Actual time in whole minutes, rounded to the nearest.
    public var actualMinutes: Int { StepTiming.roundedMinutes(actualMilliseconds) }
    /// Steps that ran (or are running) over their planned time.
    public var overruns: [StepTiming] { steps.filter(\.isOverrun) }
    /// One warning per step over its time, the open step included.
    public var warnings: [SessionWarning] {
        overruns.map {
            .stepOverrun(
                step: $0.id, title: $0.title, plannedMinutes: $0.plannedMinutes,
                actualMinutes: Int(($0.actualMilliseconds + 59_999) / 60_000)
            )
        }
    }
}

public struct StepTiming: Sendable, Equatable {
    public var id: Step.ID
    public var title: String
    public var status: StepState.Status
    public var plannedMinutes: Int
    /// Time open, minus timer pauses.
    public var actualMilliseconds: Int64

    public init(id: Step.ID, title: String, status: StepState.Status, plannedMinutes: Int, actualMilliseconds: Int64) {
        self.id = id
        self.title = title
        self.status = status
        self.plannedMinutes = plannedMinutes
        self.actualMilliseconds = actualMilliseconds
    }

    /// Actual time in whole minutes, rounded to the nearest.
    public var actualMinutes: Int { Self.roundedMinutes(actualMilliseconds) }
    public var isOverrun: Bool { actualMilliseconds > Int64(plannedMinutes) * 60_000 }

    static func roundedMinutes(_ milliseconds: Int64) -> Int { Int((milliseconds + 30_000) / 60_000) }
}

/// Something the facilitator should know but that refuses nothing.
public enum SessionWarning: Sendable, Equatable, Hashable, Worded {
    /// `actualMinutes` counts every started minute.
    case stepOverrun(step: Step.ID, title: String, plannedMinutes: Int, actualMinutes: Int)

    /// The text in Dutch and in English (`message(in:)` picks one).
    public var wording: Wording {
        switch self {
        case .stepOverrun(let step, let title, let planned, let actual):
            (
                "stap ‘\(step)’ (\(title)) loopt uit: \(actual) minuten, gepland \(planned)",
                "step ‘\(step)’ (\(title)) is running over: \(actual) minutes, planned \(planned)"
            )
        }
    }

    /// `waarschuwing: …` as the console prints it.
    public func rendered(in language: Language = .nl) -> String {
        "\(language.warningWord): \(message(in: language))"
    }
}

extension SessionState {
    /// Planned and actual minutes as of `now` (the open step counts up to `now` unless the timer is paused).
    public func timing(at now: Timestamp) -> SessionTiming {
        guard let scenario else { return SessionTiming(steps: []) }
        let rows = zip(scenario.steps, steps).map { step, state in
            StepTiming(
                id: step.id, title: step.title, status: state.status, plannedMinutes: step.minutes,
                actualMilliseconds: state.actualMilliseconds(at: now)
            )
        }
        return SessionTiming(steps: rows)
    }
}
