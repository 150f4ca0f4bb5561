public import NoaberCore

/// The group report (`verslag.odt`): what the griffier sends on to the raad. Cover, summary, agenda with planned
/// and actual minutes, participants, then one chapter per step by werkvorm, and the facilitator's notes.
public enum GroupReport {
    /// The report as a document value; write it with `odt()` or `fodt()`.
    public static func document(
        for state: SessionState, generator: String = ODFMetadata.defaultGenerator
    ) throws -> TextDocument {
        document(context: try ReportContext(state), generator: generator)
    }

    static func document(context: ReportContext, generator: String) -> TextDocument {
        // Private steps' answers are withheld here, once, for every section of the group report.
        var builder = GroupReportBuilder(context: context.withholdingPrivateSteps())
        builder.build()
        var document = TextDocument(
            metadata: context.metadata(
                title: "Verslag: \(context.scenario.title)", subject: context.scenario.summary, generator: generator))
        document.blocks = builder.blocks
        return document
    }
}

struct GroupReportBuilder {
    let context: ReportContext
    var blocks: [TextBlock] = []

    mutating func heading(_ text: String, _ level: Int) { blocks.append(.heading(text, level: level)) }
    mutating func paragraph(_ text: String, _ style: ParagraphStyle = .body) {
        blocks.append(.paragraph(text, style: style))
    }

    mutating func build() {
        cover()
        // The contents share the cover's page; their page numbers are fields LibreOffice fills in.
        blocks.append(.tableOfContents(title: "Inhoud", levels: 2))
        blocks.append(.pageBreak)
        summary()
        agenda()
        participants()
        for (index, step) in context.steps.enumerated() {
            heading("\(index + 1). \(step.title)", 1)
            section(for: step)
            let notes = context.notes(for: step.id)
            if !notes.isEmpty {
                heading("Notities van de \(context.scenario.facilitator.title)", 2)
                blocks.append(.bulletList(notes))
            }
        }
        let general = context.notes(for: nil)
        if !general.isEmpty {
            heading("Algemene notities", 1)
            blocks.append(.bulletList(general))
        }
        let sources = context.scenario.sources.map { source in
            source.citation + (source.section.map { ", \($0)" } ?? "")
        }
        if !sources.isEmpty {
            heading("Bronnen", 1)
            paragraph("De teksten van dit scenario zijn ontleend aan:")
            blocks.append(.bulletList(sources))
        }
        accountabilityAppendix()
        paragraph(
            "Dit verslag is gemaakt met Noaber uit sessie \(context.settings.sessionID) (scenario "
                + "\(context.scenario.id), versie \(context.scenario.version)).", .note)
    }

    private mutating func cover() {
        let scenario = context.scenario
        paragraph(scenario.title, .title)
        paragraph("Verslag van de bijeenkomst", .subtitle)
        paragraph("Datum: \(ODFDate.dutchDate(context.start))", .cover)
        paragraph("Tijd: \(ODFDate.dutchTime(context.start))–\(ODFDate.dutchTime(context.end))", .cover)
        paragraph("Plaats: \(context.settings.place)", .cover)
        paragraph("Status: \(context.isFinal ? "definitief" : "concept")", .cover)
        paragraph("\(scenario.facilitator.title.capitalisedFirst): \(context.settings.facilitatorName)", .cover)
        paragraph("Scenario: \(scenario.title) (\(scenario.id), versie \(scenario.version))", .cover)
        paragraph("Deelnemers: \(context.state.participants.count)", .cover)
        if context.pseudonymous {
            paragraph("Deelnemers staan in dit verslag onder een schuilnaam.", .cover)
        }
    }

    private mutating func summary() {
        let scenario = context.scenario
        let timing = context.state.timing(at: context.end)
        let closed = context.state.steps.filter { $0.status == .closed }.count
        heading("Samenvatting", 1)
        paragraph(scenario.summary)
        paragraph(
            "Aan de bijeenkomst namen \(context.state.participants.count) deelnemers deel. Van de "
                + "\(scenario.steps.count) onderdelen zijn er \(closed) afgerond. Gepland was "
                + "\(timing.plannedMinutes) minuten; de onderdelen duurden samen \(timing.actualMinutes) minuten.")
        var highlights: [String] = []
        for step in context.steps {
            if let highlight = werkvormHighlight(step) { highlights.append("\(step.title): \(highlight)") }
        }
        if !highlights.isEmpty { blocks.append(.bulletList(highlights)) }
    }

    private mutating func agenda() {
        heading("Agenda", 1)
        let timing = context.state.timing(at: context.end)
        var rows: [[TableCell]] = []
        for (step, time) in zip(context.steps, timing.steps) {
            rows.append([
                .text(step.title), .text(step.activity.kind.dutchName), .count(time.plannedMinutes),
                time.status == .planned ? .text("niet gedaan") : .count(time.actualMinutes),
            ])
        }
        rows.append([.text("Totaal"), .text(""), .count(timing.plannedMinutes), .count(timing.actualMinutes)])
        blocks.append(
            .table(
                TextTable(
                    header: ["Onderdeel", "Werkvorm", "Gepland (min)", "Werkelijk (min)"], rows: rows,
                    columnWidths: [5, 3, 2, 2])))
    }

    private mutating func participants() {
        heading("Deelnemers", 1)
        if context.pseudonymous {
            paragraph("Deze sessie is met schuilnamen gehouden; echte namen staan niet in dit verslag.")
        }
        let rows: [[TableCell]] = context.state.participants.map {
            [.text(context.displayName($0.id)), .text(context.groupName($0.participant))]
        }
        blocks.append(.table(TextTable(header: ["Deelnemer", "Groep"], rows: rows, columnWidths: [3, 2])))
    }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
