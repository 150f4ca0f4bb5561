import NoaberAggregation
public import NoaberCore

/// A participant's own report (`persoonlijk/<naam>.odt`): their answers beside the group's. It names no other
/// participant and quotes no other participant's answers; group figures appear only as aggregates.
public enum PersonalReport {
    public static func document(
        for participant: ParticipantID, in state: SessionState, generator: String = ODFMetadata.defaultGenerator
    ) throws -> TextDocument {
        try document(for: participant, context: ReportContext(state), generator: generator)
    }

    /// Every participant's report in join order, sharing one computation of the group figures.
    public static func documents(
        for state: SessionState, generator: String = ODFMetadata.defaultGenerator
    ) throws -> [(participant: ParticipantID, document: TextDocument)] {
        let context = try ReportContext(state)
        return state.participants.map { ($0.id, document(for: $0.id, context: context, generator: generator)) }
    }

    static func document(for participant: ParticipantID, context: ReportContext, generator: String) -> TextDocument {
        var builder = PersonalReportBuilder(context: context, participant: participant)
        builder.build()
        var document = TextDocument(
            metadata: context.metadata(
                title: "Persoonlijk verslag: \(context.displayName(participant))", subject: context.scenario.title,
                generator: generator))
        document.blocks = builder.blocks
        return document
    }
}

struct PersonalReportBuilder {
    let context: ReportContext
    let participant: ParticipantID
    var blocks: [TextBlock] = []

    mutating func heading(_ text: String, _ level: Int) { blocks.append(.heading(text, level: level)) }
    mutating func paragraph(_ text: String, _ style: ParagraphStyle = .body) {
        blocks.append(.paragraph(text, style: style))
    }

    private func own(_ step: Step.ID) -> [InputRecord] {
        context.state.inputs(for: step).filter { $0.participant == participant }
    }

    mutating func build() {
        let name = context.displayName(participant)
        paragraph("Persoonlijk verslag", .title)
        paragraph(name, .subtitle)
        paragraph("Bijeenkomst: \(context.scenario.title)", .cover)
        paragraph("Datum: \(ODFDate.dutchDate(context.start))", .cover)
        paragraph("Plaats: \(context.settings.place)", .cover)
        paragraph("\(context.scenario.facilitator.title.capitalisedFirst): \(context.settings.facilitatorName)", .cover)
        paragraph(
            "In dit verslag staan jouw eigen antwoorden naast die van de groep als geheel. Antwoorden van andere "
                + "deelnemers staan er niet in.", .note)
        for step in context.steps {
            let mine = own(step.id)
            var section = PersonalReportBuilder(context: context, participant: participant)
            section.section(step, mine)
            guard !section.blocks.isEmpty else { continue }
            heading(step.title, 1)
            blocks += section.blocks
        }
        let actions = trekkerActions()
        heading("Acties waarvan jij trekker bent", 1)
        if actions.isEmpty {
            paragraph("Je bent van geen enkele actie trekker.")
        } else {
            blocks.append(.table(TextTable(header: ["Wat", "Wanneer"], rows: actions, columnWidths: [4, 2])))
        }
    }

    /// Actions whose trekker is this participant, by name, pseudonym or display name (any case).
    private func trekkerActions() -> [[TableCell]] {
        guard let me = context.state.participant(participant)?.participant else { return [] }
        let names = Set(
            [me.name, me.pseudonym ?? "", context.displayName(participant)].map { $0.trimmingSpaces.lowercased() }
        )
        .subtracting([""])
        var rows: [[TableCell]] = []
        for step in context.steps where step.activity.kind == .actions {
            for record in context.state.inputs(for: step.id) {
                guard case .action(let action) = record.input, names.contains(action.owner.trimmingSpaces.lowercased())
                else { continue }
                rows.append([.text(context.redacted(action.what)), .text(context.redacted(action.when))])
            }
        }
        return rows
    }

    mutating func section(_ step: Step, _ mine: [InputRecord]) {
        switch step.activity {
        case .info, .actions:
            return
        case .brainstorm:
            let ideas = mine.compactMap {
                if case .brainstorm(let text) = $0.input { context.redacted(text) } else { nil }
            }
            guard !ideas.isEmpty else { return }
            paragraph("Jouw bijdragen:")
            blocks.append(.bulletList(ideas))
        case .open:
            for record in mine {
                guard case .open(let item, let text) = record.input else { continue }
                if let item { heading(context.itemText(item, in: step.id, participant: participant), 2) }
                paragraph(context.redacted(text))
            }
        case .roleplay:
            let rows: [[TableCell]] = mine.compactMap { record in
                guard case .roleplay(let role, let round, let text) = record.input else { return nil }
                return [.text(context.itemText(role, in: step.id)), .count(round), .text(context.redacted(text))]
            }
            guard !rows.isEmpty else { return }
            blocks.append(
                .table(TextTable(header: ["Rol", "Ronde", "Jouw inbreng"], rows: rows, columnWidths: [2, 1, 5])))
        case .likert(let settings):
            likert(step, settings, mine)
        case .rank(let settings):
            rank(step, settings, mine)
        case .rate, .vote, .classify:
            choices(step, mine)
        }
    }

    private mutating func likert(_ step: Step, _ settings: LikertSettings, _ mine: [InputRecord]) {
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
                        }.joined(separator: "; "), maximum: Double(settings.scale.max))))
    }

    private mutating func rank(_ step: Step, _ settings: RankSettings, _ mine: [InputRecord]) {
        guard !mine.isEmpty,
            let figures = context.results[step.id]?.rank,
            let ballot = figures.ballot(of: participant)
        else { return }
        let consensus = figures.order
        let length = max(ballot.count, consensus.count)
        var rows: [[TableCell]] = []
        for position in 0..<length {
            rows.append([
                .count(position + 1), .text(position < ballot.count ? context.redacted(figures.items[ballot[position]].text) : ""),
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

    private mutating func choices(_ step: Step, _ mine: [InputRecord]) {
        guard let record = mine.last else { return }
        let items = context.state.items(for: step.id)
        let results = context.results[step.id]
        func text(_ id: Item.ID) -> String { context.itemText(id, in: step.id) }
        switch record.input {
        case .vote(let chosen):
            paragraph("Jouw keuze: \(chosen.map(text).joined(separator: ", ")).")
        case .dots(let scores), .rate(let scores):
            let isRating = if case .rate = record.input { true } else { false }
            let rows: [[TableCell]] = scores.map { score in
                let index = items.firstIndex { $0.id == score.item }
                let group: TableCell =
                    if let index, let results {
                        isRating
                            ? (results.rate?.summary.items[index].mean.map { .decimal($0, decimals: 2) } ?? .text("–"))
                            : .count(results.vote?.counts[index] ?? 0)
                    } else { .text("–") }
                return [.text(text(score.item)), .count(score.value), group]
            }
            let header =
                isRating ? ["Item", "Jouw score", "Groepsgemiddelde"] : ["Item", "Jouw stippen", "Alle stippen"]
            blocks.append(.table(TextTable(header: header, rows: rows, columnWidths: [4, 1, 1])))
        case .classify(let placements):
            guard case .classify(let settings) = step.activity else { return }
            let rows: [[TableCell]] = placements.map { placement in
                [
                    .text(text(placement.item)),
                    .text(settings.categories.first { $0.id == placement.category }?.text ?? placement.category),
                ]
            }
            blocks.append(.table(TextTable(header: ["Item", "Jouw indeling"], rows: rows, columnWidths: [3, 2])))
        default:
            return
        }
    }
}
