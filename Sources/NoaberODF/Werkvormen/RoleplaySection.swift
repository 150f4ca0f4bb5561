import NoaberCore

/// A role play: the case, then what each role brought in per round; a participant's own contributions; one row
/// per contribution in the raw data.
enum RoleplaySection {
    static let name = "rollenspel"
    static let purpose =
        "de deelnemers bekijken een casus vanuit verschillende rollen en zeggen per rol wat zij zouden doen."
}

extension GroupReportBuilder {
    mutating func roleplaySection(_ step: Step, _ settings: RoleplaySettings, _ inputs: [InputRecord]) {
        heading("De casus: \(settings.caseTitle)", 2)
        // The case is quoted from the source, often a fragment ("tweespalt in een buurt …"): set as a sentence.
        paragraph(ReportWords.sentence(settings.caseText), .quote)
        let roles = context.results[step.id]?.items ?? context.state.items(for: step.id)
        guard !nothingYet(inputs) else { return }
        heading("Wat elke rol inbracht", 2)
        // A round column only when there was more than one round: a column of ones says nothing.
        let rounds = settings.rounds > 1
        var rows: [[TableCell]] = []
        for role in roles {
            for record in inputs {
                guard case .roleplay(let roleID, let round, let text) = record.input, roleID == role.id else {
                    continue
                }
                rows.append(
                    [.text(context.redacted(role.text))] + (rounds ? [.count(round)] : [])
                        + [.text(context.displayName(record.participant)), .text(context.redacted(text))])
            }
        }
        table(
            ["Rol"] + (rounds ? ["Ronde"] : []) + ["Deelnemer", "Inbreng"], rows,
            widths: [6] + (rounds ? [3] : []) + [4, 12])
    }
}

extension GroupReportBuilder {
    /// "9 rollen kwamen aan bod in 12 bijdragen."
    func roleplayHighlight(_ step: Step, _ inputs: [InputRecord]) -> String {
        let roles = Set(inputs.compactMap { if case .roleplay(let role, _, _) = $0.input { role } else { nil } })
        return "\(Self.counted(roles.count, "rol kwam", "rollen kwamen")) aan bod in "
            + "\(Self.counted(inputs.count, "bijdrage", "bijdragen"))."
    }
}

extension ReportContext {
    /// How many contributions the group gave per role and round (key `roleplayKey`).
    static func roleplayGroupCounts(_ inputs: [InputRecord]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for record in inputs {
            guard case .roleplay(let role, let round, _) = record.input else { continue }
            counts[roleplayKey(role, round), default: 0] += 1
        }
        return counts
    }

    static func roleplayKey(_ role: Item.ID, _ round: Int) -> String { "\(role)\t\(round)" }
}

extension PersonalReportBuilder {
    /// The participant's contributions per role and round, beside how many the group gave in that role and round
    /// (the group's texts are other participants' words).
    mutating func roleplayPart(_ step: Step, _ mine: [InputRecord]) {
        let counts = showsGroup(step) ? context.groupCounts[step.id] : nil
        let rows: [[TableCell]] = mine.compactMap { record in
            guard case .roleplay(let role, let round, let text) = record.input else { return nil }
            let own: [TableCell] = [
                .text(context.itemText(role, in: step.id)), .count(round), .text(context.redacted(text)),
            ]
            guard let counts else { return own }
            return own + [.count(counts[ReportContext.roleplayKey(role, round)] ?? 1)]
        }
        guard !rows.isEmpty else { return }
        ownTable(
            ["Rol", "Ronde", "\(context.yourLabel) inbreng"], group: counts == nil ? nil : "Groep", rows,
            widths: [2, 1, 5])
        guard counts != nil else { return }
        paragraph(
            context.address.say(
                u: "Groep: hoeveel bijdragen de groep in die rol en ronde gaf, de uwe meegeteld.",
                je: "Groep: hoeveel bijdragen de groep in die rol en ronde gaf, die van jou meegeteld."), .note)
    }
}

extension RawDataSheet {
    mutating func roleplayColumns() {
        header += ["Rol", "Ronde", "Inbreng"]
        widths += [4, 1.5, 12]
        for record in inputs {
            guard case .roleplay(let role, let round, let text) = record.input else { continue }
            rows.append(base(record) + [item(role, record), .int(round), .string(context.redacted(text))])
        }
    }
}

extension RoleplaySection {
    /// Paper: per round, the role played and notes.
    static func form(_ settings: RoleplaySettings, in scenario: Scenario) -> [TextBlock] {
        var blocks: [TextBlock] = []
        if case .listed(let roles) = settings.roles {
            blocks.append(
                .paragraph(
                    "Rollen: " + roles.map { "\($0.text) (\($0.id))" }.joined(separator: "; ") + ".", style: .note))
        } else if let origin = PaperBlocks.itemOrigin(settings.roles, in: scenario) {
            blocks.append(origin)
        }
        let rows: [[TableCell]] = (1...max(1, settings.rounds)).map { [.count($0), .text(""), .text("")] }
        blocks.append(
            .table(TextTable(header: ["Ronde", "Rol (code)", "Notitie"], rows: rows, columnWidths: [1, 3, 6])))
        return blocks
    }

    /// The draaiboek's material: the case and the roles.
    static func material(_ settings: RoleplaySettings) -> [TextBlock] {
        var blocks: [TextBlock] = [
            .paragraph(settings.caseTitle, style: .body), .paragraph(settings.caseText, style: .quote),
        ]
        if case .listed(let roles) = settings.roles {
            blocks.append(.bulletList(roles.map { "\($0.text) (\($0.id))" }))
        }
        return blocks
    }
}
