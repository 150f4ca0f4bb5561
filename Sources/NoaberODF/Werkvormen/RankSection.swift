import NoaberAggregation
import NoaberCore

/// A ranking: the group's order (by the method `RankResults` decided) with every other method's beside it,
/// agreement, Borda chart and spread; a participant's own order beside the group's; one row per participant with
/// a column per place in the raw data.
enum RankSection {
    static let name = "rangschikken"
}

extension RankMethod {
    /// The method's name in a Dutch sentence ("de volgorde volgens …").
    var dutchName: String {
        switch self {
        case .kemenyYoung: "Kemeny-Young"
        case .schulze: "Schulze"
        case .borda: "Borda"
        case .copeland: "Copeland"
        case .meanRank: "gemiddelde rang"
        case .plurality: "meeste eerste plaatsen"
        case .instantRunoff: "instant-runoff"
        }
    }
}

extension GroupReportBuilder {
    /// "Waarden: bovenaan staat …", for the report's summary.
    func rankHighlight(_ step: Step) -> String? {
        guard let figures = context.results[step.id]?.rank, !figures.participants.isEmpty,
            let first = figures.order.first
        else { return nil }
        return "\(step.title): bovenaan staat \(context.redacted(figures.names(first))). "
            + figures.report.agreementSentence()
    }

    mutating func rankSection(_ step: Step, _ settings: RankSettings, _ figures: RankResults) {
        let report = figures.report
        let headline = figures.requestedMethod
        let others = RankMethod.allCases.filter { $0 != headline }
        func text(_ candidate: Int) -> String { context.redacted(figures.items[candidate].text) }
        heading("Volgorde van de groep", 2)
        paragraph(
            "\(figures.participants.count) deelnemers rangschikten. De volgorde volgens \(headline.dutchName) "
                + "staat voorop; ernaast de volgorde volgens de andere methoden.")
        var rows: [[TableCell]] = []
        for (position, group) in figures.order.enumerated() {
            for candidate in group {
                rows.append([
                    .count(position + 1), .text(text(candidate)), .decimal(report.borda.scores[candidate]),
                    .decimal(report.meanRank.scores[candidate], decimals: 2),
                ])
            }
        }
        blocks.append(
            .table(
                TextTable(
                    header: ["Plaats", "Item", "Borda-punten", "Gemiddelde rang"], rows: rows,
                    columnWidths: [1, 4, 2, 2])))
        let methodRows: [[TableCell]] = ([headline] + others).map { method in
            let tiers = method == headline ? figures.order : report.order(by: method)
            let order = tiers.enumerated().map { "\($0.offset + 1). \(context.redacted(figures.names($0.element)))" }
            let name = method.dutchName.capitalisedFirst + (method == headline ? " (gekozen)" : "")
            return [.text(name), .text(order.joined(separator: "  "))]
        }
        heading("Volgens de andere methoden", 2)
        blocks.append(.table(TextTable(header: ["Methode", "Volgorde"], rows: methodRows, columnWidths: [1, 3])))
        if figures.fellBack {
            paragraph(
                "Kemeny-Young is bij zoveel items niet exact te berekenen; de volgorde is die van Schulze.", .note)
        }
        heading("Overeenstemming", 2)
        paragraph(report.agreementSentence())
        // Borda points in the headline order: one bar per item, the winner on top.
        let order = figures.consensus
        blocks.append(
            .chart(
                BarChart(
                    title: "\(step.title): Borda-punten per item",
                    categories: order.map(text),
                    series: [.init(name: "Borda-punten", values: order.map { report.borda.scores[$0] })],
                    description: "Staafdiagram van de Borda-punten, in de volgorde van de groep: "
                        + order.map { "\(text($0)) \(DutchNumber.format(report.borda.scores[$0], decimals: 1))" }
                        .joined(separator: ", "))))
        heading("Spreiding per item", 2)
        paragraph("Welke plaatsen de deelnemers elk item gaven: laagste, kwartielen, mediaan en hoogste plaats.")
        let spreadRows: [[TableCell]] = report.spreads.map { spread in
            [
                .text(text(spread.candidate)), .decimal(spread.minimum), .decimal(spread.lowerQuartile),
                .decimal(spread.median), .decimal(spread.upperQuartile), .decimal(spread.maximum),
            ]
        }
        blocks.append(
            .table(
                TextTable(
                    header: ["Item", "Hoogste plaats", "Q1", "Mediaan", "Q3", "Laagste plaats"], rows: spreadRows,
                    columnWidths: [4, 1, 1, 1, 1, 1])))
    }
}

extension PersonalReportBuilder {
    mutating func rankPart(_ step: Step, _ mine: [InputRecord]) {
        guard !mine.isEmpty,
            let figures = context.results[step.id]?.rank,
            let ballot = figures.ballot(of: participant)
        else { return }
        let consensus = figures.order
        let length = max(ballot.count, consensus.count)
        var rows: [[TableCell]] = []
        for position in 0..<length {
            rows.append([
                .count(position + 1),
                .text(position < ballot.count ? context.redacted(figures.items[ballot[position]].text) : ""),
                .text(position < consensus.count ? context.redacted(figures.names(consensus[position])) : ""),
            ])
        }
        heading("Jouw volgorde en die van de groep", 2)
        blocks.append(
            .table(
                TextTable(
                    header: ["Plaats", "Jouw volgorde", "Groep (\(figures.requestedMethod.dutchName))"],
                    rows: rows,
                    columnWidths: [1, 3, 3])))
        let distance = KendallTau.distance(ballot: ballot, to: figures.consensus)
        let n = figures.items.count
        let pairs = n * (n - 1) / 2
        paragraph(
            "Afstand tot de volgorde van de groep (Kendall-tau): \(distance) van de \(pairs) paren staan bij jou "
                + "andersom. 0 betekent dezelfde volgorde als de groep.")
    }
}

extension RawDataSheet {
    /// One row per participant: the items in their order, place 1 first.
    mutating func rankColumns() {
        let count = context.state.items(for: step.id).count
        header += (0..<count).map { "Plaats \($0 + 1)" }
        widths += (0..<count).map { _ in 4 }
        for record in inputs {
            guard case .rank(let order) = record.input else { continue }
            rows.append(base(record) + order.map { item($0, record) })
        }
    }
}

extension RawDataSheet {
    /// "Rangschikking": one row per item in the group's order, its place in the consensus beside the place every
    /// participant gave it (a column per participant), so that who sees it differently shows at a glance.
    func rankPositionSheets() -> [Sheet] {
        guard let figures = context.results[step.id]?.rank, figures.hasCommonItems, !figures.participants.isEmpty
        else { return [] }
        let ballots = figures.participants.map { figures.ballot(of: $0) ?? [] }
        var rows: [[Cell]] = []
        for (place, group) in figures.order.enumerated() {
            for candidate in group {
                let positions: [Cell] = ballots.map { ballot in
                    ballot.firstIndex(of: candidate).map { .int($0 + 1) } ?? .empty
                }
                rows.append([.int(place + 1), .string(context.redacted(figures.items[candidate].text))] + positions)
            }
        }
        let names = figures.participants.map { context.displayName($0) }
        return [
            Sheet(
                name: "Rangschikking \(step.title)", header: ["Plaats groep", "Item"] + names,
                ids: ["", ""] + figures.participants,
                rows: rows, columnWidths: [2.5, 6] + names.map { _ in 2.5 })
        ]
    }
}

extension RankSection {
    /// Paper: the items with a blank for the position (1 = most important).
    static func form(_ settings: RankSettings, in scenario: Scenario) -> [TextBlock] {
        let items = PaperBlocks.items(settings.items, in: scenario)
        let instruction =
            settings.top.map { "Zet een 1 bij wat het belangrijkst is, een 2 bij het volgende, tot en met \($0)." }
            ?? "Zet een 1 bij wat het belangrijkst is, een 2 bij het volgende, en zo verder tot en met \(items.count)."
        var blocks: [TextBlock] = [.paragraph(instruction, style: .note)]
        if let origin = PaperBlocks.itemOrigin(settings.items, in: scenario) { blocks.append(origin) }
        let rows: [[TableCell]] = items.map { [.text("____"), .text($0.text), .text($0.code)] }
        blocks.append(.table(TextTable(header: ["Plaats", "Item", "Code"], rows: rows, columnWidths: [1, 6, 2])))
        return blocks
    }
}
