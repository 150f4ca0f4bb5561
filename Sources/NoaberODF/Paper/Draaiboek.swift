public import NoaberCore

/// The draaiboek of a scenario, to print before the session: the agenda with clock times, then per step the
/// facilitator's instructions, what participants are asked, the material (texts, roles, statements, items) and
/// the sources. Everything here is the scenario's own text; nothing is made up.
public enum Draaiboek {
    /// `startMinute`: the agenda's start as minutes after midnight (19:30 is 1170).
    public static func document(_ scenario: Scenario, startMinute: Int, metadata: ODFMetadata) -> TextDocument {
        var document = TextDocument(metadata: metadata)
        let facilitator = scenario.facilitator.title
        document.paragraph("Draaiboek", style: .subtitle)
        document.paragraph(scenario.title, style: .title)
        document.paragraph(scenario.summary)
        document.append(
            .table(
                TextTable(
                    header: ["Gegeven", "Waarde"],
                    rows: [
                        [.text("Doelgroep"), .text(scenario.audience)],
                        [.text("Begeleiding"), .text(facilitator.capitalisedFirst)],
                        [.text("Duur"), .text("\(scenario.minutes) minuten")],
                        [.text("Scenario"), .text("\(scenario.id), versie \(scenario.version)")],
                    ], columnWidths: [1, 3])))
        var clock = startMinute
        var rows: [[TableCell]] = []
        var times: [String] = []
        for step in scenario.steps {
            let span = "\(PaperClock.text(clock))–\(PaperClock.text(clock + step.minutes))"
            times.append(span)
            rows.append([.text(span), .text(step.title), .text(step.activity.kind.dutchName), .count(step.minutes)])
            clock += step.minutes
        }
        document.heading("Agenda", level: 1)
        document.append(
            .table(
                TextTable(
                    header: ["Tijd", "Onderdeel", "Werkvorm", "Minuten"], rows: rows, columnWidths: [2, 5, 2, 1])))
        for (step, span) in zip(scenario.steps, times) {
            document.heading("\(span) \(step.title)", level: 1)
            document.paragraph("Werkvorm: \(step.activity.kind.dutchName), \(step.minutes) minuten.", style: .note)
            if !step.instructions.isEmpty {
                document.heading("Wat de \(facilitator) doet", level: 2)
                document.paragraph(step.instructions)
            }
            if !step.prompt.isEmpty {
                document.heading("Vraag aan de deelnemers", level: 2)
                document.paragraph(step.prompt, style: .quote)
            }
            let material = PaperForms.material(for: step)
            if !material.isEmpty {
                document.heading("Materiaal", level: 2)
                document.blocks += material
            }
        }
        if !scenario.sources.isEmpty {
            document.heading("Bronnen", level: 1)
            document.append(
                .bulletList(
                    scenario.sources.map { source in
                        [source.citation, source.section].compactMap { $0 }.joined(separator: ", ")
                    }))
        }
        return document
    }
}

/// Clock times on paper: `19:30`, wrapping past midnight.
enum PaperClock {
    static func text(_ minute: Int) -> String {
        let wrapped = ((minute % 1440) + 1440) % 1440
        let minutes = wrapped % 60
        return "\(wrapped / 60):\(minutes < 10 ? "0" : "")\(minutes)"
    }
}
