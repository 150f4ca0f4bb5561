import NoaberAggregation
import NoaberCore

/// A classification: how often each item was placed in each category; a participant's own placements; one row
/// per placement in the raw data.
enum ClassifySection {
    static let name = "indelen"
    static let purpose = "ieder plaatst elk item in een categorie; per item volgt hoe vaak elke categorie is gekozen."
}

extension GroupReportBuilder {
    mutating func classifySection(_ step: Step, _ settings: ClassifySettings, _ figures: ClassifyResults) {
        let rows: [[TableCell]] = zip(figures.items, figures.matrix.rows).map { item, row in
            [.text(context.redacted(item.text))] + row.counts.map { .count($0) } + [.count(row.unplaced)]
        }
        paragraph("Hoe vaak elk item in elke categorie is geplaatst.")
        table(
            ["Item"] + figures.categories.map(\.text) + ["Niet geplaatst"], rows,
            widths: [4] + figures.categories.map { _ in 2 } + [2])
    }
}

extension PersonalReportBuilder {
    mutating func classifyPart(_ step: Step, _ settings: ClassifySettings, _ mine: [InputRecord]) {
        guard let record = mine.last, case .classify(let placements) = record.input else { return }
        let rows: [[TableCell]] = placements.map { placement in
            [
                .text(context.itemText(placement.item, in: step.id)),
                .text(settings.categories.first { $0.id == placement.category }?.text ?? placement.category),
            ]
        }
        blocks.append(
            .table(TextTable(header: ["Item", "\(context.yourLabel) indeling"], rows: rows, columnWidths: [3, 2])))
    }
}

extension RawDataSheet {
    mutating func classifyColumns(_ settings: ClassifySettings) {
        header += ["Item", "Categorie"]
        widths += [6, 4]
        for record in inputs {
            guard case .classify(let placements) = record.input else { continue }
            for placement in placements {
                let category = settings.categories.first { $0.id == placement.category }?.text ?? placement.category
                rows.append(base(record) + [item(placement.item, record), .string(category)])
            }
        }
    }
}

extension ClassifySection {
    /// Paper: the items with a box per category.
    static func form(_ settings: ClassifySettings, in scenario: Scenario) -> [TextBlock] {
        PaperBlocks.boxGrid(
            "Kies per item één categorie.", items: settings.items,
            choices: settings.categories.map { "\($0.text) (\($0.id))" }, choiceWidth: 2, in: scenario)
    }

    /// The draaiboek's material: the categories.
    static func material(_ settings: ClassifySettings) -> [TextBlock] {
        [.paragraph("Categorieën:", style: .body), .bulletList(settings.categories.map { "\($0.text) (\($0.id))" })]
    }
}
