import NoaberAggregation
import NoaberCore

/// What the projector shows at one moment, as template values: the step (title and prompt), its timer, the join
/// code, how many have answered, and the results once the facilitator shows them. Built from the session state
/// alone; no participant name is read.
struct ProjectorScreen: Sendable {
    let state: SessionState
    let now: Timestamp
    let joinCode: String
    let joinURL: String

    /// The step on the screen: the open one, else the one opened last.
    var step: Step? {
        if let open = state.openStep { return state.step(open) }
        let opened = state.steps.filter { $0.openedAt != nil }
        guard
            let last = opened.max(by: {
                ($0.openedAt?.millisecondsSince1970 ?? 0) < ($1.openedAt?.millisecondsSince1970 ?? 0)
            })
        else { return nil }
        return state.step(last.id)
    }

    var context: [String: Any] {
        var values: [String: Any] = [
            "code": joinCode,
            "deelnemersurl": joinURL,
            "einde": state.isEnded,
        ]
        guard let step, let stepState = state.stepState(step.id) else {
            values["geenStap"] = true
            return values
        }
        let isOpen = stepState.status == .open
        var stepValues: [String: Any] = [
            "id": step.id, "titel": step.title, "vraag": step.prompt, "open": isOpen,
            "status": isOpen ? "Deze stap is open." : "Deze stap is gesloten.",
        ]
        stepValues["tijd"] = timer(step, stepState)
        if RoomWerkvormen.template(for: step) != nil {
            stepValues["beantwoord"] = answered(step)
        }
        if step.isPrivate {
            // A private step's answers stay with each participant (as in the group report): the screen never shows
            // them, not even summed up, whatever the facilitator asks.
            stepValues["resultaten"] = [
                "zinnen": ["Dit is een persoonlijke stap: de antwoorden blijven bij de deelnemers."]
            ]
        } else if state.shownResults.contains(step.id) {
            let projection = RoomWerkvormen.projection(of: StepResults(step: step, in: state), state: state)
            if !projection.isEmpty { stepValues["resultaten"] = projection.context }
        }
        values["stap"] = stepValues
        return values
    }

    /// Planned against elapsed, in minutes and seconds; the page's script counts on while the step runs.
    private func timer(_ step: Step, _ stepState: StepState) -> [String: Any] {
        let elapsed = stepState.actualMilliseconds(at: now)
        let planned = Int64(step.minutes) * 60_000
        let over = elapsed > planned
        return [
            "verstreken": Self.clock(elapsed), "gepland": Self.clock(planned), "overTijd": over,
            "overTijdTekst": over ? "\(Self.clock(elapsed - planned)) over tijd" : "",
            "ms": elapsed, "geplandMs": planned, "loopt": stepState.runningSince != nil,
        ]
    }

    /// "12 van de 30 deelnemers hebben geantwoord."
    private func answered(_ step: Step) -> [String: Any] {
        let answered = Set(state.inputs(for: step.id).map(\.participant)).count
        let total = state.participants.count
        let verb = answered == 1 ? "heeft" : "hebben"
        return [
            "aantal": answered, "totaal": total,
            "tekst": "\(answered) van de \(total) deelnemers \(verb) geantwoord.",
        ]
    }

    /// `mm:ss`, or `h:mm:ss` from an hour on.
    static func clock(_ milliseconds: Int64) -> String {
        let seconds = max(0, milliseconds) / 1000
        let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        let mmss = "\(minutes < 10 ? "0" : "")\(minutes):\(rest < 10 ? "0" : "")\(rest)"
        return hours > 0 ? "\(hours):\(mmss)" : mmss
    }
}
