import NoaberAggregation
import NoaberCore

/// `likert`: one radio group per statement (`stelling_ID`), grouped by theme; the scale's labels with the values.
enum LikertPage {
    static func context(
        _ settings: LikertSettings, step: Step, state: SessionState, participant: ParticipantID
    ) -> [String: Any] {
        let given = answers(step: step, state: state, participant: participant)
        let themes = settings.themes.map { theme -> [String: Any] in
            [
                "titel": theme.title,
                "stellingen": theme.statements.map { statement -> [String: Any] in
                    [
                        "id": statement.id, "tekst": statement.text,
                        "waarden": ScaleOptions.values(
                            settings.scale, field: "stelling_\(statement.id)", checked: given[statement.id]),
                    ]
                },
            ]
        }
        return ["themas": themes]
    }

    /// The answers the participant gave so far, by statement.
    static func answers(step: Step, state: SessionState, participant: ParticipantID) -> [String: Int] {
        var given: [String: Int] = [:]
        for record in state.inputs(for: step.id) where record.participant == participant {
            if case .likert(let answers) = record.input {
                for answer in answers { given[answer.statement] = answer.value }
            }
        }
        return given
    }

    /// The answered statements: a new input for a participant without one, else a revision of their latest
    /// (statements another of their inputs holds stay there).
    static func commands(
        _ settings: LikertSettings, step: Step, form: RoomForm, state: SessionState, participant: ParticipantID
    ) throws(RoomError) -> [SessionCommand] {
        let own = state.inputs(for: step.id).filter { $0.participant == participant }
        let latest = own.last
        var elsewhere: Set<String> = []
        for record in own.dropLast() {
            if case .likert(let answers) = record.input { elsewhere.formUnion(answers.map(\.statement)) }
        }
        var answers: [LikertAnswer] = []
        for statement in settings.statements where !elsewhere.contains(statement.id) {
            guard let value = try form.number("stelling_\(statement.id)") else { continue }
            guard settings.scale.contains(value) else { throw .invalidField("stelling_\(statement.id)") }
            answers.append(LikertAnswer(statement: statement.id, value: value))
        }
        guard !answers.isEmpty else { throw .invalidField("antwoord") }
        if let latest { return [.revise(latest.id, .likert(answers))] }
        return [.submit(participant: participant, step: step.id, input: .likert(answers))]
    }

    static func summary(_ answers: [LikertAnswer], settings: LikertSettings) -> String {
        let count = answers.count
        return count == 1 ? "1 stelling beantwoord" : "\(count) stellingen beantwoord"
    }
}

/// Radio buttons for the values of a scale, with the scale's label where it has one.
enum ScaleOptions {
    static func values(_ scale: Scale, field: String, checked: Int?) -> [[String: Any]] {
        (scale.min...max(scale.min, scale.max)).map { value in
            let label = scale.label(for: value).map { "\(value) – \($0)" } ?? "\(value)"
            return [
                "veld": field, "waarde": value, "label": label, "gekozen": value == checked, "id": "\(field)-\(value)",
            ]
        }
    }
}

extension LikertPage {
    /// The projector: each theme's group mean as a bar on the scale, with the source's interpretation in words.
    static func projection(_ results: LikertResults) -> ProjectorResults {
        let scale = results.settings.scale
        let span = Double(max(1, scale.max - scale.min))
        let bars = results.themes.compactMap { theme -> ProjectorResults.Bar? in
            guard let mean = theme.groupMean else { return nil }
            let words = theme.interpretation(mean)
            return ProjectorResults.Bar(
                label: theme.theme.title,
                value: "gemiddeld \(ProjectorResults.number(mean)) op \(scale.min)–\(scale.max)"
                    + (words.isEmpty ? "" : ": \(words)"),
                fraction: (mean - Double(scale.min)) / span)
        }
        let count = results.respondents
        return ProjectorResults(
            sentences: ["\(count) \(count == 1 ? "deelnemer heeft" : "deelnemers hebben") de vragen beantwoord."],
            barsCaption: "Score per thema", bars: bars)
    }
}
