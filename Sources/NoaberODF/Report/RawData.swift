import NoaberAggregation
public import NoaberCore

/// The raw data (`gegevens.ods`) for the participation officer: a `Samenvatting` sheet, a `Deelnemers` sheet and
/// one sheet per step with inputs, one row per participant and input. A questionnaire is one row per participant
/// with a column per statement (and per theme score); a ranking one row per participant with a column per place;
/// a vote, rating or classification one row per item chosen, so that every cell holds one value.
public enum RawData {
    public static func spreadsheet(
        for state: SessionState, generator: String = ODFMetadata.defaultGenerator
    ) throws -> Spreadsheet {
        spreadsheet(context: try ReportContext(state), generator: generator)
    }

    static func spreadsheet(context: ReportContext, generator: String) -> Spreadsheet {
        var sheets = Spreadsheet(
            metadata: context.metadata(
                title: "Gegevens: \(context.scenario.title)", subject: context.scenario.summary, generator: generator))
        sheets.append(summary(context))
        sheets.append(participants(context))
        for step in context.steps where step.activity.kind != .info {
            sheets.append(sheet(for: step, context))
        }
        return sheets
    }

    private static func summary(_ context: ReportContext) -> Sheet {
        let timing = context.state.timing(at: context.end)
        var rows: [[Cell]] = [
            [
                .string("Scenario"),
                .string("\(context.scenario.title) (\(context.scenario.id), versie \(context.scenario.version))"),
            ],
            [.string("Sessie"), .string(context.settings.sessionID)],
            [.string("Begin"), .date(context.start)],
            [.string("Einde"), .date(context.end)],
            [.string("Plaats"), .string(context.settings.place)],
            [.string(context.scenario.facilitator.title.capitalisedFirst), .string(context.settings.facilitatorName)],
            [.string("Deelnemers"), .int(context.state.participants.count)],
            [.string("Schuilnamen"), .string(context.pseudonymous ? "ja" : "nee")],
            [],
            [
                .string("Onderdeel"), .string("Werkvorm"), .string("Gepland (min)"), .string("Werkelijk (min)"),
                .string("Inbreng"), .string("Deelnemers met inbreng"),
            ],
        ]
        for (step, time) in zip(context.steps, timing.steps) {
            let inputs = context.state.inputs(for: step.id)
            rows.append([
                .string(step.title), .string(ReportContext.activityName(step.activity.kind)), .int(time.plannedMinutes),
                .int(time.actualMinutes), .int(inputs.count), .int(Set(inputs.map(\.participant)).count),
            ])
        }
        return Sheet(
            name: "Samenvatting", header: ["Gegeven", "Waarde"], rows: rows, columnWidths: [5, 6, 3, 3, 2, 3])
    }

    private static func participants(_ context: ReportContext) -> Sheet {
        let rows: [[Cell]] = context.state.participants.enumerated().map { index, state in
            [
                .int(index + 1), .string(context.displayName(state.id)), .string(context.groupName(state.participant)),
                .date(state.joinedAt), state.leftAt.map(Cell.date) ?? .empty,
            ]
        }
        return Sheet(
            name: "Deelnemers", header: ["Nr", "Deelnemer", "Groep", "Binnen", "Vertrokken"], rows: rows,
            columnWidths: [1.2, 5, 3.5, 4, 4])
    }

    private static func sheet(for step: Step, _ context: ReportContext) -> Sheet {
        let inputs = context.state.inputs(for: step.id)
        let common = ["Deelnemer", "Ingediend"]
        func base(_ record: InputRecord) -> [Cell] {
            [.string(context.displayName(record.participant)), .date(record.revisedAt ?? record.submittedAt)]
        }
        func item(_ id: Item.ID, _ record: InputRecord) -> Cell {
            .string(context.itemText(id, in: step.id, participant: record.participant))
        }
        var header: [String]
        var rows: [[Cell]] = []
        var widths: [Double] = [4, 4]
        switch step.activity {
        case .info, .brainstorm:
            header = common + ["Idee"]
            widths.append(10)
            for record in inputs {
                if case .brainstorm(let text) = record.input {
                    rows.append(base(record) + [.string(context.redacted(text))])
                }
            }
        case .open:
            header = common + ["Vraag", "Antwoord"]
            widths += [5, 12]
            for record in inputs {
                guard case .open(let id, let text) = record.input else { continue }
                rows.append(base(record) + [id.map { item($0, record) } ?? .empty, .string(context.redacted(text))])
            }
        case .roleplay:
            header = common + ["Rol", "Ronde", "Inbreng"]
            widths += [4, 1.5, 12]
            for record in inputs {
                guard case .roleplay(let role, let round, let text) = record.input else { continue }
                rows.append(base(record) + [item(role, record), .int(round), .string(context.redacted(text))])
            }
        case .likert(let settings):
            // One row per participant, one column per statement (raw answer), then the theme scores: the shape a
            // pivot table or a statistics package wants.
            let statements = settings.statements
            header =
                common + statements.map { "\($0.id): \($0.text)\($0.reversed ? " (omgekeerd)" : "")" }
                + settings.themes.map { "Score \($0.title)" }
            widths += statements.map { _ in 2.5 } + settings.themes.map { _ in 2.5 }
            let figures = context.results[step.id]?.likert
            var latest: [ParticipantID: InputRecord] = [:]
            for record in inputs { latest[record.participant] = record }
            for participant in context.state.participants.map(\.id) {
                guard let record = latest[participant], let answers = figures?.answers[participant] else { continue }
                let cells: [Cell] = statements.map { answers[$0.id].map(Cell.int) ?? .empty }
                let scores: [Cell] = (figures?.themes ?? []).map { $0.score(of: participant).map(Cell.float) ?? .empty }
                rows.append(base(record) + cells + scores)
            }
        case .rank:
            // One row per participant: the items in their order, place 1 first.
            let count = context.state.items(for: step.id).count
            header = common + (0..<count).map { "Plaats \($0 + 1)" }
            widths += (0..<count).map { _ in 4 }
            for record in inputs {
                guard case .rank(let order) = record.input else { continue }
                rows.append(base(record) + order.map { item($0, record) })
            }
        case .rate, .vote:
            let isVote = if case .vote = step.activity { true } else { false }
            header = common + ["Item", isVote ? "Stemmen" : "Score"]
            widths += [6, 2]
            for record in inputs {
                switch record.input {
                case .vote(let chosen):
                    for id in chosen { rows.append(base(record) + [item(id, record), .int(1)]) }
                case .dots(let scores), .rate(let scores):
                    for score in scores { rows.append(base(record) + [item(score.item, record), .int(score.value)]) }
                default: continue
                }
            }
        case .classify(let settings):
            header = common + ["Item", "Categorie"]
            widths += [6, 4]
            for record in inputs {
                guard case .classify(let placements) = record.input else { continue }
                for placement in placements {
                    let category = settings.categories.first { $0.id == placement.category }?.text ?? placement.category
                    rows.append(base(record) + [item(placement.item, record), .string(category)])
                }
            }
        case .actions:
            header = common + ["Wat", "Trekker", "Wanneer"]
            widths += [10, 4, 4]
            for record in inputs {
                guard case .action(let action) = record.input else { continue }
                rows.append(
                    base(record) + [
                        .string(context.redacted(action.what)), .string(context.redacted(action.owner)),
                        .string(context.redacted(action.when)),
                    ])
            }
        }
        return Sheet(name: step.title, header: header, rows: rows, columnWidths: widths)
    }
}
