import NoaberCore

/// A brainstorm: the list after merging, with where each point came from; a participant's own ideas; one row per
/// idea in the raw data.
enum BrainstormSection {
    static let name = "brainstorm"
    static let purpose =
        "de deelnemers noemen zoveel mogelijk ideeën zonder ze te beoordelen; ideeën die hetzelfde zeggen worden "
        + "daarna samengevoegd."
}

extension GroupReportBuilder {
    mutating func brainstormSection(_ step: Step, _ settings: BrainstormSettings, _ inputs: [InputRecord]) {
        let items = context.results[step.id]?.items ?? context.state.items(for: step.id)
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
        table(["Punt", "Herkomst", "Bijdragen"], rows, widths: [4, 2, 1])
        let merges = mergedIdeas(step, items, inputs)
        if !merges.isEmpty {
            paragraph("Samengevoegd door de \(context.scenario.facilitator.title):")
            blocks.append(.bulletList(merges))
        }
    }

    /// "“bruggenbouwer in de buurt” is samengevoegd met “verbinder tussen de groepen”.": for each point that ideas
    /// in other words were merged into (or that was renamed), the words as they were brought in.
    private func mergedIdeas(_ step: Step, _ items: [Item], _ inputs: [InputRecord]) -> [String] {
        var texts: [Item.ID: [String]] = [:]
        for record in inputs {
            guard case .brainstorm(let text) = record.input,
                let item = context.state.currentItem(ofInput: record.id, in: step.id)
            else { continue }
            let said = context.redacted(text.trimmedWhitespace)
            if !(texts[item]?.contains(said) ?? false) { texts[item, default: []].append(said) }
        }
        return items.compactMap { item in
            let current = context.redacted(item.text)
            guard let said = texts[item.id] else { return nil }
            let others = said.filter { $0 != current }.map { "“\($0)”" }
            guard !others.isEmpty, said.count > 1 || said[0] != current else { return nil }
            guard said.contains(current) else {
                return ReportWords.list(said.map { "“\($0)”" })
                    + (said.count == 1 ? " heet nu" : " zijn samengevoegd tot") + " “\(current)”."
            }
            return ReportWords.list(others) + (others.count == 1 ? " is" : " zijn") + " samengevoegd met “\(current)”."
        }
    }
}

extension GroupReportBuilder {
    /// "De deelnemers brachten 9 ideeën in; met de 7 voorbeelden staan er na samenvoegen 14 punten op de lijst.
    /// Het vaakst genoemd (2 keer): verbinder van buurten."
    func brainstormHighlight(_ step: Step, _ settings: BrainstormSettings, _ inputs: [InputRecord]) -> String {
        let items = context.results[step.id]?.items ?? context.state.items(for: step.id)
        let examples = settings.examplesAreItems ? settings.examples.count : 0
        var sentence =
            "De deelnemers brachten \(Self.counted(inputs.count, "idee", "ideeën")) in; "
            + (examples > 0
                ? "met de \(Self.counted(examples, "voorbeeld", "voorbeelden")) staan er na samenvoegen "
                : "na samenvoegen staan er ")
            + "\(Self.counted(items.count, "punt", "punten")) op de lijst"
        let counts = context.state.contributionCounts(for: step.id)
        if let most = counts.values.max(), most > 1 {
            let top = items.filter { counts[$0.id] == most }.map { context.redacted($0.text) }
            sentence += ". Het vaakst genoemd (\(most) keer): \(ReportWords.list(top))"
        }
        return sentence + "."
    }
}

extension ReportContext {
    /// How many live ideas stand behind each point of the list now (after merges), by item id.
    static func brainstormGroupCounts(_ step: Step, _ state: SessionState) -> [String: Int] {
        state.contributionCounts(for: step.id)
    }
}

extension PersonalReportBuilder {
    /// The participant's ideas, each beside how many of the group's ideas now stand under the same point (the
    /// points themselves are other participants' words, so the group's side is counted, not quoted).
    mutating func brainstormPart(_ step: Step, _ mine: [InputRecord]) {
        let ideas: [(text: String, input: InputID)] = mine.compactMap {
            if case .brainstorm(let text) = $0.input { (context.redacted(text), $0.id) } else { nil }
        }
        guard !ideas.isEmpty else { return }
        guard showsGroup(step) else {
            paragraph("\(context.yourLabel) bijdragen:")
            blocks.append(.bulletList(ideas.map(\.text)))
            return
        }
        let total = context.results[step.id]?.inputs.count ?? ideas.count
        let listed = context.results[step.id]?.items.count ?? 0
        let counts = context.groupCounts[step.id] ?? [:]
        paragraph(
            context.address.say(u: "U bracht ", je: "Je bracht ")
                + "\(GroupReportBuilder.counted(ideas.count, "idee", "ideeën")) in, de groep samen "
                + "\(total); na samenvoegen staan er \(GroupReportBuilder.counted(listed, "punt", "punten")) op de lijst."
        )
        let rows: [[TableCell]] = ideas.map { idea in
            let point = context.state.currentItem(ofInput: idea.input, in: step.id)
            return [.text(idea.text), point.flatMap { counts[$0] }.map(TableCell.count) ?? .text("–")]
        }
        blocks.append(
            .table(
                TextTable(
                    header: ["\(context.yourLabel) idee", "Groep"], rows: rows, columnWidths: [5, 1])))
        paragraph(
            context.address.say(
                u: "Groep: hoeveel ideeën uit de groep nu onder hetzelfde punt staan, het uwe meegeteld.",
                je: "Groep: hoeveel ideeën uit de groep nu onder hetzelfde punt staan, dat van jou meegeteld."),
            .note)
    }
}

extension RawDataSheet {
    mutating func brainstormColumns() {
        header.append("Idee")
        widths.append(10)
        for record in inputs {
            if case .brainstorm(let text) = record.input {
                rows.append(base(record) + [.string(context.redacted(text))])
            }
        }
    }
}

extension BrainstormSection {
    /// Paper: numbered lines, one idea per line.
    static func form(_ settings: BrainstormSettings) -> [TextBlock] {
        let lines = min(settings.maxPerParticipant ?? 8, 12)
        return [.paragraph("Schrijf één idee per regel.", style: .note)]
            + PaperBlocks.writingLines(lines, numbered: true)
    }

    /// The draaiboek's material: the examples the facilitator may give.
    static func material(_ settings: BrainstormSettings) -> [TextBlock] {
        settings.examples.isEmpty
            ? [] : [.paragraph("Voorbeelden:", style: .body), .bulletList(settings.examples.map(\.text))]
    }
}
