import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

func sampleSpreadsheet() -> Spreadsheet {
    let time = Timestamp(millisecondsSince1970: 1_795_608_000_000)
    var sheet = Spreadsheet(metadata: ODFMetadata(title: "Gegevens", created: time, modified: time))
    sheet.append(
        Sheet(
            name: "Deelnemers", header: ["Deelnemer", "Fractie", "Score", "Binnen"],
            rows: [
                [.string("Anna"), .string("=SOM(A1:A9)"), .float(3.25), .date(time)],
                [.string("+31 6 1234"), .string("-2"), .int(4), .empty],
                [.string("@kees"), .string(nil), .float(-1), .date(time)],
            ], columnWidths: [5, 4]))
    sheet.append(Sheet(name: "Rollen/rondes: [1]?", header: ["Rol"], rows: [[.string("Ambassadeur")]]))
    sheet.append(Sheet(name: "deelnemers", header: ["Dubbel"]))
    return sheet
}

@Suite struct SpreadsheetTests {
    @Test func cellsAreTypedAndNeverFormulas() throws {
        let content = String(decoding: try sampleSpreadsheet().contentXML(), as: UTF8.self)
        #expect(!content.contains("table:formula"))
        #expect(
            content.contains(
                #"<table:table-cell office:value-type="string" table:style-name="ce_text"><text:p>=SOM(A1:A9)</text:p>"#
            ))
        #expect(
            content.contains(
                #"<table:table-cell office:value-type="string" table:style-name="ce_text"><text:p>+31 6 1234</text:p>"#)
        )
        #expect(
            content.contains(
                #"<table:table-cell office:value-type="float" office:value="3.25" table:style-name="ce_dec"><text:p>3,25</text:p>"#
            ))
        #expect(content.contains(#"office:value-type="date" office:date-value="2026-11-25T13:00:00""#))
        #expect(content.contains("<table:table-header-rows>"))
    }

    @Test func sheetNamesAreMadeValidAndUnique() {
        #expect(sampleSpreadsheet().sheets.map(\.name) == ["Deelnemers", "Rollen-rondes (1)", "deelnemers (2)"])
    }

    @Test(arguments: [
        ("Reflectie op de scores en wat we ervan leren", "Reflectie op de scores en wat"),
        ("Wat stelt u voorop bij overheidsparticipatie?", "Wat stelt u voorop bij"),
        ("Wat stelt u voorop?", "Wat stelt u voorop"),
        ("Tweede ronde (optioneel): vijf waarden", "Tweede ronde (optioneel) vijf"),
        ("Overheidsparticipatiebevorderingsprogramma", "Overheidsparticipatiebevorderin"),
        ("Kort", "Kort"),
    ])
    func longSheetNamesAreCutAtAWord(name: String, expected: String) {
        #expect(Sheet.safeName(name) == expected)
        #expect(expected.count <= Sheet.maxNameLength)
    }

    @Test func takenLongNamesStayUniqueAndShort() {
        var book = Spreadsheet(metadata: sampleSpreadsheet().metadata)
        for _ in 0..<3 { book.append(Sheet(name: "Reflectie op de scores en wat we ervan leren", header: ["x"])) }
        #expect(
            book.sheets.map(\.name) == [
                "Reflectie op de scores en wat", "Reflectie op de scores en (2)", "Reflectie op de scores en (3)",
            ])
    }

    @Test func numbersCarryADutchFormat() throws {
        let content = String(decoding: try sampleSpreadsheet().contentXML(), as: UTF8.self)
        #expect(
            content.contains(
                #"<number:number-style style:name="N_dec2" number:language="nl" number:country="NL"><number:number number:decimal-places="2" number:min-decimal-places="2""#
            ))
        #expect(
            content.contains(
                #"<table:table-cell office:value-type="float" office:value="-1" table:style-name="ce_dec"><text:p>-1,00</text:p>"#
            ))
        #expect(
            content.contains(
                #"<table:table-cell office:value-type="float" office:value="4" table:style-name="ce_int"><text:p>4</text:p>"#
            ))
    }

    @Test func printsLandscapeFitToWidthWithDutchHeaderAndFooter() throws {
        let styles = String(decoding: try sampleSpreadsheet().stylesXML(), as: UTF8.self)
        #expect(styles.contains(#"style:print-orientation="landscape""#))
        #expect(styles.contains(#"style:scale-to-X="1""#))
        #expect(styles.contains("<text:p>Gegevens</text:p>"))
        #expect(styles.contains("<text:sheet-name>"))
        #expect(styles.contains("Pagina <text:page-number>1</text:page-number> van <text:page-count>"))
        let content = String(decoding: try sampleSpreadsheet().contentXML(), as: UTF8.self)
        #expect(
            content.contains(#"<style:style style:name="ta1" style:family="table" style:master-page-name="Default">"#))
        #expect(!content.contains("<table:table table:name=\"Deelnemers\">"), "every sheet uses the printed page")
    }

    @Test func idsStandInAHeaderRowOfTheirOwn() throws {
        var book = Spreadsheet(metadata: sampleSpreadsheet().metadata)
        book.append(
            Sheet(
                name: "Vragen", header: ["Deelnemer", "Ik luister eerst"], ids: ["", "doen-1"],
                rows: [[.string("Anna"), .int(3)]]))
        let content = String(decoding: try book.contentXML(), as: UTF8.self)
        #expect(
            content.contains(
                #"<table:table-cell table:style-name="ce_header" office:value-type="string"><text:p>Ik luister eerst</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell table:style-name="ce_id" office:value-type="string"><text:p/></table:table-cell><table:table-cell table:style-name="ce_id" office:value-type="string"><text:p>doen-1</text:p>"#
            ))
        let settings = String(decoding: try book.settingsXML(), as: UTF8.self)
        #expect(
            settings.contains(
                #"<config:config-item config:name="VerticalSplitPosition" config:type="int">2</config:config-item>"#))
    }

    @Test func headerRowIsFrozenOnEverySheet() throws {
        let package = try ODFReopener(try sampleSpreadsheet().ods())
        #expect(
            package.entryPaths == [
                "mimetype", "content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml",
            ])
        let settings = try package.text("settings.xml")
        #expect(
            settings.components(
                separatedBy:
                    #"<config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>"#
            ).count == 4)
    }

    @Test func headerColumnsAreWideEnoughForTheirLongestWordAndTheTitleRowForItsLines() throws {
        var book = Spreadsheet(metadata: sampleSpreadsheet().metadata)
        let statement = "Wat betreft overheidsparticipatie ben ik meer een verleider dan een leider."
        book.append(
            Sheet(
                name: "Vragen", header: ["Deelnemer", statement], ids: ["", "doel-5"],
                rows: [[.string("Anna"), .int(3)]], columnWidths: [4, 2.5]))
        let sheet = try #require(book.sheets.first)
        // "overheidsparticipatie" in bold 10 pt is wider than 2.5 cm: the column grows to hold it whole.
        let word = TextWidth.widestWord("overheidsparticipatie", points: 10, bold: true)
        #expect(sheet.printedWidths[0] == 4)
        #expect(sheet.printedWidths[1] >= word + 2 * Sheet.cellPadding && sheet.printedWidths[1] < word + 0.5)
        let lines = Sheet.lineCount(statement, width: sheet.printedWidths[1] - 2 * Sheet.cellPadding)
        #expect(lines >= 4 && lines <= 6)
        #expect(Sheet.lineCount("kort", width: 3) == 1)
        #expect(Sheet.lineCount("een\ntwee", width: 3) == 2)
        let content = String(decoding: try book.contentXML(), as: UTF8.self)
        let height = DutchNumber.dot(sheet.headerHeight)
        #expect(
            content.contains(
                #"<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="\#(height)cm" style:use-optimal-row-height="false""#
            ))
        #expect(content.contains(#"<table:table-header-rows><table:table-row table:style-name="ro1">"#))
        #expect(
            content.contains(
                #"style:column-width="\#(DutchNumber.dot(sheet.printedWidths[1]))cm""#))
    }

    /// LibreOffice prints every statement whole in its header (`NOABER_RENDER=1`): before the title row had a
    /// fixed height, the end of a long statement was cut off.
    @Test func renderedHeadersShowWholeStatementsAndDutchPageNumbers() throws {
        guard ProcessInfo.processInfo.environment["NOABER_RENDER"] == "1" else { return }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ods = directory.appendingPathComponent("gegevens.ods")
        try RawData.spreadsheet(for: try GoldenTests.session("zelfanalyse")).ods().write(to: ods)
        guard
            let result = try ODFCheck.run(
                [ods], expect: ["vergiffenis vragen dan vooraf toestemming).", "Pagina 1 van", "Score Raad"])
        else { return }
        #expect(result.passed, "\(result.output)")
    }

    @Test func writtenSpreadsheetPassesOdfCheck() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ods = directory.appendingPathComponent("gegevens.ods")
        try sampleSpreadsheet().ods().write(to: ods)
        guard let result = try ODFCheck.run([ods]) else { return }
        #expect(result.passed, "\(result.output)")
    }
}

/// gegevens.ods of real sessions: statements in full above their ids, the ranking item × participant.
@Suite struct RawDataLayoutTests {
    @Test func statementsStandInFullAboveTheirIds() throws {
        let state = try GoldenTests.session("zelfanalyse")
        let book = try RawData.spreadsheet(for: state)
        let sheet = try #require(book.sheets.first { !$0.ids.isEmpty })
        let index = try #require(sheet.ids.firstIndex { !$0.isEmpty })
        #expect(!sheet.header[index].contains(sheet.ids[index]), "the id stands in its own row, not in the text")
        #expect(sheet.header[index].count > 20, "the statement's whole text heads the column")
        #expect(book.sheets.allSatisfy { $0.name.count <= Sheet.maxNameLength })
        #expect(Set(book.sheets.map { $0.name.lowercased() }).count == book.sheets.count)
    }

    @Test func rankingSheetShowsEveryParticipantsPlaceBesideTheConsensus() throws {
        let state = try GoldenTests.session("democratische-waarden")
        let book = try RawData.spreadsheet(for: state)
        let sheet = try #require(book.sheets.first { $0.name == "Rangschikking Waarden" })
        let participants = state.participants.count
        #expect(sheet.header.count == 2 + participants)
        #expect(sheet.header.prefix(2) == ["Plaats groep", "Item"])
        #expect(sheet.rows.first?.first == .int(1))
        // Every participant's column holds each place once.
        for column in 2..<sheet.header.count {
            let places = sheet.rows.compactMap { row -> Int? in
                if case .integer(let place) = row[column] { place } else { nil }
            }
            #expect(places.sorted() == Array(1...places.count))
        }
    }
}
