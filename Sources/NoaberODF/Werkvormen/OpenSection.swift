import NoaberCore

/// An open question: every answer (with its question when the step asks per item); a participant's own answers;
/// one row per answer in the raw data.
enum OpenSection {
    static let name = "open vraag"
    static let purpose = "ieder beantwoordt de vraag in eigen woorden."
}

extension GroupReportBuilder {
    mutating func openSection(_ step: Step, _ settings: OpenSettings, _ inputs: [InputRecord]) {
        var rows: [[TableCell]] = []
        for record in inputs {
            guard case .open(let item, let text) = record.input else { continue }
            let question = item.map { context.itemText($0, in: step.id, participant: record.participant) } ?? ""
            rows.append([
                .text(context.displayName(record.participant)), .text(question), .text(context.redacted(text)),
            ])
        }
        if settings.items == nil {
            table(["Deelnemer", "Antwoord"], rows.map { [$0[0], $0[2]] }, widths: [1, 3])
        } else {
            // Listed questions (a POP-OP) are questions; items from an earlier step (values, roles) are items.
            let listed = if case .listed? = settings.items { true } else { false }
            table(["Deelnemer", listed ? "Vraag" : "Item", "Antwoord"], rows, widths: [2, 2, 4])
        }
    }
}

extension GroupReportBuilder {
    /// "7 deelnemers gaven een antwoord." or, with several answers each, "7 deelnemers gaven samen 21 antwoorden."
    /// In the chapter one answer each is no lead: the response line below says the same ("Respons: 7 van 9").
    func openHighlight(_ step: Step, _ settings: OpenSettings, _ inputs: [InputRecord], inSummary: Bool) -> String? {
        let people = Set(inputs.map(\.participant)).count
        let who = Self.counted(people, "deelnemer gaf", "deelnemers gaven")
        guard people != inputs.count else { return inSummary ? "\(who) een antwoord." : nil }
        return "\(who) samen \(Self.counted(inputs.count, "antwoord", "antwoorden"))."
    }
}

extension ReportContext {
    /// How many participants answered, per question (by item id; "" for a step without questions).
    static func openGroupCounts(_ inputs: [InputRecord]) -> [String: Int] {
        var people: [String: Set<ParticipantID>] = [:]
        for record in inputs {
            if case .open(let item, _) = record.input { people[item ?? "", default: []].insert(record.participant) }
        }
        return people.mapValues(\.count)
    }
}

extension PersonalReportBuilder {
    /// The participant's answers, beside how many answered the question (the other answers are other
    /// participants' words). A step that asks per item (the questions of a POP-OP) lists every question they were
    /// asked, in order: an open one with lines to write on, so that the plan can be finished at home.
    mutating func openPart(_ step: Step, _ settings: OpenSettings, _ mine: [InputRecord]) {
        let counts = showsGroup(step) ? context.groupCounts[step.id] : nil
        guard settings.items != nil else {
            for record in mine {
                if case .open(_, let text) = record.input { paragraph(context.redacted(text)) }
            }
            if !mine.isEmpty, let answered = counts?[""] { paragraph(answeredSentence(step, answered), .note) }
            return
        }
        var answers: [Item.ID: String] = [:]
        for record in mine {
            if case .open(let item?, let text) = record.input { answers[item] = context.redacted(text) }
        }
        let questions = context.state.items(for: step.id, participant: participant)
        guard !questions.isEmpty, !mine.isEmpty || step.isPrivate else { return }
        let open = questions.filter { answers[$0.id] == nil }.count
        if open > 0 {
            paragraph(
                open == questions.count
                    ? "Nog niet ingevuld; de regels zijn om het thuis af te maken."
                    : "\(open) van de \(questions.count) vragen staan nog open; de regels zijn om ze thuis af te maken.",
                .note)
        }
        for question in questions {
            heading(context.redacted(question.text), 2)
            if let answer = answers[question.id] {
                paragraph(answer)
                // Not "of N": not everyone was asked each question (a question per item of one's own top).
                if let answered = counts?[question.id] {
                    paragraph(answeredSentence(step, answered, ofPresent: false), .note)
                }
            } else {
                blocks += PaperBlocks.writingLines(4)
            }
        }
    }

    /// "7 van de 9 deelnemers beantwoordden deze vraag." (the participant among them; without "van de 9" when
    /// `ofPresent` is false), or that they alone did.
    private func answeredSentence(_ step: Step, _ answered: Int, ofPresent: Bool = true) -> String {
        guard answered > 1 else {
            return context.address.say(
                u: "Alleen u beantwoordde deze vraag.", je: "Alleen jij beantwoordde deze vraag.")
        }
        guard ofPresent, let present = context.response(for: step)?.present, present >= answered else {
            return "\(answered) deelnemers beantwoordden deze vraag."
        }
        guard present > answered else { return "Alle \(answered) deelnemers beantwoordden deze vraag." }
        return "\(answered) van de \(present) deelnemers beantwoordden deze vraag."
    }
}

extension RawDataSheet {
    mutating func openColumns() {
        header += ["Vraag", "Antwoord"]
        widths += [5, 12]
        for record in inputs {
            guard case .open(let id, let text) = record.input else { continue }
            rows.append(base(record) + [id.map { item($0, record) } ?? .empty, .string(context.redacted(text))])
        }
    }
}

extension OpenSection {
    /// Paper: ruled lines for the answer, per item when the question is asked per item.
    static func form(_ settings: OpenSettings, in scenario: Scenario) -> [TextBlock] {
        guard let source = settings.items else { return PaperBlocks.writingLines(6) }
        var blocks: [TextBlock] = PaperBlocks.itemOrigin(source, in: scenario).map { [$0] } ?? []
        for item in PaperBlocks.items(source, in: scenario, blankRows: 3) {
            let title =
                item.text.isEmpty ? "Item: ____________________ (code: ______)" : "\(item.text) (code: \(item.code))"
            blocks += [.paragraph(title, style: .body)] + PaperBlocks.writingLines(3)
        }
        return blocks
    }

    /// The draaiboek's material: the items answered one by one.
    static func material(_ settings: OpenSettings) -> [TextBlock] {
        guard case .listed(let items)? = settings.items else { return [] }
        return [.bulletList(items.map { "\($0.text) (\($0.id))" })]
    }
}
