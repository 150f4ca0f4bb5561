import NoaberAggregation
import NoaberCore

/// A questionnaire: theme scores with a chart, what they mean and the answers per statement; a participant's own
/// scores beside the group's; one row per participant with a column per statement and theme in the raw data.
enum LikertSection {
    static let name = "vragenlijst"
}

extension GroupReportBuilder {
    mutating func likertSection(_ step: Step, _ settings: LikertSettings, _ figures: LikertResults) {
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
                            .joined(separator: ", "), axis: .scale(scale))))
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
}

extension PersonalReportBuilder {
    mutating func likertPart(_ step: Step, _ settings: LikertSettings, _ mine: [InputRecord]) {
        guard !mine.isEmpty else { return }
        guard let figures = context.results[step.id]?.likert else { return }
        let rows: [[TableCell]] = figures.themes.map { theme in
            let score = theme.score(of: participant)
            return [
                .text(theme.theme.title), score.map { .decimal($0, decimals: 2) } ?? .text("–"),
                theme.groupMean.map { .decimal($0, decimals: 2) } ?? .text("–"), .text(theme.interpretation(score)),
            ]
        }
        heading("Jouw scores per thema", 2)
        blocks.append(
            .table(
                TextTable(
                    header: ["Thema", "Jij", "Groep", "Wat jouw score betekent"], rows: rows,
                    columnWidths: [3, 1, 1, 5])))
        let charted = figures.themes.filter { $0.score(of: participant) != nil && $0.groupMean != nil }
        guard !charted.isEmpty else { return }
        let own = charted.compactMap { $0.score(of: participant) }
        let group = charted.compactMap(\.groupMean)
        blocks.append(
            .chart(
                BarChart(
                    title: "\(step.title): jouw score en het groepsgemiddelde",
                    categories: charted.map(\.theme.title),
                    series: [.init(name: "Jij", values: own), .init(name: "Groep", values: group)],
                    description: "Staafdiagram per thema, jouw score naast het groepsgemiddelde: "
                        + charted.indices.map {
                            "\(charted[$0].theme.title) jij \(DutchNumber.format(own[$0], decimals: 2)), groep "
                                + DutchNumber.format(group[$0], decimals: 2)
                        }.joined(separator: "; "), axis: .scale(settings.scale))))
    }
}

extension RawDataSheet {
    /// One row per participant, one column per statement (raw answer), then the theme scores: the shape a pivot
    /// table or a statistics package wants.
    mutating func likertColumns(_ settings: LikertSettings) {
        let statements = settings.statements
        // The statement's whole text heads its column; its id stands in the row below.
        ids = header.map { _ in "" } + statements.map(\.id) + settings.themes.map(\.id)
        header +=
            statements.map { "\($0.text)\($0.reversed ? " (omgekeerd)" : "")" }
            + settings.themes.map { "Score \($0.title)" }
        widths += statements.map { _ in 2.5 } + settings.themes.map { _ in 2.5 }
        let figures = context.results[step.id]?.likert
        var latest: [ParticipantID: InputRecord] = [:]
        for record in inputs { latest[record.participant] = record }
        for participant in context.state.participants.map(\.id) {
            guard let record = latest[participant], let answers = figures?.answers[participant] else { continue }
            let cells: [Cell] = statements.map { answers[$0.id].map(Cell.int) ?? .empty }
            let scores: [Cell] = (figures?.themes ?? []).map { $0.score(of: participant).map(Cell.float) ?? .empty }
            rows.append(base(record) + cells + scores)
        }
    }
}

extension LikertSection {
    /// Paper: per theme, the statements with a box per scale value.
    static func form(_ settings: LikertSettings) -> [TextBlock] {
        let values = PaperBlocks.scaleHeaders(settings.scale)
        var blocks: [TextBlock] = [.paragraph("Zet per uitspraak één kruisje.", style: .note)]
        for theme in settings.themes {
            let rows: [[TableCell]] = theme.statements.map { statement in
                [.text(statement.id), .text(statement.text)] + values.map { _ in .text(PaperBlocks.box) }
            }
            blocks.append(.paragraph(theme.title, style: .body))
            blocks.append(
                .table(
                    TextTable(
                        header: ["Code", "Uitspraak"] + values, rows: rows,
                        columnWidths: [3, 10] + values.map { _ in 2 })))
        }
        return blocks
    }

    /// The draaiboek's material: the statements per theme, reversed ones marked.
    static func material(_ settings: LikertSettings) -> [TextBlock] {
        settings.themes.flatMap { theme -> [TextBlock] in
            [
                .paragraph(theme.title, style: .body),
                .bulletList(theme.statements.map { "\($0.text) (\($0.id)\($0.reversed ? ", omgekeerd" : ""))" }),
            ]
        }
    }
}
