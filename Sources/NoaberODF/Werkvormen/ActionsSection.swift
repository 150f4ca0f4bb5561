import NoaberAggregation
import NoaberCore

/// Actions: what, trekker and when for the group; in a participant's report the actions they are trekker of;
/// one row per action in the raw data.
enum ActionsSection {
    static let name = "acties"
}

extension GroupReportBuilder {
    mutating func actionsSection(_ inputs: [InputRecord]) {
        let rows: [[TableCell]] = inputs.compactMap { record in
            guard case .action(let action) = record.input else { return nil }
            return [
                .text(context.redacted(action.what)), .text(context.redacted(action.owner)),
                .text(context.redacted(action.when)),
            ]
        }
        blocks.append(.table(TextTable(header: ["Wat", "Trekker", "Wanneer"], rows: rows, columnWidths: [5, 2, 2])))
    }
}

extension PersonalReportBuilder {
    /// "Acties waarvan jij trekker bent", after the steps.
    mutating func actionsClosingChapter() {
        let actions = trekkerActions()
        heading("Acties waarvan jij trekker bent", 1)
        if actions.isEmpty {
            paragraph("Je bent van geen enkele actie trekker.")
        } else {
            blocks.append(.table(TextTable(header: ["Wat", "Wanneer"], rows: actions, columnWidths: [4, 2])))
        }
    }

    /// Actions whose trekker is this participant, by name, pseudonym or display name (any case), looked up in
    /// each step's index of trekkers rather than read from every action.
    private func trekkerActions() -> [[TableCell]] {
        guard let me = context.state.participant(participant)?.participant else { return [] }
        let names = [me.name, me.pseudonym ?? "", context.state.displayName(of: participant)]
        return context.steps.flatMap { step in
            (context.results[step.id]?.actions?.actions(ownedByAnyOf: names) ?? []).map { action in
                [TableCell.text(context.redacted(action.what)), .text(context.redacted(action.when))]
            }
        }
    }
}

extension RawDataSheet {
    mutating func actionsColumns() {
        header += ["Wat", "Trekker", "Wanneer"]
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
}

extension ActionsSection {
    /// Paper: a table of actions, one per row.
    static func form(_ settings: ActionsSettings) -> [TextBlock] {
        let rows: [[TableCell]] = Array(
            repeating: [.text(""), .text(""), .text("")], count: min(settings.maxPerParticipant ?? 4, 8))
        return [.table(TextTable(header: ["Wat", "Trekker", "Wanneer"], rows: rows, columnWidths: [6, 3, 2]))]
    }
}
