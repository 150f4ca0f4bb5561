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
    /// The participant's category per item beside the category the group chose most often (not in a private step).
    mutating func classifyPart(_ step: Step, _ settings: ClassifySettings, _ mine: [InputRecord]) {
        guard let record = mine.last, case .classify(let placements) = record.input else { return }
        let figures = showsGroup(step) ? context.results[step.id]?.classify : nil
        let modals = Dictionary(
            (figures?.matrix.rows ?? []).map { ($0.item, $0.modal) }, uniquingKeysWith: { first, _ in first })
        let rows: [[TableCell]] = placements.map { placement in
            let own: [TableCell] = [
                .text(context.itemText(placement.item, in: step.id)),
                .text(settings.categories.first { $0.id == placement.category }?.text ?? placement.category),
            ]
            guard let figures else { return own }
            let modal = modals[placement.item] ?? []
            return own + [.text(modal.isEmpty ? "–" : ReportWords.list(modal.map(figures.categoryText)))]
        }
        ownTable(
            ["Item", "\(context.yourLabel) indeling"], group: figures == nil ? nil : "Groep", rows, widths: [3, 2],
            groupWidth: 2)
        guard figures != nil else { return }
        paragraph("Groep: de categorie die de groep voor het item het vaakst koos.", .note)
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
