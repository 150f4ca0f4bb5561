import NoaberCore

/// An open question: every answer (with its question when the step asks per item); a participant's own answers;
/// one row per answer in the raw data.
enum OpenSection {
    static let name = "open vraag"
}

extension GroupReportBuilder {
    mutating func openSection(_ step: Step, _ settings: OpenSettings, _ inputs: [InputRecord]) {
        var rows: [[TableCell]] = []
        for record in inputs {
            guard case .open(let item, let text) = record.input else { continue }
            let question = item.map { context.itemText($0, in: step.id, participant: record.participant) } ?? ""
            rows.append([
                .text(context.displayName(record.participant)), .text(question), .text(context.redacted(text)),
            ])
        }
        if settings.items == nil {
            blocks.append(
                .table(
                    TextTable(
                        header: ["Deelnemer", "Antwoord"], rows: rows.map { [$0[0], $0[2]] }, columnWidths: [1, 3])))
        } else {
            blocks.append(
                .table(TextTable(header: ["Deelnemer", "Vraag", "Antwoord"], rows: rows, columnWidths: [2, 2, 4])))
        }
    }
}

extension PersonalReportBuilder {
    mutating func openPart(_ step: Step, _ mine: [InputRecord]) {
        for record in mine {
            guard case .open(let item, let text) = record.input else { continue }
            if let item { heading(context.itemText(item, in: step.id, participant: participant), 2) }
            paragraph(context.redacted(text))
        }
    }
}

extension RawDataSheet {
    mutating func openColumns() {
        header += ["Vraag", "Antwoord"]
        widths += [5, 12]
        for record in inputs {
            guard case .open(let id, let text) = record.input else { continue }
            rows.append(base(record) + [id.map { item($0, record) } ?? .empty, .string(context.redacted(text))])
        }
    }
}
