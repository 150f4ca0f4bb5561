import NoaberAggregation
import NoaberCore

/// A questionnaire: theme scores with a chart, what they mean and the answers per statement; a participant's own
/// scores beside the group's; one row per participant with a column per statement and theme in the raw data.
enum LikertSection {
    static let name = "vragenlijst"
    static let purpose =
        "ieder geeft bij elke stelling aan in hoeverre hij of zij het ermee eens is; per thema volgt een gemiddelde "
        + "score."
}

extension GroupReportBuilder {
    mutating func likertSection(_ step: Step, _ settings: LikertSettings, _ figures: LikertResults) {
        let scale = settings.scale
        let present = context.present(during: step.id)
        // What the scores and columns mean is said once, at the report's first questionnaire.
        let first = isFirstQuestionnaire(step)
        if first {
            paragraph(
                "Een themascore is het gemiddelde van iemands antwoorden op de uitspraken van het thema, van "
                    + "\(LikertWords.ends(scale)); bij een omgekeerd gestelde uitspraak telt het antwoord omgekeerd mee. "
                    + "De score van de groep is het gemiddelde van de deelnemers.")
        }
        let rows: [[TableCell]] = figures.themes.map { theme in
            [
                .text(theme.theme.title), .decimal(theme.groupMean, decimals: 2), .decimal(theme.minimum, decimals: 2),
                .decimal(theme.maximum, decimals: 2), .count(theme.scores.count),
                .count(max(0, present.count - theme.scores.count)),
            ]
        }
        table(["Thema", "Groep", "Laagste", "Hoogste", "Ingevuld", "Niet ingevuld"], rows, widths: [4, 1, 1, 1, 1, 1])
        if first {
            paragraph(
                "Groep: de gemiddelde score; laagste en hoogste: de laagste en de hoogste score van een deelnemer. "
                    + "Ingevuld en niet ingevuld: aantallen deelnemers.", .note)
        }
        let charted = figures.themes.filter { $0.groupMean != nil }
        // One theme: the table says it all; a chart of one bar adds nothing.
        if charted.count > 1 {
            blocks.append(
                .chart(
                    BarChart(
                        title: "\(step.title): gemiddelde score per thema",
                        categories: charted.map(\.theme.title),
                        series: [.init(name: "Groep", values: charted.compactMap(\.groupMean))],
                        description: "Staafdiagram van de gemiddelde themascores: "
                            + charted.map { "\($0.theme.title) \(DutchNumber.format($0.groupMean ?? 0, decimals: 2))" }
                            .joined(separator: ", "), axis: .scale(scale))))
        }
        let meanings = LikertWords.meanings(
            of: step, in: context, score: { theme, results in results.themes[theme].groupMean })
        // Only a reference to an earlier step's interpretation: one sentence, no heading of its own.
        if meanings.count == 1, LikertWords.isReference(meanings[0]) {
            paragraph(meanings[0])
        } else if !meanings.isEmpty {
            heading("Wat de scores betekenen", 2)
            for meaning in meanings { paragraph(meaning) }
        }
        likertGroups(step, settings, figures, present: present)
        heading("Antwoorden per uitspraak", 2)
        likertStatements(settings, figures, present: present.count, explained: !first)
    }

    /// Whether this is the report's first questionnaire with answers (which explains the scores and columns).
    private func isFirstQuestionnaire(_ step: Step) -> Bool {
        LikertWords.firstQuestionnaire(in: context, where: { !$0.scores.participants.isEmpty }) == step.id
    }

    /// Per theme a table of its statements: how many gave each answer, how many none, and the mean as the theme
    /// score counts it (a reversed statement turned round).
    private mutating func likertStatements(
        _ settings: LikertSettings, _ figures: LikertResults, present: Int, explained: Bool
    ) {
        let scale = settings.scale
        let values = Array(scale.min...max(scale.min, scale.max))
        let header = ["Uitspraak"] + values.map { "\($0) \(scale.label(for: $0) ?? "")" } + ["Geen", "Gem."]
        for theme in settings.themes {
            if settings.themes.count > 1 { heading(theme.title, 3) }
            let rows: [[TableCell]] = theme.statements.map { statement in
                let counts = figures.distribution[statement.id] ?? values.map { _ in 0 }
                let answered = counts.reduce(0, +)
                let text = statement.reversed ? "\(statement.text) (omgekeerd gesteld)" : statement.text
                let mean = figures.mean(of: statement.id).map {
                    statement.reversed ? Double(scale.min + scale.max) - $0 : $0
                }
                return [.text(text)] + counts.map { .count($0) } + [.count(max(0, present - answered))]
                    + [.decimal(mean, decimals: 2)]
            }
            table(header, rows, widths: [6] + values.map { _ in 1 } + [1, 1])
        }
        guard !explained else { return }
        let reversed = context.steps.contains { step in
            guard case .likert(let other) = step.activity else { return false }
            return other.themes.contains { $0.statements.contains(where: \.reversed) }
        }
        paragraph(
            "Aantallen deelnemers per antwoord; geen: zonder antwoord. Gem.: het gemiddelde antwoord zoals het in de "
                + "themascore telt"
                + (reversed
                    ? "; bij een omgekeerd gestelde uitspraak telt een \(scale.max) daar als een \(scale.min)." : "."),
            .note)
    }

    /// The theme scores per fractie (or group), for groups of at least three that filled in the questionnaire.
    private mutating func likertGroups(
        _ step: Step, _ settings: LikertSettings, _ figures: LikertResults, present: [ParticipantID]
    ) {
        let respondents = Set(figures.scores.participants.map(\.participant))
        let groups = context.groups(of: present.filter { respondents.contains($0) })
        guard groups.shown.count + groups.hidden > 1, !groups.shown.isEmpty else { return }
        let inputs = context.state.inputs(for: step.id)
        let perGroup = groups.shown.map { group -> LikertResults in
            let members = Set(group.members)
            return LikertResults(
                settings: settings, inputs: inputs.filter { members.contains($0.participant) },
                participants: group.members)
        }
        heading("Per \(context.groupNoun.singular)", 2)
        let rows: [[TableCell]] = figures.themes.indices.map { index in
            [.text(figures.themes[index].theme.title)]
                + perGroup.map { .decimal($0.themes[index].groupMean, decimals: 2) }
                + [.decimal(figures.themes[index].groupMean, decimals: 2)]
        }
        let header = ["Thema"] + groups.shown.map { "\($0.name) (\($0.members.count))" } + ["Allen"]
        table(header, rows, widths: [3] + groups.shown.map { _ in 1 } + [1])
        // Said once, at the report's first questionnaire.
        if isFirstQuestionnaire(step) {
            paragraph(
                "Gemiddelde themascore per \(context.groupNoun.singular); tussen haakjes het aantal deelnemers."
                    + (context.smallGroupsSentence(hidden: groups.hidden).map { " " + $0 } ?? ""), .note)
        }
    }
}

extension PersonalReportBuilder {
    /// The participant's theme scores beside the group's mean, with a chart of both; in a private step their own
    /// scores alone (a group mean of a few people's private answers would give theirs away).
    mutating func likertPart(_ step: Step, _ settings: LikertSettings, _ mine: [InputRecord]) {
        guard !mine.isEmpty else { return }
        guard let figures = context.results[step.id]?.likert else { return }
        let address = context.address
        let group = showsGroup(step)
        let you = address.say(u: "U", je: "Jij")
        let yours = address.say(u: "uw", je: "jouw")
        let rows: [[TableCell]] = figures.themes.map { theme in
            let score = theme.score(of: participant)
            return [.text(theme.theme.title), score.map { .decimal($0, decimals: 2) } ?? .text("–")]
                + (group ? [theme.groupMean.map { .decimal($0, decimals: 2) } ?? .text("–")] : [])
        }
        heading(
            group
                ? address.say(u: "Uw score en die van de groep", je: "Jouw score en die van de groep")
                : address.say(u: "Uw score", je: "Jouw score"), 2)
        ownTable(["Thema", you], group: group ? "Groep" : nil, rows, widths: [4, 1])
        if LikertWords.firstQuestionnaire(in: context, where: { $0.answers[participant] != nil }) == step.id {
            paragraph(
                "Scores van \(LikertWords.ends(settings.scale))"
                    + (group ? "; de groep: het gemiddelde van de deelnemers." : "."), .note)
        }
        let charted = figures.themes.filter { $0.score(of: participant) != nil && (!group || $0.groupMean != nil) }
        if charted.count > 1 {
            let own = charted.compactMap { $0.score(of: participant) }
            let means = group ? charted.compactMap(\.groupMean) : []
            func described(_ index: Int) -> String {
                "\(charted[index].theme.title) \(you.lowercased()) \(DutchNumber.format(own[index], decimals: 2))"
                    + (group ? ", groep " + DutchNumber.format(means[index], decimals: 2) : "")
            }
            blocks.append(
                .chart(
                    BarChart(
                        title: "\(step.title): \(yours) score" + (group ? " en die van de groep" : ""),
                        categories: charted.map(\.theme.title),
                        series: [.init(name: you, values: own)] + (group ? [.init(name: "Groep", values: means)] : []),
                        description: "Staafdiagram per thema, \(yours) score"
                            + (group ? " naast het groepsgemiddelde: " : ": ")
                            + charted.indices.map(described).joined(separator: "; "), axis: .scale(settings.scale))))
        }
        let meanings = LikertWords.meanings(
            of: step, in: context, score: { theme, results in results.themes[theme].score(of: participant) })
        if !meanings.isEmpty {
            heading(address.say(u: "Wat uw score betekent", je: "Wat je score betekent"), 2)
            for meaning in meanings { paragraph(meaning) }
        }
    }
}

/// The words a questionnaire's report shares between the group's and a participant's part.
enum LikertWords {
    /// "1 (zeer oneens) tot 4 (zeer eens)".
    static func ends(_ scale: Scale) -> String {
        func end(_ value: Int) -> String {
            scale.label(for: value).map { "\(value) (\($0.lowercased()))" } ?? "\(value)"
        }
        return "\(end(scale.min)) tot \(end(scale.max))"
    }

    /// "Voor Raad geldt dezelfde uitleg als bij Zelfanalyse Doen.": an interpretation printed at an earlier step.
    static func reference(_ themes: String, to earlier: String) -> String {
        "Voor \(themes) geldt dezelfde uitleg als bij \(earlier)."
    }

    /// Whether a meaning is only such a reference.
    static func isReference(_ text: String) -> Bool {
        text.hasPrefix("Voor ") && text.hasSuffix(".") && text.contains(" geldt dezelfde uitleg als bij ")
    }

    /// The first questionnaire step of the report whose results satisfy `wanted`: where the report explains
    /// what is the same for all of them.
    static func firstQuestionnaire(in context: ReportContext, where wanted: (LikertResults) -> Bool) -> Step.ID? {
        context.steps.first { step in context.results[step.id]?.likert.map(wanted) ?? false }?.id
    }

    /// What the scores of a step mean, each text once in the whole report: themes of the step with the same text
    /// share one paragraph, and a text an earlier step already printed is referred to instead of repeated.
    /// `score` gives the score a text is chosen by (the group's mean, or the participant's own).
    static func meanings(
        of step: Step, in context: ReportContext, score: (Int, LikertResults) -> Double?
    ) -> [String] {
        func texts(_ step: Step) -> [(title: String, text: String)] {
            guard let results = context.results[step.id]?.likert else { return [] }
            return results.themes.indices.compactMap { index in
                let text = results.themes[index].interpretation(score(index, results))
                return text.isEmpty ? nil : (results.themes[index].theme.title, text)
            }
        }
        let earlier = context.steps.prefix { $0.id != step.id }
        var printed: [String: String] = [:]
        for previous in earlier {
            for entry in texts(previous) where printed[entry.text] == nil { printed[entry.text] = previous.title }
        }
        var order: [String] = []
        var titles: [String: [String]] = [:]
        for entry in texts(step) {
            if titles[entry.text] == nil { order.append(entry.text) }
            titles[entry.text, default: []].append(entry.title)
        }
        // A step of one theme is about that theme: its text needs no "Doen:" in front.
        let single = order.count == 1 && (titles[order[0]] ?? []).count == 1
        return order.map { text in
            let themes = ReportWords.list(titles[text] ?? [])
            if let earlier = printed[text] { return reference(themes, to: earlier) }
            return single ? text : "\(themes): \(text)"
        }
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

extension GroupReportBuilder {
    /// "De groep scoort gemiddeld 2,80 op een schaal van 1 (zeer oneens) tot 4 (zeer eens)." for one theme; with
    /// several, the highest and the lowest theme. In the summary the scale is named once: a later questionnaire
    /// on the same scale leaves it out.
    func likertHighlight(_ step: Step, _ figures: LikertResults, inSummary: Bool = false) -> String? {
        let scored = figures.themes.compactMap { theme in theme.groupMean.map { (theme.theme.title, $0) } }
        guard let high = scored.max(by: { $0.1 < $1.1 }), let low = scored.min(by: { $0.1 < $1.1 }) else {
            return nil
        }
        let scale = figures.settings.scale
        let said =
            inSummary
            && context.steps.prefix { $0.id != step.id }.contains { earlier in
                guard case .likert(let settings) = earlier.activity, settings.scale == scale else { return false }
                return context.results[earlier.id]?.likert?.themes.contains { $0.groupMean != nil } ?? false
            }
        let onScale = said ? "" : " op een schaal van \(LikertWords.ends(scale))"
        guard scored.count > 1 else {
            return "De groep scoort gemiddeld \(DutchNumber.format(high.1, decimals: 2))\(onScale)."
        }
        return "Het hoogst scoort \(high.0) (\(DutchNumber.format(high.1, decimals: 2))), het laagst \(low.0) "
            + "(\(DutchNumber.format(low.1, decimals: 2)))" + (said ? "." : ",\(onScale).")
    }
}
