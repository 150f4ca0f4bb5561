import NoaberAggregation
import NoaberCore

/// A rating: mean, median and range per item; a participant's scores beside the group mean; one row per score in
/// the raw data.
enum RateSection {
    static let name = "beoordelen"
    static let purpose = "ieder geeft elk item een score; per item volgt het gemiddelde."
}

extension GroupReportBuilder {
    mutating func rateSection(_ step: Step, _ settings: RateSettings, _ results: RateResults) {
        let rows: [[TableCell]] = zip(results.items, results.summary.items).map { item, ratings in
            [
                .text(context.redacted(item.text)), .decimal(ratings.mean, decimals: 2), .decimal(ratings.median),
                .count(ratings.minimum), .count(ratings.maximum), .count(ratings.count),
            ]
        }
        table(["Item", "Gemiddeld", "Mediaan", "Laagste", "Hoogste", "Aantal"], rows, widths: [4, 1, 1, 1, 1, 1])
    }
}

extension GroupReportBuilder {
    /// "Het hoogst beoordeeld: speeltuin (gemiddeld 3,40)."
    func rateHighlight(_ step: Step, _ results: RateResults) -> String? {
        let rated = zip(results.items, results.summary.items).compactMap { item, ratings in
            ratings.mean.map { (context.redacted(item.text), $0) }
        }
        guard let best = rated.max(by: { $0.1 < $1.1 }) else { return nil }
        let top = rated.filter { $0.1 == best.1 }.map(\.0)
        return "Het hoogst beoordeeld: \(ReportWords.list(top)) (gemiddeld \(DutchNumber.format(best.1, decimals: 2)))."
    }
}

extension PersonalReportBuilder {
    /// The participant's scores beside the group's mean per item (not in a private step).
    mutating func ratePart(_ step: Step, _ mine: [InputRecord]) {
        guard let record = mine.last, case .rate(let scores) = record.input else { return }
        let results = showsGroup(step) ? context.results[step.id]?.rate : nil
        let positions = Dictionary(
            (results?.items ?? []).enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rows: [[TableCell]] = scores.map { score in
            let own: [TableCell] = [.text(context.itemText(score.item, in: step.id)), .count(score.value)]
            guard let results else { return own }
            let group: TableCell =
                if let index = positions[score.item] {
                    results.summary.items[index].mean.map { .decimal($0, decimals: 2) } ?? .text("–")
                } else { .text("–") }
            return own + [group]
        }
        ownTable(
            ["Item", "\(context.yourLabel) score"], group: results == nil ? nil : "Groepsgemiddelde", rows,
            widths: [4, 1])
    }
}

extension RawDataSheet {
    mutating func rateColumns() {
        header += ["Item", "Score"]
        widths += [6, 2]
        for record in inputs {
            guard case .rate(let scores) = record.input else { continue }
            for score in scores { rows.append(base(record) + [item(score.item, record), .int(score.value)]) }
        }
    }
}

extension RateSection {
    /// Paper: the items with a box per scale value.
    static func form(_ settings: RateSettings, in scenario: Scenario) -> [TextBlock] {
        PaperBlocks.boxGrid(
            "Zet per item één kruisje.", items: settings.items, choices: PaperBlocks.scaleHeaders(settings.scale),
            choiceWidth: 1, in: scenario)
    }
}
