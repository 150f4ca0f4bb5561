public import NoaberCore

/// The raw data (`gegevens.ods`) for the participation officer: a `Samenvatting` sheet, a `Deelnemers` sheet and
/// one sheet per step with inputs, laid out by its werkvorm (`Werkvormen/<Kind>Section.swift`) so that every cell
/// holds one value.
public enum RawData {
    public static func spreadsheet(
        for state: SessionState, generator: String = ODFMetadata.defaultGenerator
    ) throws -> Spreadsheet {
        spreadsheet(context: try ReportContext(state), generator: generator)
    }

    static func spreadsheet(context: ReportContext, generator: String) -> Spreadsheet {
        // Private steps' answers are withheld: the summary counts them, no sheet shows them.
        let context = context.withholdingPrivateSteps()
        var sheets = Spreadsheet(
            metadata: context.metadata(
                title: "Gegevens: \(context.scenario.title)", subject: context.scenario.summary, generator: generator))
        sheets.append(summary(context))
        sheets.append(participants(context))
        for step in context.steps where step.activity.kind != .info && context.withheld[step.id] == nil {
            var sheet = RawDataSheet(context: context, step: step)
            sheet.fill(step)
            sheets.append(
                Sheet(
                    name: step.title, header: sheet.header, ids: sheet.ids, rows: sheet.rows,
                    columnWidths: sheet.widths))
            for extra in sheet.werkvormSheets() { sheets.append(extra) }
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
            [.string(context.scenario.facilitator.title.capitalisedFirst), .string(context.facilitatorName)],
            [.string("Deelnemers"), .int(context.state.participants.count)],
            [.string("Schuilnamen"), .string(context.pseudonymous ? "ja" : "nee")],
            [],
            [
                .string("Onderdeel"), .string("Werkvorm"), .string("Gepland (min)"), .string("Werkelijk (min)"),
                .string("Inbreng"), .string("Deelnemers met inbreng"), .string("Persoonlijk"),
            ],
        ]
        for (step, time) in zip(context.steps, timing.steps) {
            let inputs = context.state.inputs(for: step.id)
            rows.append([
                .string(step.title), .string(step.activity.kind.dutchName), .int(time.plannedMinutes),
                .int(time.actualMinutes), .int(inputs.count), .int(Set(inputs.map(\.participant)).count),
                .string(step.isPrivate ? "ja, alleen aantallen" : "nee"),
            ])
        }

        return Sheet(
            name: "Samenvatting", header: ["Gegeven", "Waarde"], rows: rows, columnWidths: [5, 7, 3, 3, 2, 3, 4])
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
}

/// One step's sheet of the raw data: who and when, then the werkvorm's columns (`Werkvormen/<Kind>Section.swift`),
/// so that every cell holds one value.
struct RawDataSheet {
    let context: ReportContext
    let step: Step
    let inputs: [InputRecord]
    var header = ["Deelnemer", "Ingediend"]
    /// The ids of what the columns hold, in a header row of their own (empty: no such row).
    var ids: [String] = []
    var widths: [Double] = [4, 4]
    var rows: [[Cell]] = []

    init(context: ReportContext, step: Step) {
        self.context = context
        self.step = step
        inputs = context.inputs(for: step.id)
    }

    /// The cells every row starts with: the participant as shown and when the input was last given.
    func base(_ record: InputRecord) -> [Cell] {
        [.string(context.displayName(record.participant)), .date(record.revisedAt ?? record.submittedAt)]
    }

    /// An item of the step as the participant saw it.
    func item(_ id: Item.ID, _ record: InputRecord) -> Cell {
        .string(context.itemText(id, in: step.id, participant: record.participant))
    }
}
