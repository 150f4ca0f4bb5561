import NoaberAggregation
import NoaberCore

/// A ranking: the group's order (by the method `RankResults` decided) with every other method's beside it,
/// agreement, Borda chart and spread; a participant's own order beside the group's; one row per participant with
/// a column per place in the raw data.
enum RankSection {
    static let name = "rangschikken"
    static let purpose =
        "ieder zet de items in een eigen volgorde; daaruit volgen de volgorde van de groep en de mate van "
        + "overeenstemming."
}

extension RankMethod {
    /// The method's name in a Dutch sentence ("de volgorde volgens …").
    var dutchName: String {
        switch self {
        case .kemenyYoung: "Kemeny–Young"
        case .schulze: "Schulze"
        case .borda: "Borda"
        case .copeland: "Copeland"
        case .meanRank: "gemiddelde plaats"
        case .plurality: "meeste eerste plaatsen"
        case .instantRunoff: "alternatieve stemming"
        }
    }

    /// How the method works, in one Dutch sentence for the appendix "Verantwoording".
    var dutchExplanation: String {
        switch self {
        case .kemenyYoung:
            "Kemeny–Young zoekt de volgorde waarin zo weinig mogelijk paren anders staan dan de deelnemers ze zetten; "
                + "bij meer dan \(KemenyYoung.maximumCandidates) items is die niet exact te berekenen en geldt Schulze."
        case .schulze:
            "Schulze vergelijkt elk paar items: een item gaat voor als het via de sterkste reeks onderlinge "
                + "vergelijkingen van elk ander item wint."
        case .borda:
            "Borda geeft een item per deelnemer een punt voor elk item dat eronder staat en telt die punten op."
        case .copeland:
            "Copeland telt per item hoeveel andere items het in een onderlinge vergelijking verslaat, min hoe vaak "
                + "het verliest."
        case .meanRank:
            "De gemiddelde plaats is het gemiddelde van de plaatsen die de deelnemers een item gaven; lager is beter."
        case .plurality:
            "Meeste eerste plaatsen telt alleen hoe vaak een item bovenaan staat."
        case .instantRunoff:
            "Alternatieve stemming valt steeds het item af dat het minst vaak bovenaan staat, en "
                + "telt die stemmen bij de volgende keuze."
        }
    }
}

extension KendallW.Strength {
    /// "De overeenstemming is matig": the strength as a predicate.
    var dutchPredicate: String {
        switch self {
        case .hardly: "zeer gering"
        case .weak: "zwak"
        case .moderate: "matig"
        case .fair: "behoorlijk"
        case .strong: "sterk"
        }
    }
}

extension GroupReportBuilder {
    /// The chapter's lead and the summary's line: "De groep zet transparantie, insluiting en invloed bovenaan; de
    /// overeenstemming is matig (W = 0,42)." Co-winners are named as sharing the first place.
    func rankHighlight(_ step: Step) -> String? {
        guard let figures = context.results[step.id]?.rank, !figures.participants.isEmpty,
            figures.hasCommonItems
        else { return nil }
        let ties = figures.ties
        let top: String
        if ties.coWinners.count > 1 {
            top =
                "\(ReportWords.list(ties.coWinners.map { text(figures, $0) }).capitalisedFirst) delen de eerste plaats"
        } else {
            top = "De groep zet \(ReportWords.list(figures.consensus.prefix(3).map { text(figures, $0) })) bovenaan"
        }
        guard let w = figures.report.kendallW else { return top + "." }
        // "W = 0,42" with no-break spaces: the line never breaks inside it.
        return "\(top); de overeenstemming is \(KendallW.Strength(w).dutchPredicate) (W\u{00A0}=\u{00A0}"
            + "\(DutchNumber.format(w, decimals: 2)))."
    }

    /// An item's text as printed (redacted: items that participants added are their own words).
    fileprivate func text(_ figures: RankResults, _ item: Int) -> String { context.redacted(figures.items[item].text) }

    mutating func rankSection(_ step: Step, _ settings: RankSettings, _ figures: RankResults) {
        let report = figures.report
        let count = figures.participants.count
        paragraph(
            "\(count) \(count == 1 ? "deelnemer zette" : "deelnemers zetten") de \(figures.items.count) items in "
                + "volgorde. De tabel geeft de volgorde van de groep."
                + (report.kendallW == nil
                    ? " Hoe eensgezind de groep is, is niet te bepalen: er is maar één item of één volgorde."
                    : " W meet hoe eensgezind de volgordes zijn: 0 is geen, 1 is volledige overeenstemming."))
        if let sentence = tieSentence(figures) { paragraph(sentence) }
        let ties = figures.ties
        var rows: [[TableCell]] = []
        for (position, item) in figures.consensus.enumerated() {
            let places = ties.places(of: item, at: position)
            // Shared places print as "8–10"; then the whole column is text, aligned alike.
            let place: TableCell =
                ties.isEmpty
                ? .count(places.from)
                : .text(places.from == places.to ? "\(places.from)" : "\(places.from)–\(places.to)")
            var row: [TableCell] = [place, .text(text(figures, item)), .whole(report.borda.scores[item])]
            if let spread = report.spreads.first(where: { $0.candidate == item }) {
                row += [.whole(spread.minimum), .whole(spread.median), .whole(spread.maximum)]
            }
            rows.append(row)
        }
        let hasSpread = !report.spreads.isEmpty
        table(
            ["Plaats", "Item", "Punten"] + (hasSpread ? ["Hoogste", "Mediaan", "Laagste"] : []), rows,
            widths: [1, 5, 1] + (hasSpread ? [1, 1, 1] : []))
        let n = figures.items.count
        paragraph(
            "Punten: per deelnemer krijgt een item een punt voor elk item dat eronder staat (Borda; hoogstens "
                + "\(count * (n - 1))). Hoogste, mediaan en laagste: de beste, middelste en slechtste plaats die de "
                + "deelnemers het item gaven.", .note)
        // Borda points in the group's order: the chart belongs to the table it illustrates.
        let order = figures.consensus
        blocks.append(
            .chart(
                BarChart(
                    title: "\(step.title): punten per item, in de volgorde van de groep",
                    categories: order.map { text(figures, $0) },
                    series: [.init(name: "Punten (Borda)", values: order.map { report.borda.scores[$0] })],
                    description: "Staafdiagram van de Borda-punten, in de volgorde van de groep: "
                        + order.map { "\(text(figures, $0)) \(RankWords.whole(report.borda.scores[$0]))" }
                        .joined(separator: ", "),
                    axis: .init(decimals: 0, title: "Punten"))))
        if let sentence = bordaDifference(figures) { paragraph(sentence) }
        rankGroups(step, settings, figures)
        if figures.fellBack {
            paragraph(
                "Kemeny–Young is bij zoveel items niet exact te berekenen; de volgorde is die van Schulze.", .note)
        }
    }

    /// The order per fractie (or group), for groups of at least three that ranked; smaller ones are not shown
    /// apart, and the report says so.
    private mutating func rankGroups(_ step: Step, _ settings: RankSettings, _ figures: RankResults) {
        let groups = context.groups(of: figures.participants)
        guard groups.shown.count + groups.hidden > 1, !groups.shown.isEmpty else { return }
        let inputs = context.state.inputs(for: step.id)
        let rows: [[TableCell]] = groups.shown.compactMap { group in
            let members = Set(group.members)
            guard
                let own = RankResults(
                    settings: settings, items: figures.items, inputs: inputs.filter { members.contains($0.participant) }
                )
            else { return nil }
            let top = ReportWords.list(own.consensus.prefix(3).map { text(figures, $0) })
            let agreement: TableCell = .decimal(own.report.kendallW, decimals: 2)
            return [.text(group.name), .count(group.members.count), .text(top), agreement]
        }
        let noun = context.groupNoun.singular
        heading("Per \(noun)", 2)
        table([noun.capitalisedFirst, "Aantal", "Bovenaan", "W"], rows, widths: [3, 1, 5, 1])
        noteOnce(
            "Bovenaan: de eerste drie in de volgorde van de \(noun); W: hoe eensgezind de \(noun) is."
                + (context.smallGroupsSentence(hidden: groups.hidden).map { " " + $0 } ?? ""))
    }

    /// Names the places several orders share: "Invloed, zeggenschap en variëteit delen de plaatsen 4 tot en met
    /// 6: 3 volgordes passen even goed bij wat de deelnemers invulden."
    private func tieSentence(_ figures: RankResults) -> String? {
        let ties = figures.ties
        guard !ties.isEmpty else { return nil }
        let runs = ties.shared.map { run -> String in
            let names = ReportWords.list(run.items.map { text(figures, $0) })
            if run.from == 1 { return "\(names) delen de eerste plaats" }
            return run.to == run.from + 1
                ? "\(names) delen de plaatsen \(run.from) en \(run.to)"
                : "\(names) delen de plaatsen \(run.from) tot en met \(run.to)"
        }
        let reason =
            ties.optimalRankings > 1
            ? ": \(ties.optimalRankings) volgordes passen even goed bij wat de deelnemers invulden."
            : ": ze eindigen gelijk."
        return runs.joined(separator: "; ").capitalisedFirst + reason
    }

    /// When Borda's points order two neighbouring items of the group's order the other way round, says so and why.
    private func bordaDifference(_ figures: RankResults) -> String? {
        guard figures.method != .borda && figures.method != .meanRank else { return nil }
        let scores = figures.report.borda.scores
        let order = figures.consensus
        var swaps: [String] = []
        for (upper, lower) in zip(order, order.dropFirst()) where scores[lower] > scores[upper] {
            swaps.append(
                "\(text(figures, lower)) (\(RankWords.whole(scores[lower]))) boven \(text(figures, upper)) "
                    + "(\(RankWords.whole(scores[upper])))")
        }
        guard !swaps.isEmpty else { return nil }
        return "Op punten staat \(ReportWords.list(swaps)). De volgorde van de groep (\(figures.method.dutchName)) "
            + "telt niet de punten, maar per paar items hoeveel deelnemers het ene boven het andere zetten; zie de "
            + "bijlage Verantwoording."
    }

    /// The appendix part of a ranking step: one sentence per method with its top three and whether its order is
    /// the group's.
    mutating func rankAccountability(_ step: Step, _ figures: RankResults) {
        guard !figures.participants.isEmpty, figures.hasCommonItems else { return }
        let report = figures.report
        let first = context.steps.first { candidate in
            context.results[candidate.id]?.rank.map { !$0.participants.isEmpty && $0.hasCommonItems } ?? false
        }
        if first?.id == step.id {
            paragraph(
                "Een volgorde van de groep kan op meer manieren worden berekend. Het verslag geeft die van de methode "
                    + "die het scenario kiest; de andere staan hier ter vergelijking.")
            blocks.append(.bulletList(RankMethod.allCases.map(\.dutchExplanation)))
            paragraph(
                "W is de overeenstemmingsmaat van Kendall: 0 betekent dat de volgordes niets gemeen hebben, 1 dat "
                    + "iedereen dezelfde volgorde gaf. Onder 0,1 heet de overeenstemming hier zeer gering, onder 0,3 "
                    + "zwak, onder 0,5 matig, onder 0,7 behoorlijk en vanaf 0,7 sterk.")
        }
        paragraph(
            "\(step.title): de volgorde van de groep is berekend met \(figures.method.dutchName). Zo komen de "
                + "methoden uit:")
        var rows: [[TableCell]] = []
        for method in [figures.method] + RankMethod.allCases.filter({ $0 != figures.method }) {
            let tiers = method == figures.method ? figures.order : report.order(by: method)
            if method == .kemenyYoung && report.kemenyYoung == nil { continue }
            let flat = tiers.flatMap { $0 }
            var shown: [String] = []
            var listed = 0
            for tier in tiers where listed < 3 {
                shown.append(
                    tier.count <= 3 ? tier.map { text(figures, $0) }.joined(separator: " = ") : "\(tier.count) gelijk")
                listed += tier.count
            }
            let top = shown.joined(separator: ", ")
            let same: String
            if method == figures.method {
                same = "gebruikt"
            } else if tiers == figures.order {
                same = "dezelfde volgorde"
            } else {
                let differing = zip(flat, figures.consensus).filter { $0 != $1 }.count
                same =
                    differing == 0
                    ? "dezelfde, met gedeelde plaatsen" : "\(differing) van \(flat.count) plaatsen anders"
            }
            rows.append([.text(method.dutchName.capitalisedFirst), .text(top), .text(same)])
        }
        table(["Methode", "Bovenaan", "Volgorde"], rows, widths: [2, 4, 2])
    }
}

/// Whole numbers as a Dutch sentence writes them.
enum RankWords {
    /// Points and places: whole when they are, else one decimal ("4,5").
    static func whole(_ value: Double) -> String {
        value == value.rounded() ? DutchNumber.format(value, decimals: 0) : DutchNumber.format(value, decimals: 1)
    }
}

extension TableCell {
    /// A number without needless decimals: places and points are whole unless they are not ("4,5").
    static func whole(_ value: Double) -> TableCell { .number(value, display: RankWords.whole(value)) }
}

extension PersonalReportBuilder {
    mutating func rankPart(_ step: Step, _ mine: [InputRecord]) {
        guard !mine.isEmpty,
            let figures = context.results[step.id]?.rank,
            let ballot = figures.ballot(of: participant)
        else { return }
        let address = context.scenario.address
        let yours = address == .u ? "Uw" : "Jouw"
        // A private step's group order would give away a few people's private rankings: their own order alone.
        let consensus = figures.hasCommonItems && showsGroup(step) ? figures.consensus : []
        let length = max(ballot.count, consensus.count)
        func name(_ list: [Int], _ position: Int) -> TableCell {
            .text(position < list.count ? context.redacted(figures.items[list[position]].text) : "")
        }
        let rows: [[TableCell]] = (0..<length).map { position in
            [.count(position + 1), name(ballot, position)] + (consensus.isEmpty ? [] : [name(consensus, position)])
        }
        heading(consensus.isEmpty ? "\(yours) volgorde" : "\(yours) volgorde en die van de groep", 2)
        blocks.append(
            .table(
                TextTable(
                    header: ["Plaats", "\(yours) volgorde"] + (consensus.isEmpty ? [] : ["Groep"]), rows: rows,
                    columnWidths: consensus.isEmpty ? [1, 3] : [1, 3, 3])))
        guard !consensus.isEmpty else { return }
        let distance = KendallTau.distance(ballot: ballot, to: consensus)
        let n = figures.items.count
        let pairs = n * (n - 1) / 2
        let subject = address == .u ? "U zette" : "Je zette"
        paragraph(
            "\(subject) \(distance) van de \(pairs) paren items andersom dan de groep (0 is dezelfde volgorde als de "
                + "groep, \(pairs) de omgekeerde).")
    }
}

extension RawDataSheet {
    /// One row per participant: the items in their order, place 1 first.
    mutating func rankColumns() {
        let count = context.state.items(for: step.id).count
        header += (0..<count).map { "Plaats \($0 + 1)" }
        widths += (0..<count).map { _ in 4 }
        for record in inputs {
            guard case .rank(let order) = record.input else { continue }
            rows.append(base(record) + order.map { item($0, record) })
        }
    }
}

extension RawDataSheet {
    /// "Rangschikking": one row per item in the group's order, its place in the consensus beside the place every
    /// participant gave it (a column per participant), so that who sees it differently shows at a glance.
    func rankPositionSheets() -> [Sheet] {
        guard let figures = context.results[step.id]?.rank, figures.hasCommonItems, !figures.participants.isEmpty
        else { return [] }
        let ballots = figures.participants.map { figures.ballot(of: $0) ?? [] }
        var rows: [[Cell]] = []
        for (place, group) in figures.order.enumerated() {
            for candidate in group {
                let positions: [Cell] = ballots.map { ballot in
                    ballot.firstIndex(of: candidate).map { .int($0 + 1) } ?? .empty
                }
                rows.append([.int(place + 1), .string(context.redacted(figures.items[candidate].text))] + positions)
            }
        }
        let names = figures.participants.map { context.displayName($0) }
        return [
            Sheet(
                name: "Rangschikking \(step.title)", header: ["Plaats groep", "Item"] + names,
                ids: ["", ""] + figures.participants,
                rows: rows, columnWidths: [2.5, 6] + names.map { _ in 2.5 })
        ]
    }
}

extension RankSection {
    /// Paper: the items with a blank for the position (1 = most important).
    static func form(_ settings: RankSettings, in scenario: Scenario) -> [TextBlock] {
        let items = PaperBlocks.items(settings.items, in: scenario)
        let instruction =
            settings.top.map { "Zet een 1 bij wat het belangrijkst is, een 2 bij het volgende, tot en met \($0)." }
            ?? "Zet een 1 bij wat het belangrijkst is, een 2 bij het volgende, en zo verder tot en met \(items.count)."
        var blocks: [TextBlock] = [.paragraph(instruction, style: .note)]
        if let origin = PaperBlocks.itemOrigin(settings.items, in: scenario) { blocks.append(origin) }
        let rows: [[TableCell]] = items.map { [.text("____"), .text($0.text), .text($0.code)] }
        blocks.append(.table(TextTable(header: ["Plaats", "Item", "Code"], rows: rows, columnWidths: [1, 6, 2])))
        return blocks
    }
}
