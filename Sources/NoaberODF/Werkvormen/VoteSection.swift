import NoaberAggregation
import NoaberCore

/// A vote (or dots): votes and voters per item, most first; a participant's choice or dots beside all dots; one
/// row per item chosen in the raw data.
enum VoteSection {
    static let name = "stemmen"
    static let purpose = "ieder kiest een of meer items, of verdeelt stippen; per item volgt het aantal stemmen."
}

extension GroupReportBuilder {
    mutating func voteSection(_ step: Step, _ settings: VoteSettings, _ figures: VoteResults) {
        let tally = figures.tally
        let unit = figures.isDots ? "Stippen" : "Stemmen"
        let byID = Dictionary(
            zip(figures.items.map(\.id), zip(figures.items, tally.items)), uniquingKeysWith: { a, _ in a })
        // Most votes first, as the tally orders them (ties in item order).
        let rows: [[TableCell]] = tally.order.flatMap { $0 }.compactMap { id in
            byID[id].map { item, count in
                [.text(context.redacted(item.text)), .count(count.votes), .count(count.voters)]
            }
        }
        paragraph(
            "\(tally.participants) deelnemers brachten hun \(unit.lowercased()) uit"
                + (tally.blank > 0 ? "; \(tally.blank) lieten hun keuze leeg." : "."))
        table(["Item", unit, "Deelnemers"], rows, widths: [4, 1, 1])
    }
}

extension GroupReportBuilder {
    /// "De meeste stemmen: speeltuin (5)."
    func voteHighlight(_ step: Step, _ figures: VoteResults) -> String? {
        guard let first = figures.tally.order.first, !first.isEmpty,
            let index = figures.items.firstIndex(where: { $0.id == first[0] })
        else { return nil }
        let names = first.compactMap { id in figures.items.first { $0.id == id }.map { context.redacted($0.text) } }
        let unit = figures.isDots ? "stippen" : "stemmen"
        return "De meeste \(unit): \(ReportWords.list(names)) (\(figures.tally.items[index].votes))."
    }
}

extension PersonalReportBuilder {
    /// The participant's choice or dots beside the group's votes or dots per item, most first as the group report
    /// orders them; in a private step their own choice alone.
    mutating func votePart(_ step: Step, _ mine: [InputRecord]) {
        guard let record = mine.last else { return }
        func text(_ id: Item.ID) -> String { context.itemText(id, in: step.id) }
        let results = showsGroup(step) ? context.results[step.id]?.vote : nil
        switch record.input {
        case .vote(let chosen):
            guard let results else {
                paragraph("\(context.yourLabel) keuze: \(chosen.map(text).joined(separator: ", ")).")
                return
            }
            let picked = Set(chosen)
            let votes = Dictionary(
                results.tally.items.map { ($0.item, $0.votes) }, uniquingKeysWith: { first, _ in first })
            let names = Dictionary(
                results.items.map { ($0.id, context.redacted($0.text)) }, uniquingKeysWith: { first, _ in first })
            let rows: [[TableCell]] = results.tally.order.flatMap { $0 }.map { id in
                [.text(names[id] ?? id), .text(picked.contains(id) ? "gekozen" : ""), .count(votes[id] ?? 0)]
            }
            blocks.append(
                .table(
                    TextTable(
                        header: ["Item", "\(context.yourLabel) keuze", "Stemmen"], rows: rows,
                        columnWidths: [4, 1, 1])))
            paragraph("Stemmen: hoeveel deelnemers het item kozen; de meeste stemmen eerst.", .note)
        case .dots(let scores):
            let positions = Dictionary(
                (results?.items ?? []).enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            let rows: [[TableCell]] = scores.map { score in
                let own: [TableCell] = [.text(text(score.item)), .count(score.value)]
                guard let results else { return own }
                return own + [positions[score.item].map { .count(results.counts[$0]) } ?? .text("–")]
            }
            ownTable(
                ["Item", "\(context.yourLabel) stippen"], group: results == nil ? nil : "Alle stippen", rows,
                widths: [4, 1])
        default:
            return
        }
    }
}

extension RawDataSheet {
    mutating func voteColumns() {
        header += ["Item", "Stemmen"]
        widths += [6, 2]
        for record in inputs {
            switch record.input {
            case .vote(let chosen):
                for id in chosen { rows.append(base(record) + [item(id, record), .int(1)]) }
            case .dots(let scores):
                for score in scores { rows.append(base(record) + [item(score.item, record), .int(score.value)]) }
            default: continue
            }
        }
    }
}

extension VoteSection {
    /// Paper: a box per item, or a blank for the number of dots.
    static func form(_ settings: VoteSettings, in scenario: Scenario) -> [TextBlock] {
        let items = PaperBlocks.items(settings.items, in: scenario)
        let instruction: String
        let mark: String
        switch settings.mode {
        case .single: (instruction, mark) = ("Kruis één item aan.", PaperBlocks.box)
        case .multi(let max?): (instruction, mark) = ("Kruis ten hoogste \(max) items aan.", PaperBlocks.box)
        case .multi(nil): (instruction, mark) = ("Kruis de gekozen items aan.", PaperBlocks.box)
        case .dots(let dots): (instruction, mark) = ("Verdeel \(dots) stippen: schrijf bij elk item hoeveel.", "____")
        }
        var blocks: [TextBlock] = [.paragraph(instruction, style: .note)]
        if let origin = PaperBlocks.itemOrigin(settings.items, in: scenario) { blocks.append(origin) }
        let rows: [[TableCell]] = items.map { [.text(mark), .text($0.text), .text($0.code)] }
        blocks.append(.table(TextTable(header: ["Keuze", "Item", "Code"], rows: rows, columnWidths: [1, 6, 2])))
        return blocks
    }
}
