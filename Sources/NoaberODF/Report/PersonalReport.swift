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
        context.inputsByParticipant[step]?[participant] ?? []
    }

    mutating func build() {
        let name = context.displayName(participant)
        paragraph("Persoonlijk verslag", .title)
        paragraph(name, .subtitle)
        paragraph("Bijeenkomst: \(context.scenario.title)", .cover)
        paragraph("Datum: \(ODFDate.dutchDateWithWeekday(context.start))", .cover)
        paragraph("Plaats: \(context.settings.place)", .cover)
        paragraph(context.facilitatorLine, .cover)
        paragraph(
            context.address.say(
                u: "In dit verslag staan uw eigen antwoorden", je: "In dit verslag staan je eigen antwoorden")
                + " naast die van de groep als geheel. Antwoorden van andere deelnemers staan er niet in."
                + privateStepsSentence(), .note)
        for step in context.steps {
            let mine = own(step.id)
            var section = PersonalReportBuilder(context: context, participant: participant)
            section.section(step, mine)
            if section.blocks.isEmpty {
                // A step that asked for input the participant did not give is named, so the report is whole.
                guard werkvormAsksInput(step),
                    context.state.steps.contains(where: { $0.id == step.id && $0.openedAt != nil })
                else { continue }
                heading(step.title, 1)
                paragraph("Niet ingevuld.")
                continue
            }
            heading(step.title, 1)
            blocks += section.blocks
        }
        werkvormClosingChapters()
    }

    /// " Bij de persoonlijke onderdelen “Reflectie” en “POP-OP” staan alleen uw eigen antwoorden, zonder cijfers van
    /// de groep.", or "" when the scenario has no private step.
    private func privateStepsSentence() -> String {
        guard let opening = context.privateStepsOpening else { return "" }
        return " \(opening) staan "
            + context.address.say(u: "alleen uw eigen antwoorden", je: "alleen je eigen antwoorden")
            + ", zonder cijfers van de groep."
    }

    /// Whether the report may print the group's side of a step beside the participant's own: not for a private
    /// step, whose group figures (a mean, an order, a count per answer) could give away others' answers in a small
    /// group.
    func showsGroup(_ step: Step) -> Bool { !step.isPrivate }

    /// A table of the participant's own values, with the group's column after them when there is one (`group`
    /// nil: a private step, or no group figures), `groupWidth` parts wide.
    mutating func ownTable(
        _ header: [String], group: String?, _ rows: [[TableCell]], widths: [Int], groupWidth: Int = 1
    ) {
        let table =
            if let group {
                TextTable(header: header + [group], rows: rows, columnWidths: widths + [groupWidth])
            } else {
                TextTable(header: header, rows: rows, columnWidths: widths)
            }
        blocks.append(.table(table))
    }

    /// The participant's part of a step (`Werkvormen/<Kind>Section.swift`).
    mutating func section(_ step: Step, _ mine: [InputRecord]) {
        werkvormPart(step, mine)
    }
}
