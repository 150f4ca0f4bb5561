import NoaberAggregation
import NoaberCore

/// Actions: wat, trekker, met wie and wanneer, for the group under "Conclusies en afspraken"; in a participant's
/// report the actions they are trekker of; one row per action in the raw data. A trekker that names a participant
/// (`p3`, the full name) is printed as that participant's name in the report (the pseudonym where pseudonymous).
enum ActionsSection {
    static let name = "acties"
    static let purpose = "de deelnemers leggen vast wat er gaat gebeuren, wie het trekt, met wie en wanneer."
}

extension ReportContext {
    /// The trekker as a report prints it: the linked participant's name, else the text as typed (redacted).
    func trekkerName(_ action: Action, linked participant: ParticipantID?) -> String {
        participant.map(displayName) ?? redacted(action.owner)
    }

    /// "1 maart 2027" for a typed date, else what was typed.
    func whenText(_ action: Action) -> String { ODFDate.dutchDate(typed: action.when) ?? redacted(action.when) }
}

extension GroupReportBuilder {
    /// The step's own chapter points to the table under "Conclusies en afspraken" rather than printing it twice.
    mutating func actionsSection(_ inputs: [InputRecord]) {
        paragraph("De acties staan met trekker, met wie en wanneer in het overzicht onder Conclusies en afspraken.")
    }

    /// "4 deelnemers legden 5 acties vast, met 4 trekkers."
    func actionsHighlight(_ step: Step) -> String? {
        guard let results = context.results[step.id]?.actions, !results.actions.isEmpty else { return nil }
        let people = Set(context.state.inputs(for: step.id).map(\.participant)).count
        return "\(Self.counted(people, "deelnemer legde", "deelnemers legden")) "
            + "\(Self.counted(results.actions.count, "actie", "acties")) vast, met "
            + "\(Self.counted(results.trekkerKeys.count, "trekker", "trekkers"))."
    }

    func actionsYield(_ step: Step) -> ReportYield {
        guard let results = context.results[step.id]?.actions else { return ReportYield() }
        return ReportYield(actions: results.actions.count, trekkers: results.trekkerKeys)
    }

    /// Every action of `steps` in one table: wat, trekker, met wie, wanneer.
    mutating func actionsTable(_ steps: [Step]) {
        var rows: [[TableCell]] = []
        for step in steps {
            guard let results = context.results[step.id]?.actions else { continue }
            for (action, trekker) in zip(results.actions, results.trekkers) {
                rows.append([
                    .text(context.redacted(action.what)), .text(context.trekkerName(action, linked: trekker)),
                    .text(action.with.isEmpty ? "–" : context.redacted(action.with)), .text(context.whenText(action)),
                ])
            }
        }
        guard !rows.isEmpty else {
            paragraph("Er zijn geen acties vastgelegd.")
            return
        }
        table(["Wat", "Trekker", "Met wie", "Wanneer"], rows, widths: [5, 2, 2, 2])
    }
}

extension PersonalReportBuilder {
    /// "Acties waarvan u trekker bent" (or "je"), after the steps; only when the scenario collects actions.
    mutating func actionsClosingChapter() {
        let steps = context.steps.filter { $0.activity.kind == .actions }
        guard !steps.isEmpty else { return }
        let rows: [[TableCell]] = steps.flatMap { step in
            (context.results[step.id]?.actions?.actions(of: participant) ?? []).map { action in
                [
                    TableCell.text(context.redacted(action.what)),
                    .text(action.with.isEmpty ? "–" : context.redacted(action.with)), .text(context.whenText(action)),
                ]
            }
        }
        let address = context.address
        heading(address.say(u: "Acties waarvan u trekker bent", je: "Acties waarvan je trekker bent"), 1)
        if rows.isEmpty {
            paragraph(
                address.say(
                    u: "U bent van geen van de afgesproken acties trekker.",
                    je: "Je bent van geen van de afgesproken acties trekker."))
        } else {
            blocks.append(
                .table(TextTable(header: ["Wat", "Met wie", "Wanneer"], rows: rows, columnWidths: [4, 2, 2])))
        }
    }
}

extension RawDataSheet {
    mutating func actionsColumns() {
        header += ["Wat", "Trekker", "Met wie", "Wanneer"]
        widths += [10, 4, 4, 4]
        for record in inputs {
            guard case .action(let action) = record.input else { continue }
            rows.append(
                base(record) + [
                    .string(context.redacted(action.what)), .string(context.redacted(action.owner)),
                    .string(context.redacted(action.with)), .string(context.redacted(action.when)),
                ])
        }
    }
}

extension ActionsSection {
    /// Paper: a table of actions, one per row.
    static func form(_ settings: ActionsSettings) -> [TextBlock] {
        let rows: [[TableCell]] = Array(
            repeating: [.text(""), .text(""), .text(""), .text("")], count: min(settings.maxPerParticipant ?? 4, 8))
        return [
            .table(
                TextTable(header: ["Wat", "Trekker", "Met wie", "Wanneer"], rows: rows, columnWidths: [6, 3, 3, 2]))
        ]
    }
}
