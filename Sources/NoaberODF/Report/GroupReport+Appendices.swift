import NoaberCore

extension GroupReportBuilder {
    /// The appendices, lettered: who took part, the agenda planned and actual, how the results were computed
    /// ("Verantwoording", when a step needs it), what the werkvormen were for.
    mutating func appendices() {
        participantsAppendix()
        agendaAppendix()
        accountabilityAppendix()
        werkvormenAppendix()
    }

    /// "Bijlage A. Deelnemers", "Bijlage B. …" in the order they are written.
    mutating func appendix(_ title: String) {
        let letter = Character(UnicodeScalar(UInt8(65 + appendixCount)))
        appendixCount += 1
        heading("Bijlage \(letter). \(title)", 1)
    }

    /// Who took part, by fractie or group, with when they came and went when that was not the whole meeting.
    private mutating func participantsAppendix() {
        appendix("Deelnemers")
        paragraph(attendanceSentence())
        if context.pseudonymous {
            paragraph("Deze sessie is met schuilnamen gehouden; echte namen staan niet in dit verslag.")
        }
        let participants = context.state.participants
        let groupOrder = context.scenario.groups.map(\.name) + participants.map { context.groupName($0.participant) }
        let ordered = participants.enumerated().sorted { left, right in
            let leftGroup = groupOrder.firstIndex(of: context.groupName(left.element.participant)) ?? 0
            let rightGroup = groupOrder.firstIndex(of: context.groupName(right.element.participant)) ?? 0
            return (leftGroup, left.offset) < (rightGroup, right.offset)
        }.map(\.element)
        let hasGroups = participants.contains { !context.groupName($0.participant).isEmpty }
        let rows: [[TableCell]] = ordered.map { participant in
            [.text(context.displayName(participant.id))]
                + (hasGroups ? [.text(context.groupName(participant.participant))] : [])
                + [.text(presence(participant))]
        }
        let header = ["Deelnemer"] + (hasGroups ? [context.groupWord.singular.capitalisedFirst] : []) + ["Aanwezig"]
        blocks.append(.table(TextTable(header: header, rows: rows, columnWidths: hasGroups ? [3, 3, 2] : [3, 2])))
    }

    /// "hele bijeenkomst", "vanaf 19:45", "tot 20:50" or "19:45–20:50".
    private func presence(_ participant: ParticipantState) -> String {
        let firstOpened = context.state.steps.compactMap(\.openedAt).min() ?? context.start
        let late = participant.joinedAt > firstOpened
        switch (late, participant.leftAt) {
        case (false, nil): return "hele bijeenkomst"
        case (true, nil): return "vanaf \(ODFDate.dutchTime(participant.joinedAt))"
        case (false, let left?): return "tot \(ODFDate.dutchTime(left))"
        case (true, let left?): return "\(ODFDate.dutchTime(participant.joinedAt))–\(ODFDate.dutchTime(left))"
        }
    }

    /// The agenda with planned clock times (from the start, step after step) beside the actual ones.
    private mutating func agendaAppendix() {
        appendix("Agenda")
        let timing = context.state.timing(at: context.end)
        var plannedStart = context.start.millisecondsSince1970
        var rows: [[TableCell]] = []
        for (step, state) in zip(context.steps, context.state.steps) {
            let plannedEnd = plannedStart + Int64(step.minutes) * 60_000
            let planned = "\(clock(plannedStart))–\(clock(plannedEnd))"
            let actual =
                state.openedAt.map { opened in
                    "\(ODFDate.dutchTime(opened))–\(ODFDate.dutchTime(state.closedAt ?? context.end))"
                } ?? "niet gedaan"
            rows.append([.text(step.title), .text(planned), .text(actual)])
            plannedStart = plannedEnd
        }
        blocks.append(
            .table(TextTable(header: ["Onderdeel", "Gepland", "Werkelijk"], rows: rows, columnWidths: [5, 2, 2])))
        var sentence =
            "Gepland was \(timing.plannedMinutes) minuten; de onderdelen duurden samen \(timing.actualMinutes) minuten."
        let over = timing.steps.filter { $0.isOverrun && $0.actualMinutes > $0.plannedMinutes }
        if !over.isEmpty {
            sentence +=
                " Langer dan gepland: "
                + ReportWords.list(over.map { "\($0.title) (\($0.actualMinutes) in plaats van \($0.plannedMinutes))" })
                + "."
        }
        paragraph(sentence)
    }

    private func clock(_ milliseconds: Int64) -> String {
        ODFDate.dutchTime(Timestamp(millisecondsSince1970: milliseconds))
    }

    /// "Over de werkvormen": in the report's own words what each werkvorm of the agenda was for, then where the
    /// scenario comes from. The sources' own texts are for the draaiboek, not for this report.
    private mutating func werkvormenAppendix() {
        appendix("Over de werkvormen")
        var kinds: [Activity.Kind] = []
        for step in context.steps where !kinds.contains(step.activity.kind) { kinds.append(step.activity.kind) }
        let lines = kinds.map { kind in
            // Titles in quotation marks: a title with a colon or a question mark reads as one name.
            let titles = context.steps.filter { $0.activity.kind == kind }.map { "“\($0.title)”" }
            return "\(kind.dutchName.capitalisedFirst) (\(ReportWords.list(titles))): \(kind.purpose)"
        }
        blocks.append(.bulletList(lines))
        // Quoted, as above and in the personal report: "Reflectie op de scores en POP-OP" read as one name.
        if let opening = context.privateStepsOpening {
            paragraph(
                opening
                    + " staan de antwoorden alleen in de persoonlijke verslagen van de deelnemers; dit verslag geeft"
                    + " alleen hoeveel deelnemers ze invulden.")
        }
        // One line per publication, with the sections the scenario draws on (a scenario and the ones it includes
        // may cite the same publication more than once).
        var citations: [String] = []
        var sections: [String: [String]] = [:]
        for source in context.scenario.sources {
            let citation = source.citation.trimmedWhitespace
            if sections[citation] == nil { citations.append(citation) }
            var known = sections[citation, default: []]
            if let section = source.section?.trimmedWhitespace, !section.isEmpty, !citation.contains(section),
                !known.contains(section)
            {
                known.append(section)
            }
            sections[citation] = known
        }
        let unique = citations.map { citation in
            let parts = sections[citation] ?? []
            return parts.isEmpty ? citation : "\(citation), \(ReportWords.list(parts))"
        }
        guard !unique.isEmpty else { return }
        paragraph(
            unique.count == 1
                ? "De opzet van de bijeenkomst en de teksten zijn ontleend aan \(unique[0])."
                : "De opzet van de bijeenkomst en de teksten zijn ontleend aan:")
        if unique.count > 1 { blocks.append(.bulletList(unique)) }
    }
}
