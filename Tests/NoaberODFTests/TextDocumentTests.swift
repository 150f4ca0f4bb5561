import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// A document with every kind of block, including text that XML and ODF find awkward.
func sampleDocument() -> TextDocument {
    let start = Timestamp(millisecondsSince1970: 1_795_608_000_000)  // 2026-11-25 13:00 in Amsterdam
    var document = TextDocument(
        metadata: ODFMetadata(
            title: "Verslag <test> & \"meer\"", subject: "Grasveldje", keywords: ["raad", "rollen"],
            created: start, modified: Timestamp(millisecondsSince1970: start.millisecondsSince1970 + 5_400_000)))
    document.paragraph("Verslag", style: .title)
    document.paragraph("Het grasveldje", style: .subtitle)
    document.append(.pageBreak)
    document.append(.tableOfContents(title: "Inhoud", levels: 2))
    document.heading("Agenda", level: 1)
    document.paragraph("Twee  spaties,\teen tab\nen een nieuwe regel; <b>geen opmaak</b> & \u{1}stuurteken.")
    document.append(.bulletList(["Eerste punt", "Tweede punt مرحبا", "Derde 🌳"]))
    document.heading("Resultaten", level: 2)
    document.append(
        .table(
            TextTable(
                header: ["Onderdeel", "Gepland", "Werkelijk"],
                rows: [[.text("Opening"), .count(10), .count(12)], [.text("Rollen"), .count(30), .decimal(27.5)]],
                columnWidths: [4, 1, 1])))
    document.append(
        .chart(
            BarChart(
                title: "Rangorde van waarden", categories: ["Legitimiteit", "Transparantie", "Invloed"],
                series: [.init(name: "Borda-score", values: [12, 9.5, 4])],
                description: "Legitimiteit 12, transparantie 9,5, invloed 4")))
    document.append(
        .chart(
            BarChart(
                title: "Thema's", categories: ["Luisteren", "Ruimte geven"],
                series: [.init(name: "Jij", values: [3.5, 4]), .init(name: "Groep", values: [3.2, 3.9])],
                description: "Jij en de groep per thema", horizontal: false)))
    document.paragraph("Noot van de griffier.", style: .note)
    return document
}

@Suite struct TextDocumentTests {
    @Test func odtPackageLayoutHasMimetypeFirstAndChartObjects() throws {
        let data = try sampleDocument().odt()
        let package = try ODFReopener(data)
        #expect(
            package.entryPaths == [
                "mimetype", "content.xml", "styles.xml", "meta.xml", "Object 1/content.xml", "Object 2/content.xml",
                "META-INF/manifest.xml",
            ])
        // The media type sits at byte offset 38: mimetype stored, no extra field.
        let mediaType = Data("application/vnd.oasis.opendocument.text".utf8)
        #expect(data.subdata(in: 38..<(38 + mediaType.count)) == mediaType)
        let manifest = try package.text("META-INF/manifest.xml")
        #expect(
            manifest.contains(
                #"manifest:full-path="Object 1/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.chart""#
            ))
    }

    @Test func headingsCarryOutlineLevelsAndStylesAreNamed() throws {
        let content = String(decoding: try sampleDocument().contentXML(), as: UTF8.self)
        #expect(
            content.contains(
                #"<text:h text:style-name="Heading_20_2" text:outline-level="2"><text:bookmark text:name="Noaber_Kop_2"/>Resultaten</text:h>"#
            ))
        #expect(content.contains(#"<draw:object xlink:href="./Object 1""#))
        #expect(content.contains("<svg:desc>Legitimiteit 12, transparantie 9,5, invloed 4</svg:desc>"))
        #expect(content.contains("<table:table-header-rows>"))
        // White space survives as ODF spells it; markup-like text is escaped, the control character replaced.
        let expected =
            #"Twee <text:s text:c="1"/>spaties,<text:tab/>een tab<text:line-break/>en een nieuwe regel; "#
            + "&lt;b&gt;geen opmaak&lt;/b&gt; &amp; \u{FFFD}stuurteken."
        #expect(content.contains(expected))
        #expect(!content.contains("fo:font"), "paragraph formatting belongs in styles.xml")
    }

    @Test func metaAndStylesComeFromParameters() throws {
        let package = try ODFReopener(try sampleDocument().odt())
        let meta = try package.text("meta.xml")
        #expect(meta.contains("<meta:creation-date>2026-11-25T13:00:00</meta:creation-date>"))
        #expect(meta.contains("<dc:date>2026-11-25T14:30:00</dc:date>"))
        #expect(meta.contains("<meta:generator>Noaber/1.0</meta:generator>"))
        #expect(meta.contains("<dc:title>Verslag &lt;test&gt; &amp; &quot;meer&quot;</dc:title>"))
        let styles = try package.text("styles.xml")
        #expect(styles.contains(#"fo:language="nl" fo:country="NL""#))
        #expect(styles.contains(#"style:default-outline-level="1""#))
    }

    @Test func flatDocumentHoldsItsChartsInline() throws {
        let flat = String(decoding: try sampleDocument().fodt(), as: UTF8.self)
        #expect(flat.contains(#"office:mimetype="application/vnd.oasis.opendocument.text""#))
        #expect(!flat.contains("xlink:href=\"./Object"))
        #expect(flat.components(separatedBy: "<draw:object><office:document ").count == 3)
        #expect(flat.contains(#"office:value="9.5""#))
    }

    @Test func sameDocumentGivesSameBytes() throws {
        #expect(try sampleDocument().odt() == sampleDocument().odt())
        #expect(try sampleDocument().fodt() == sampleDocument().fodt())
    }

    @Test(arguments: [
        (3.456, 2, "3,46"), (-0.001, 1, "0,0"), (2.5, 0, "3"), (-1.25, 1, "-1,3"), (10, 1, "10,0"), (1e20, 2, "1e+20"),
        (-3e19, 0, "-3e+19"),
    ])
    func dutchNumbers(value: Double, decimals: Int, expected: String) {
        #expect(DutchNumber.format(value, decimals: decimals) == expected)
    }

    @Test(arguments: [
        (Int64(1_795_608_000_000), "25 november 2026"),  // winter time
        (Int64(1_782_856_800_000), "1 juli 2026"),  // 00:00 in Amsterdam is still 30 June in UTC
    ])
    func dutchDates(milliseconds: Int64, expected: String) {
        #expect(ODFDate.dutchDate(Timestamp(millisecondsSince1970: milliseconds)) == expected)
    }

    @Test func writtenDocumentsPassOdfCheck() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let odt = directory.appendingPathComponent("voorbeeld.odt")
        let fodt = directory.appendingPathComponent("voorbeeld.fodt")
        try sampleDocument().odt().write(to: odt)
        try Data(sampleDocument().fodt()).write(to: fodt)
        guard let result = try ODFCheck.run([odt, fodt]) else { return }
        #expect(result.passed, "\(result.output)")
    }
}

@Test(arguments: [(1e20, "1e+20"), (2.5e12, "2500000000000"), (123456.125, "123456.125"), (-0.5, "-0.5")])
func xmlNumbers(value: Double, expected: String) {
    #expect(DutchNumber.dot(value) == expected)
}

@Test(arguments: [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")])
func chartColumnLetters(index: Int, expected: String) {
    #expect(BarChart.column(index) == expected)
}
