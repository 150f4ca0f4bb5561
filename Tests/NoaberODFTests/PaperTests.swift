import Foundation
import NoaberCore
import NoaberFormats
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// The paper of every shipped scenario: the draaiboek (agenda with clock times, instructions, prompts, material,
/// sources) and the participants' forms (one section per step with input, in agenda order, with the codes the
/// griffier types, a name field on every page), both valid ODF.
@Suite struct PaperTests {
    static let moment = Timestamp(millisecondsSince1970: 1_796_000_000_000)

    static func scenarios() throws -> [Scenario] { try ScenarioCatalog.embedded().map(\.scenario) }

    static func texts(_ document: TextDocument) -> [String] {
        document.blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let text, _), .paragraph(let text, _): [text]
            case .bulletList(let items): items
            case .table(let table): table.header + table.rows.flatMap { $0.map(\.display) }
            default: []
            }
        }
    }

    @Test func draaiboekHasTheAgendaWithClockTimesAndEveryStepsTexts() throws {
        for scenario in try Self.scenarios() {
            let metadata = PaperFile.metadata(scenario, title: "Draaiboek", now: Self.moment)
            let document = Draaiboek.document(scenario, startMinute: 19 * 60 + 30, metadata: metadata)
            let texts = Self.texts(document)
            let all = texts.joined(separator: "\n")
            var clock = 19 * 60 + 30
            for step in scenario.steps {
                let span = "\(PaperClock.text(clock))–\(PaperClock.text(clock + step.minutes))"
                #expect(texts.contains("\(span) \(step.title)"), "\(scenario.id) \(step.id)")
                for text in [step.instructions, step.prompt] where !text.isEmpty {
                    #expect(all.contains(text), "\(scenario.id) \(step.id)")
                }
                clock += step.minutes
            }
            for source in scenario.sources { #expect(all.contains(source.citation)) }
            #expect(texts.first == "Draaiboek" && texts.contains(scenario.title))
        }
    }

    @Test func clockTimesWrapPastMidnight() {
        #expect(PaperClock.text(23 * 60 + 50 + 20) == "0:10")
        #expect(PaperClock.text(9 * 60 + 5) == "9:05")
    }

    @Test func formsFollowTheAgendaWithTheCodesTheGriffierTypes() throws {
        for scenario in try Self.scenarios() {
            let metadata = PaperFile.metadata(scenario, title: "Invulformulieren", now: Self.moment)
            let document = ParticipantForms.document(scenario, metadata: metadata)
            #expect(document.pageHeader == ParticipantForms.pageHeader)
            let headings = document.blocks.compactMap { block -> String? in
                if case .heading(let text, 1) = block { text } else { nil }
            }
            let inputSteps = scenario.steps.filter { $0.activity.kind != .info }
            #expect(
                headings
                    == inputSteps.enumerated().map { "\($0.offset + 1). \($0.element.title) (code: \($0.element.id))" })
            let all = Self.texts(document).joined(separator: "\n")
            for step in inputSteps {
                if case .likert(let settings) = step.activity {
                    for statement in settings.statements {
                        #expect(all.contains(statement.text) && all.contains(statement.id))
                    }
                }
                if case .rank(let settings) = step.activity, case .listed(let items) = settings.items {
                    for item in items { #expect(all.contains(item.text) && all.contains(item.id)) }
                }
            }
        }
    }

    @Test func aLikertFormHasABoxPerScaleValueForEveryStatement() throws {
        let scale = Scale(
            min: 1, max: 5, labels: [ScaleLabel(value: 1, text: "oneens"), ScaleLabel(value: 5, text: "eens")])
        let statements = [LikertStatement(id: "s1", text: "Eerste"), LikertStatement(id: "s2", text: "Tweede")]
        let settings = LikertSettings(
            scale: scale, themes: [LikertTheme(id: "t", title: "Thema", statements: statements, interpretation: [])])
        let tables = LikertSection.form(settings).compactMap { block -> TextTable? in
            if case .table(let table) = block { table } else { nil }
        }
        let table = try #require(tables.first)
        #expect(table.header == ["Code", "Uitspraak", "1 oneens", "2", "3", "4", "5 eens"])
        #expect(
            table.rows.map { $0.map(\.display) }
                == statements.map { [$0.id, $0.text] + Array(repeating: "☐", count: 5) })
    }

    @Test func writtenFilesAreValidODFWithTheNameFieldOnEveryPage() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [URL] = []
        for scenario in try Self.scenarios() {
            let draaiboek = directory.appendingPathComponent("draaiboek-\(scenario.id).odt")
            let forms = directory.appendingPathComponent("formulieren-\(scenario.id).odt")
            try PaperFile.write(
                Draaiboek.document(
                    scenario, startMinute: 1170, metadata: PaperFile.metadata(scenario, title: "D", now: Self.moment)),
                to: draaiboek.path)
            try PaperFile.write(
                ParticipantForms.document(
                    scenario, metadata: PaperFile.metadata(scenario, title: "F", now: Self.moment)),
                to: forms.path)
            let styles = try ODFReopener(url: forms).text("styles.xml")
            #expect(styles.contains("<style:header><text:p text:style-name=\"Noaber_Header\">Deelnemer nr."))
            files += [draaiboek, forms]
        }
        if let result = try ODFCheck.run(files) { #expect(result.passed, "\(result.output)") }
    }

    @Test func aFileThatCannotBeWrittenIsNamed() throws {
        let scenario = try #require(try Self.scenarios().first)
        let document = ParticipantForms.document(
            scenario, metadata: PaperFile.metadata(scenario, title: "F", now: Self.moment))
        #expect {
            try PaperFile.write(document, to: "/nonexistent-folder/formulieren.odt")
        } throws: { error in
            (error as? ODFError)?.rendered(in: .nl).contains("/nonexistent-folder/formulieren.odt") == true
        }
    }
}
