public import NoaberCore

/// The participants' paper forms: one section per step that takes input, in agenda order, each with the codes the
/// griffier types at the console afterwards (the step's id, statement and item ids), and on every page a field for
/// the participant's number and name.
public enum ParticipantForms {
    /// The line at the top of every page.
    public static let pageHeader = "Deelnemer nr. ______     Naam: ________________________________________"

    public static func document(_ scenario: Scenario, metadata: ODFMetadata) -> TextDocument {
        var document = TextDocument(metadata: metadata, pageHeader: pageHeader)
        document.paragraph("Invulformulieren", style: .subtitle)
        document.paragraph(scenario.title, style: .title)
        document.paragraph(
            "Vul per onderdeel in wat gevraagd wordt. De \(scenario.facilitator.title) neemt de antwoorden daarna over; "
                + "de codes tussen haakjes helpen daarbij.")
        var number = 0
        for step in scenario.steps {
            guard let form = PaperForms.form(for: step, in: scenario) else { continue }
            number += 1
            document.heading("\(number). \(step.title) (code: \(step.id))", level: 1)
            if !step.prompt.isEmpty { document.paragraph(step.prompt, style: .quote) }
            document.blocks += form
        }
        return document
    }
}

/// Pieces every paper form uses.
enum PaperBlocks {
    /// An empty box to tick.
    static let box = "☐"

    /// Lines to write on, each a full line of underscores (a table row is too low for handwriting); `numbered`
    /// puts 1., 2., … before them, in the order the griffier later types them.
    static func writingLines(_ count: Int, numbered: Bool = false) -> [TextBlock] {
        (1...max(1, count)).map { number in
            let lead = numbered ? "\(number). " : ""
            return .paragraph(lead + String(repeating: "_", count: numbered ? 74 : 78), style: .body)
        }
    }

    /// The items a step works on, as far as they are known before the session: listed items with their codes, or
    /// blank rows to copy them onto from the screen when they come from an earlier step.
    static func items(_ source: ItemSource?, in scenario: Scenario, blankRows: Int = 8) -> [(
        text: String, code: String
    )] {
        switch source {
        case .listed(let items): items.map { ($0.text, $0.id) }
        case .fromStep, .topOfRanking, nil: Array(repeating: ("", ""), count: itemCount(source, blankRows: blankRows))
        }
    }

    private static func itemCount(_ source: ItemSource?, blankRows: Int) -> Int {
        if case .topOfRanking(_, let count) = source { return count }
        return blankRows
    }

    /// Where items that are not known before the session come from, or `nil` for listed items.
    static func itemOrigin(_ source: ItemSource?, in scenario: Scenario) -> TextBlock? {
        guard let referenced = source?.referencedStep else { return nil }
        let title = scenario.step(referenced)?.title ?? referenced
        if case .topOfRanking(_, let count) = source {
            return .paragraph("Neem de bovenste \(count) van de eigen volgorde uit ‘\(title)’ over.", style: .note)
        }
        return .paragraph(
            "De items komen uit ‘\(title)’: neem ze over van het scherm of de flap, met hun code.", style: .note)
    }

    /// Listed items with their codes, for the draaiboek; nothing for items that come from an earlier step.
    static func listedItems(_ source: ItemSource?) -> [TextBlock] {
        guard case .listed(let items)? = source else { return [] }
        return [.bulletList(items.map { "\($0.text) (\($0.id))" })]
    }

    /// Items as rows with a box under each of `choices` (scale values, categories): one cross per row.
    static func boxGrid(
        _ instruction: String, items source: ItemSource, choices: [String], choiceWidth: Int, in scenario: Scenario
    ) -> [TextBlock] {
        var blocks: [TextBlock] = [.paragraph(instruction, style: .note)]
        if let origin = itemOrigin(source, in: scenario) { blocks.append(origin) }
        let rows: [[TableCell]] = items(source, in: scenario).map { item in
            [.text(item.text), .text(item.code)] + choices.map { _ in .text(box) }
        }
        let widths = [6, 2] + choices.map { _ in choiceWidth }
        blocks.append(.table(TextTable(header: ["Item", "Code"] + choices, rows: rows, columnWidths: widths)))
        return blocks
    }

    /// A scale's values as column headers: `1 helemaal oneens`, `2`, … with a label where the scenario gives one.
    static func scaleHeaders(_ scale: Scale) -> [String] {
        (scale.min...max(scale.min, scale.max)).map { value in
            scale.label(for: value).map { "\(value) \($0)" } ?? String(value)
        }
    }
}
