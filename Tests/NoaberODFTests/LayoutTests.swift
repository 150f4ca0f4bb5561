import Foundation
import NoaberCore
import Testing

@testable import NoaberODF

/// How a report looks on paper: rows that never split, intros that stay with their table, columns as wide as
/// their words, one thin line between rows, a table of contents with real page numbers.
@Suite struct LayoutTests {
    static let metadata = ODFMetadata(
        title: "Proef", created: Timestamp(millisecondsSince1970: 0), modified: Timestamp(millisecondsSince1970: 0))

    static func document(rows: Int, header: [String] = ["Deelnemer", "Antwoord"]) -> TextDocument {
        var document = TextDocument(metadata: Self.metadata)
        document.append(.tableOfContents(title: "Inhoud", levels: 2))
        document.heading("Antwoorden", level: 1)
        document.paragraph("Wat de deelnemers schreven.")
        document.append(
            .table(
                TextTable(
                    header: header,
                    rows: (0..<rows).map { [.text("Deelnemer \($0)"), .text("Een antwoord van een paar woorden.")] })))
        document.heading("Slot", level: 2)
        document.paragraph("Tot slot.")
        return document
    }

    static func content(_ document: TextDocument) throws -> String {
        String(decoding: try document.contentXML(), as: UTF8.self)
    }

    @Test func everyRowKeepsTogetherAndShortTablesStayWhole() throws {
        let short = try Self.content(Self.document(rows: 5))
        #expect(short.contains(#"<table:table table:name="Tabel1" table:style-name="Noaber_Table_Whole">"#))
        #expect(
            short.contains(
                #"<style:style style:name="Noaber_Table_Whole" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-bottom="0.3cm" style:may-break-between-rows="false"/>"#
            ))
        #expect(
            short.contains(
                #"<style:style style:name="Noaber_Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/>"#
            ))
        let rows = short.components(separatedBy: "<table:table-row").count - 1
        let keptRows = short.components(separatedBy: #"<table:table-row table:style-name="Noaber_Row">"#).count - 1
        #expect(rows == 6 && keptRows == rows, "every row, the header included, keeps together")
        // A table longer than a page breaks between rows (never inside one).
        let long = try Self.content(Self.document(rows: 80))
        #expect(long.contains(#"<table:table table:name="Tabel1" table:style-name="Noaber_Table">"#))
    }

    @Test func introAndHeadingsKeepWithWhatFollows() throws {
        let document = Self.document(rows: 3)
        let content = try Self.content(document)
        #expect(content.contains(#"<text:p text:style-name="Noaber_20_Intro">Wat de deelnemers schreven.</text:p>"#))
        #expect(content.contains(#"<text:p text:style-name="Text_20_body">Tot slot.</text:p>"#))
        let styles = String(decoding: try TextStyles.stylesXML(language: ("nl", "NL")), as: UTF8.self)
        for name in ["Heading", "Noaber_20_Intro", "Quotations", "Noaber_20_Figure"] {
            let start = try #require(styles.range(of: #"<style:style style:name="\#(name)""#))
            let definition = styles[start.lowerBound...].prefix { $0 != "\n" }
            #expect(definition.contains(#"fo:keep-with-next="always""#), "\(name)")
        }
    }

    @Test func aChaptersOpeningStaysWithTheTableUnderIt() throws {
        var document = TextDocument(metadata: Self.metadata)
        document.heading("Loslaten en sturen", level: 1)
        for text in ["Vijf deelnemers gaven een antwoord.", "Respons: 5 van 7 deelnemers."] { document.paragraph(text) }
        document.paragraph("Wat betekent dit voor uw rol?", style: .quote)
        document.append(.table(TextTable(header: ["Deelnemer", "Antwoord"], rows: [[.text("Anna"), .text("Ja.")]])))
        for number in 1...5 { document.paragraph("Alinea \(number).") }
        document.append(.table(TextTable(header: ["Punt"], rows: [[.text("Een")]])))
        let content = try Self.content(document)
        for text in ["Vijf deelnemers gaven een antwoord.", "Respons: 5 van 7 deelnemers."] {
            #expect(content.contains(#"<text:p text:style-name="Noaber_20_Intro">\#(text)</text:p>"#), "\(text)")
        }
        // At most three paragraphs keep with a table, so that a chain never fills a page.
        for number in 1...2 {
            #expect(content.contains(#"<text:p text:style-name="Text_20_body">Alinea \#(number).</text:p>"#))
        }
        for number in 3...5 {
            #expect(content.contains(#"<text:p text:style-name="Noaber_20_Intro">Alinea \#(number).</text:p>"#))
        }
    }

    @Test func aShortColumnStandsOnOneLineBesideALongOne() {
        let answer = String(
            repeating: "Een antwoord dat over een paar regels loopt, zoals raadsleden schrijven. ", count: 3)
        let table = TextTable(
            header: ["Deelnemer", "Antwoord"],
            rows: [[.text("Karin El Amrani"), .text(answer)], [.text("Ineke Hendriks"), .text(answer)]])
        let layout = TableLayout(table)
        let name = TextWidth.centimetres("Karin El Amrani", points: TableLayout.fontSize)
        #expect(layout.columns[0] >= name + 0.2, "the name wraps")
        #expect(abs(layout.columns.reduce(0, +) - TableLayout.pageWidth) < 0.001)
    }

    @Test func aShortColumnsHeaderBreaksBetweenWordsSoTheStatementKeepsItsRoom() {
        let statement =
            "Ik krijg van de raad de ruimte om zo nodig ook zonder duidelijk raadsmandaat aan de slag te gaan."
        let header = ["Uitspraak", "1 Zeer oneens", "2 Oneens", "3 Eens", "4 Zeer eens", "Geen", "Gem."]
        let row: [TableCell] = [
            .text(statement), .count(1), .count(7), .count(3), .count(0), .count(0), .decimal(2.18),
        ]
        let layout = TableLayout(TextTable(header: header, rows: [row, row]))
        let full = TextWidth.centimetres("1 Zeer oneens", points: TableLayout.fontSize, bold: true)
        let word = TextWidth.widestWord("1 Zeer oneens", points: TableLayout.fontSize, bold: true)
        #expect(layout.columns[1] < full && layout.columns[1] >= word + 0.2)
        #expect(layout.columns[0] > 9, "the statement gets the room: \(layout.columns[0]) cm")
    }

    @Test func cellsDrawOneLineBelowNotFourBorders() throws {
        let content = try Self.content(Self.document(rows: 3))
        #expect(!content.contains("fo:border="))
        #expect(content.contains(#"fo:border-top="none" fo:border-left="none" fo:border-right="none""#))
        #expect(content.contains(#"fo:border-bottom="0.5pt solid #bfbfbf""#))
    }

    @Test func columnsAreAsWideAsTheirLongestWord() throws {
        let table = TextTable(
            header: ["Deelnemers", "Overheidsparticipatie?", "Hoogste plaats", "Toelichting"],
            rows: [
                [
                    .count(12), .text("ja"), .decimal(3.25, decimals: 2),
                    .text(String(repeating: "Een lange toelichting die over meerdere regels loopt. ", count: 6)),
                ]
            ])
        let layout = TableLayout(table)
        #expect(abs(layout.columns.reduce(0, +) - TableLayout.pageWidth) < 0.001)
        for (index, title) in table.header.enumerated() {
            let word = TextWidth.widestWord(title, points: TableLayout.fontSize, bold: true)
            #expect(layout.columns[index] >= word + 0.2, "\(title) breaks inside a word")
        }
        #expect(layout.numeric == [true, false, true, false])
        // The long text gets the rest of the line.
        #expect(layout.columns[3] > 7)
        // Numbers are right-aligned, their header too.
        let content = try Self.content(TextDocument(metadata: Self.metadata, blocks: [.table(table)]))
        #expect(content.contains(#"<text:p text:style-name="Noaber_20_Number_20_Heading">Deelnemers</text:p>"#))
        #expect(content.contains(#"<text:p text:style-name="Table_20_Heading">Toelichting</text:p>"#))
    }

    @Test func widthsComeFromTheFontsOwnLetters() {
        // Liberation Sans at 1000 units: "i" 222, "m" 833, bold "i" 278.
        #expect(abs(TextWidth.centimetres("m", points: 72) - 0.833 * 2.54) < 0.001)
        #expect(TextWidth.centimetres("i", points: 10) < TextWidth.centimetres("i", points: 10, bold: true))
        #expect(TextWidth.centimetres("ë", points: 10) == TextWidth.centimetres("e", points: 10))
        // A line may break after a hyphen: "Kemeny-" is the widest piece.
        #expect(
            TextWidth.widestWord("Kemeny-Young plaats", points: 10)
                == TextWidth.centimetres("Kemeny-", points: 10))
    }

    @Test func contentsEntriesTakeTheirPageFromTheHeading() throws {
        let content = try Self.content(Self.document(rows: 3))
        #expect(
            content.contains(
                #"<text:h text:style-name="Heading_20_1" text:outline-level="1"><text:bookmark text:name="Noaber_Kop_1"/>Antwoorden</text:h>"#
            ))
        #expect(
            content.contains(
                ##"<text:a xlink:type="simple" xlink:href="#Noaber_Kop_2" text:style-name="Index_20_Link" text:visited-style-name="Index_20_Link">Slot<text:tab/><text:bookmark-ref text:reference-format="page" text:ref-name="Noaber_Kop_2">"##
            ))
        // Without a table of contents no heading carries a bookmark.
        var plain = Self.document(rows: 3)
        plain.blocks.removeFirst()
        #expect(!(try Self.content(plain)).contains("text:bookmark"))
    }

    /// A short column (a name, a date) stands on one line beside a long one; the long text wraps instead.
    @Test func shortColumnsStandOnOneLine() {
        let names = ["Gerda de Vries", "Hamid van Dijk", "Karin El Amrani"]
        let table = TextTable(
            header: ["Deelnemer", "Item", "Antwoord"],
            rows: names.map { name in
                [
                    .text(name), .text("publieke verantwoording"),
                    .text(String(repeating: "Een antwoord dat over meer regels loopt. ", count: 4)),
                ]
            }, columnWidths: [2, 2, 4])
        let layout = TableLayout(table)
        #expect(abs(layout.columns.reduce(0, +) - TableLayout.pageWidth) < 0.001)
        for name in names {
            #expect(
                TableLayout.lines(name, width: layout.columns[0] - TableLayout.padding, bold: false) == 1, "\(name)")
        }
        #expect(
            TableLayout.lines("publieke verantwoording", width: layout.columns[1] - TableLayout.padding, bold: false)
                == 1)
    }

    /// A chapter's lead and response keep with the question and table they introduce.
    @Test func aChaptersOpeningKeepsWithWhatItIntroduces() throws {
        var document = TextDocument(metadata: Self.metadata)
        document.heading("2. Wat stelt u voorop?", level: 1)
        document.paragraph("9 deelnemers gaven samen 27 antwoorden.")
        document.paragraph("Respons: 9 van 10 deelnemers.")
        document.append(.paragraph("Wat stelt u voorop?", style: .quote))
        document.append(.table(TextTable(header: ["Deelnemer", "Antwoord"], rows: [[.text("A"), .text("B")]])))
        document.paragraph("Tot slot.")
        document.paragraph("Echt tot slot.")
        let content = try Self.content(document)
        #expect(
            content.contains(
                #"<text:p text:style-name="Noaber_20_Intro">9 deelnemers gaven samen 27 antwoorden.</text:p>"#))
        #expect(content.contains(#"<text:p text:style-name="Noaber_20_Intro">Respons: 9 van 10 deelnemers.</text:p>"#))
        #expect(content.contains(#"<text:p text:style-name="Text_20_body">Tot slot.</text:p>"#))
    }
}
