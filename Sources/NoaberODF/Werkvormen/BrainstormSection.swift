import NoaberCore

/// A brainstorm: the list after merging, with where each point came from; a participant's own ideas; one row per
/// idea in the raw data.
enum BrainstormSection {
    static let name = "brainstorm"
}

extension GroupReportBuilder {
    mutating func brainstormSection(_ step: Step, _ settings: BrainstormSettings, _ inputs: [InputRecord]) {
        let items = context.results[step.id]?.items ?? context.state.items(for: step.id)
        paragraph(
            "Na het samenvoegen door de \(context.scenario.facilitator.title) staan er \(items.count) punten op de lijst, uit \(inputs.count) bijdragen."
        )
        guard !items.isEmpty else { return }
        let counts = context.state.contributionCounts(for: step.id)
        // A seeded example with no ideas merged into it counts 0 contributions; saying where it came from keeps
        // that 0 from reading as "nobody thought of it".
        let seeded = Set(settings.examples.map(\.id))
        let rows: [[TableCell]] = items.map { item in
            [
                .text(context.redacted(item.text)), .text(seeded.contains(item.id) ? "voorbeeld" : "ingebracht"),
                .count(counts[item.id] ?? 0),
            ]
        }
        blocks.append(
            .table(TextTable(header: ["Punt", "Herkomst", "Bijdragen"], rows: rows, columnWidths: [4, 2, 1])))
    }
}

extension PersonalReportBuilder {
    mutating func brainstormPart(_ mine: [InputRecord]) {
        let ideas = mine.compactMap {
            if case .brainstorm(let text) = $0.input { context.redacted(text) } else { nil }
        }
        guard !ideas.isEmpty else { return }
        paragraph("Jouw bijdragen:")
        blocks.append(.bulletList(ideas))
    }
}

extension RawDataSheet {
    mutating func brainstormColumns() {
        header.append("Idee")
        widths.append(10)
        for record in inputs {
            if case .brainstorm(let text) = record.input {
                rows.append(base(record) + [.string(context.redacted(text))])
            }
        }
    }
}

extension BrainstormSection {
    /// Paper: numbered lines, one idea per line.
    static func form(_ settings: BrainstormSettings) -> [TextBlock] {
        let lines = min(settings.maxPerParticipant ?? 8, 12)
        return [.paragraph("Schrijf één idee per regel.", style: .note)]
            + PaperBlocks.writingLines(lines, numbered: true)
    }

    /// The draaiboek's material: the examples the facilitator may give.
    static func material(_ settings: BrainstormSettings) -> [TextBlock] {
        settings.examples.isEmpty
            ? [] : [.paragraph("Voorbeelden:", style: .body), .bulletList(settings.examples.map(\.text))]
    }
}
