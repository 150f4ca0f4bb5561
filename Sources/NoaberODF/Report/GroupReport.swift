public import NoaberCore

/// The group report (`verslag.odt`): what the griffier sends on to the raad. It reports the meeting, in the order
/// a Dutch verslag has: cover, summary, conclusions and agreements (with the actions), a chapter per step, then
/// the appendices (who took part, the agenda planned and actual, what the werkvormen were for).
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
    /// Appendices written so far (they are lettered A, B, …).
    var appendixCount = 0
    /// Notes under a table that explain its columns, each printed once in the report.
    var notesSaid: Set<String> = []

    mutating func heading(_ text: String, _ level: Int) { blocks.append(.heading(text, level: level)) }
    mutating func paragraph(_ text: String, _ style: ParagraphStyle = .body) {
        blocks.append(.paragraph(text, style: style))
    }
    mutating func table(_ header: [String], _ rows: [[TableCell]], widths: [Int]) {
        blocks.append(.table(TextTable(header: header, rows: rows, columnWidths: widths)))
    }

    mutating func build() {
        cover()
        // The contents share the cover's page; their page numbers are fields LibreOffice fills in.
        blocks.append(.tableOfContents(title: "Inhoud", levels: 1))
        blocks.append(.pageBreak)
        summary()
        conclusionsAndAgreements()
        var number = 0
        for step in context.steps where chapterWanted(step) {
            number += 1
            heading("\(number). \(step.title)", 1)
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
        appendices()
        // The scenario by its title, not its id: a reader has no use for internal ids.
        paragraph(
            "Dit verslag is met Noaber gemaakt uit wat tijdens de bijeenkomst is vastgelegd (scenario "
                + "“\(context.scenario.title)”, versie \(context.scenario.version)).", .note)
    }

    /// A step gets a chapter when something happened in it that a reader needs: every step that takes input, and
    /// an information step only when the facilitator noted something there (its text is the method's, not the
    /// meeting's: the agenda lists it).
    private func chapterWanted(_ step: Step) -> Bool {
        step.activity.kind != .info || !context.notes(for: step.id).isEmpty
            || context.state.outcomes.contains { $0.step == step.id }
    }

    private mutating func cover() {
        let scenario = context.scenario
        paragraph(scenario.title, .title)
        paragraph("Verslag van de bijeenkomst", .subtitle)
        paragraph("Datum: \(ODFDate.dutchDateWithWeekday(context.start))", .cover)
        paragraph("Tijd: \(ODFDate.dutchTime(context.start))–\(ODFDate.dutchTime(context.end)) uur", .cover)
        paragraph("Plaats: \(context.settings.place)", .cover)
        paragraph(context.facilitatorLine, .cover)
        paragraph("Status: \(context.isFinal ? "definitief" : "concept")", .cover)
        if context.pseudonymous {
            paragraph("Deelnemers staan in dit verslag onder een schuilnaam.", .cover)
        }
    }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
