// Dispatch registry: one case per werkvorm, each forwarding to <Kind>Page.swift; see README "Adding a werkvorm".
import NoaberAggregation
import NoaberCore

enum RoomWerkvormen {
    /// The template of the step's form (`Templates/<kind>.mustache`); nil for a step that takes no input.
    static func template(for step: Step) -> String? {
        step.activity.kind == .info ? nil : step.activity.kind.rawValue
    }

    /// The values of the step's form for this participant (their current answer filled in).
    static func context(for step: Step, state: SessionState, participant: ParticipantID) -> [String: Any] {
        switch step.activity {
        case .info(let settings): ["alinea": settings.paragraphs]
        case .brainstorm(let settings): BrainstormPage.context(settings, step: step, state: state)
        case .open(let settings): OpenPage.context(settings, step: step, state: state, participant: participant)
        case .roleplay(let settings):
            RoleplayPage.context(settings, step: step, state: state, participant: participant)
        case .likert(let settings): LikertPage.context(settings, step: step, state: state, participant: participant)
        case .rank(let settings): RankPage.context(settings, step: step, state: state, participant: participant)
        case .rate(let settings): RatePage.context(settings, step: step, state: state, participant: participant)
        case .vote(let settings): VotePage.context(settings, step: step, state: state, participant: participant)
        case .classify(let settings):
            ClassifyPage.context(settings, step: step, state: state, participant: participant)
        case .actions(let settings): ActionsPage.context(settings)
        }
    }

    /// The length limit of each field the step's form has (others get `RoomForm.defaultFieldLimit`).
    static func limits(for step: Step, state: SessionState) -> [String: Int] {
        switch step.activity {
        case .brainstorm: BrainstormPage.limits
        case .open(let settings): OpenPage.limits(settings, step: step, state: state)
        case .roleplay: RoleplayPage.limits
        case .actions: ActionsPage.limits
        case .info, .likert, .rank, .rate, .vote, .classify: [:]
        }
    }

    /// The commands a posted form asks for: a submission, or the revision of the answer a participant has for a
    /// kind answered once.
    static func commands(
        for step: Step, form: RoomForm, state: SessionState, participant: ParticipantID
    ) throws(RoomError) -> [SessionCommand] {
        let input: Input
        switch step.activity {
        case .info: throw .refused(.stepTakesNoInput(step.id))
        case .open(let settings):
            return try OpenPage.commands(settings, step: step, form: form, state: state, participant: participant)
        case .likert(let settings):
            return try LikertPage.commands(settings, step: step, form: form, state: state, participant: participant)
        case .brainstorm, .roleplay, .actions:
            input = try revision(for: step, form: form, state: state, participant: participant)
            return [.submit(participant: participant, step: step.id, input: input)]
        case .rank, .rate, .vote, .classify:
            input = try revision(for: step, form: form, state: state, participant: participant)
        }
        if let existing = state.inputs(for: step.id).first(where: { $0.participant == participant }) {
            return [.revise(existing.id, input)]
        }
        return [.submit(participant: participant, step: step.id, input: input)]
    }

    /// The input a form stands for (a new one, or the new content of one being revised).
    static func revision(
        for step: Step, form: RoomForm, state: SessionState, participant: ParticipantID, revising: InputRecord? = nil
    ) throws(RoomError) -> Input {
        switch step.activity {
        case .info: throw .refused(.stepTakesNoInput(step.id))
        case .brainstorm: return try BrainstormPage.input(form)
        case .open(let settings):
            guard case .open(let item, _)? = revising?.input else { throw .invalidField("antwoord") }
            let field = item.map { "tekst_\($0)" } ?? "tekst"
            return .open(item: item, text: try form.required(field, limit: settings.maxLength))
        case .roleplay(let settings):
            if case .roleplay(let role, let round, _)? = revising?.input {
                return .roleplay(
                    role: role, round: round, text: try form.required("tekst", limit: TextField.text.limit))
            }
            return try RoleplayPage.input(settings, step: step, form: form, state: state, participant: participant)
        case .likert(let settings):
            guard case .likert(let old)? = revising?.input else { throw .invalidField("antwoord") }
            var answers: [LikertAnswer] = []
            for answer in old {
                let value = try form.number("stelling_\(answer.statement)") ?? answer.value
                guard settings.scale.contains(value) else { throw .invalidField("stelling_\(answer.statement)") }
                answers.append(LikertAnswer(statement: answer.statement, value: value))
            }
            return .likert(answers)
        case .rank(let settings):
            return try RankPage.input(settings, step: step, form: form, state: state, participant: participant)
        case .rate(let settings):
            return try RatePage.input(settings, step: step, form: form, state: state, participant: participant)
        case .vote(let settings):
            return try VotePage.input(settings, step: step, form: form, state: state, participant: participant)
        case .classify(let settings):
            return try ClassifyPage.input(settings, step: step, form: form, state: state, participant: participant)
        case .actions: return try ActionsPage.input(form)
        }
    }

    /// One line for an input in the participant's own list.
    static func summary(of record: InputRecord, step: Step, state: SessionState) -> String {
        switch (step.activity, record.input) {
        case (_, .brainstorm(let text)): BrainstormPage.summary(text)
        case (_, .open(let item, let text)): OpenPage.summary(item: item, text: text, step: step, state: state)
        case (_, .roleplay(let role, let round, let text)):
            RoleplayPage.summary(role: role, round: round, text: text, step: step, state: state)
        case (.likert(let settings), .likert(let answers)): LikertPage.summary(answers, settings: settings)
        case (_, .rank(let order)): RankPage.summary(order, step: step, state: state)
        case (_, .rate(let scores)): RatePage.summary(scores, step: step, state: state)
        case (_, .vote), (_, .dots): VotePage.summary(record.input, step: step, state: state)
        case (.classify(let settings), .classify(let placements)):
            ClassifyPage.summary(placements, settings: settings, step: step, state: state)
        case (_, .action(let action)): ActionsPage.summary(action)
        default: ""
        }
    }

    /// The fields of the small edit form beside an input of a kind taken several times (nil: the step's own form
    /// revises it).
    static func editFields(of record: InputRecord) -> [String: Any]? {
        switch record.input {
        case .brainstorm(let text): BrainstormPage.editFields(text)
        case .roleplay(_, _, let text): ["tekst": text, "limiet": TextField.text.limit, "meerdere": true, "lang": true]
        case .action(let action): ActionsPage.editFields(action)
        default: nil
        }
    }
}

extension RoomWerkvormen {
    /// Whether the step collects items during the session (they can be merged and renamed).
    static func collectsItems(_ step: Step) -> Bool {
        if case .brainstorm = step.activity { true } else { false }
    }
}

extension RoomWerkvormen {
    /// The step's results for the projector; empty for a werkvorm whose answers stay personal (open answers,
    /// role-play notes), where the projector shows only how many answered.
    static func projection(of results: StepResults, state: SessionState) -> ProjectorResults {
        switch results.aggregate {
        case .rank(let aggregate): RankPage.projection(aggregate)
        case .likert(let aggregate): LikertPage.projection(aggregate)
        case .vote(let aggregate): VotePage.projection(aggregate)
        case .rate(let aggregate): RatePage.projection(aggregate)
        case .classify(let aggregate): ClassifyPage.projection(aggregate)
        case .actions(let aggregate): ActionsPage.projection(aggregate)
        case .none:
            if case .brainstorm = results.step.activity {
                BrainstormPage.projection(results.items)
            } else {
                ProjectorResults()
            }
        }
    }
}
