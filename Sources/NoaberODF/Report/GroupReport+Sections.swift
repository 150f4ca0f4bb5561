import NoaberAggregation
import NoaberCore

extension GroupReportBuilder {
    mutating func section(for step: Step) {
        let state = context.state
        let inputs = state.inputs(for: step.id)
        if !step.prompt.isEmpty, step.activity.kind != .info { paragraph(step.prompt, .quote) }
        switch step.activity {
        case .info(let settings):
            for text in settings.paragraphs { paragraph(text) }
        case .brainstorm(let settings):
            brainstorm(step, settings, inputs)
        case .open(let settings):
            open(step, settings, inputs)
        case .roleplay(let settings):
            roleplay(step, settings, inputs)
        case .likert(let settings):
            likert(step, settings, inputs)
        case .rank(let settings):
            rank(step, settings, inputs)
        case .rate(let settings):
            rate(step, settings, inputs)
        case .vote(let settings):
            vote(step, settings, inputs)
        case .classify(let settings):
            classify(step, settings, inputs)
        case .actions:
            actions(inputs)
        }
    }

    private mutating func nothingYet(_ inputs: [InputRecord]) -> Bool {
        guard inputs.isEmpty else { return false }
        paragraph("Bij dit onderdeel is geen inbreng gegeven.")
        return true
    }

    private mutating func brainstorm(_ step: Step, _ settings: BrainstormSettings, _ inputs: [InputRecord]) {
        let items = context.state.items(for: step.id)
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

    private mutating func open(_ step: Step, _ settings: OpenSettings, _ inputs: [InputRecord]) {
        guard !nothingYet(inputs) else { return }
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

    private mutating func roleplay(_ step: Step, _ settings: RoleplaySettings, _ inputs: [InputRecord]) {
        heading("De casus: \(settings.caseTitle)", 2)
        paragraph(settings.caseText, .quote)
        let roles = context.state.items(for: step.id)
        guard !nothingYet(inputs) else { return }
        heading("Wat elke rol inbracht", 2)
        var rows: [[TableCell]] = []
        for role in roles {
            for record in inputs {
                guard case .roleplay(let roleID, let round, let text) = record.input, roleID == role.id else {
                    continue
                }
                rows.append([
                    .text(context.redacted(role.text)), .count(round), .text(context.displayName(record.participant)),
                    .text(context.redacted(text)),
                ])
            }
        }
        blocks.append(
            .table(
                TextTable(header: ["Rol", "Ronde", "Deelnemer", "Inbreng"], rows: rows, columnWidths: [6, 3, 4, 12])))
    }

    private mutating func likert(_ step: Step, _ settings: LikertSettings, _ inputs: [InputRecord]) {
        guard !nothingYet(inputs) else { return }
        guard let figures = context.results[step.id]?.likert else { return }
        let scale = settings.scale
        heading("Scores per thema", 2)
        paragraph(
            "Een themascore is het gemiddelde van de antwoorden (\(scale.min) = \(scale.label(for: scale.min) ?? ""), "
                + "\(scale.max) = \(scale.label(for: scale.max) ?? "")); omgekeerd gestelde uitspraken tellen "
                + "omgekeerd mee. De groepsscore is het gemiddelde van de deelnemers.")
        let rows: [[TableCell]] = figures.themes.map { theme in
            [
                .text(theme.theme.title), theme.groupMean.map { .decimal($0, decimals: 2) } ?? .text("–"),
                theme.minimum.map { .decimal($0, decimals: 2) } ?? .text("–"),
                theme.maximum.map { .decimal($0, decimals: 2) } ?? .text("–"), .count(theme.scores.count),
                .count(theme.missingAnswers),
            ]
        }
        blocks.append(
            .table(
                TextTable(
                    header: ["Thema", "Groep", "Laagste", "Hoogste", "Deelnemers", "Niet beantwoord"], rows: rows,
                    columnWidths: [4, 1, 1, 1, 1, 1])))
        let charted = figures.themes.filter { $0.groupMean != nil }
        if !charted.isEmpty {
            blocks.append(
                .chart(
                    BarChart(
                        title: "\(step.title): gemiddelde score per thema",
                        categories: charted.map(\.theme.title),
                        series: [.init(name: "Groepsgemiddelde", values: charted.compactMap(\.groupMean))],
                        description: "Staafdiagram van de gemiddelde themascores: "
                            + charted.map { "\($0.theme.title) \(DutchNumber.format($0.groupMean ?? 0, decimals: 2))" }
                            .joined(separator: ", "), maximum: Double(scale.max))))
        }
        heading("Wat de scores betekenen", 2)
        for theme in figures.themes {
            let text = theme.interpretation(theme.groupMean)
            guard !text.isEmpty else { continue }
            paragraph("\(theme.theme.title): \(text)")
        }
        heading("Antwoorden per uitspraak", 2)
        let values = Array(scale.min...max(scale.min, scale.max))
        let header = ["Uitspraak"] + values.map { "\($0) \(scale.label(for: $0) ?? "")" } + ["Gemiddeld"]
        var statementRows: [[TableCell]] = []
        for theme in settings.themes {
            for statement in theme.statements {
                let counts = figures.distribution[statement.id] ?? []
                let text = statement.reversed ? "\(statement.text) (omgekeerd)" : statement.text
                statementRows.append(
                    [.text(text)] + counts.map { .count($0) }
                        + [figures.mean(of: statement.id).map { .decimal($0, decimals: 2) } ?? .text("–")])
            }
        }
        blocks.append(
            .table(TextTable(header: header, rows: statementRows, columnWidths: [6] + values.map { _ in 1 } + [1])))
    }

    private mutating func rank(_ step: Step, _ settings: RankSettings, _ inputs: [InputRecord]) {
        guard !nothingYet(inputs),
            let figures = context.results[step.id]?.rank
        else { return }
        let report = figures.report
        let headline = figures.requestedMethod
        let others = RankMethod.allCases.filter { $0 != headline }
        heading("Volgorde van de groep", 2)
        paragraph(
            "\(figures.participants.count) deelnemers rangschikten. De volgorde volgens \(headline.dutchName) "
                + "staat voorop; ernaast de volgorde volgens de andere methoden.")
        let consensusOrder = figures.order
        var rows: [[TableCell]] = []
        for (position, group) in consensusOrder.enumerated() {
            for candidate in group {
                rows.append([
                    .count(position + 1), .text(context.redacted(figures.items[candidate].text)),
                    .decimal(report.borda.scores[candidate]),
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
                    categories: order.map { context.redacted(figures.items[$0].text) },
                    series: [.init(name: "Borda-punten", values: order.map { report.borda.scores[$0] })],
                    description: "Staafdiagram van de Borda-punten, in de volgorde van de groep: "
                        + order.map {
                            "\(context.redacted(figures.items[$0].text)) \(DutchNumber.format(report.borda.scores[$0], decimals: 1))"
                        }
                        .joined(separator: ", "))))
        heading("Spreiding per item", 2)
        paragraph("Welke plaatsen de deelnemers elk item gaven: laagste, kwartielen, mediaan en hoogste plaats.")
        let spreadRows: [[TableCell]] = report.spreads.map { spread in
            [
                .text(context.redacted(figures.items[spread.candidate].text)), .decimal(spread.minimum), .decimal(spread.lowerQuartile),
                .decimal(spread.median), .decimal(spread.upperQuartile), .decimal(spread.maximum),
            ]
        }
        blocks.append(
            .table(
                TextTable(
                    header: ["Item", "Hoogste plaats", "Q1", "Mediaan", "Q3", "Laagste plaats"], rows: spreadRows,
                    columnWidths: [4, 1, 1, 1, 1, 1])))
    }

    private mutating func rate(_ step: Step, _ settings: RateSettings, _ inputs: [InputRecord]) {
        guard !nothingYet(inputs) else { return }
        guard let summary = context.results[step.id]?.rate?.summary else { return }
        let items = context.state.items(for: step.id)
        let rows: [[TableCell]] = zip(items, summary.items).map { item, ratings in
            [
                .text(context.redacted(item.text)), ratings.mean.map { .decimal($0, decimals: 2) } ?? .text("–"),
                ratings.median.map { .decimal($0) } ?? .text("–"), ratings.minimum.map { .count($0) } ?? .text("–"),
                ratings.maximum.map { .count($0) } ?? .text("–"), .count(ratings.count),
            ]
        }
        blocks.append(
            .table(
                TextTable(
                    header: ["Item", "Gemiddeld", "Mediaan", "Laagste", "Hoogste", "Aantal"], rows: rows,
                    columnWidths: [4, 1, 1, 1, 1, 1])))
    }

    private mutating func vote(_ step: Step, _ settings: VoteSettings, _ inputs: [InputRecord]) {
        guard !nothingYet(inputs) else { return }
        guard let figures = context.results[step.id]?.vote else { return }
        let tally = figures.tally
        let unit = if case .dots = settings.mode { "Stippen" } else { "Stemmen" }
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
        blocks.append(.table(TextTable(header: ["Item", unit, "Deelnemers"], rows: rows, columnWidths: [4, 1, 1])))
    }

    private mutating func classify(_ step: Step, _ settings: ClassifySettings, _ inputs: [InputRecord]) {
        guard !nothingYet(inputs) else { return }
        guard let figures = context.results[step.id]?.classify else { return }
        let rows: [[TableCell]] = zip(figures.items, figures.matrix.rows).map { item, row in
            [.text(context.redacted(item.text))] + row.counts.map { .count($0) } + [.count(row.unplaced)]
        }
        paragraph("Hoe vaak elk item in elke categorie is geplaatst.")
        blocks.append(
            .table(
                TextTable(
                    header: ["Item"] + figures.categories.map(\.text) + ["Niet geplaatst"], rows: rows,
                    columnWidths: [4] + figures.categories.map { _ in 2 } + [2])))
    }

    private mutating func actions(_ inputs: [InputRecord]) {
        guard !nothingYet(inputs) else { return }
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
