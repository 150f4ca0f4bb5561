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
            content.contains(#"<table:table-cell office:value-type="float" office:value="3.25"><text:p>3,25</text:p>"#))
        #expect(content.contains(#"office:value-type="date" office:date-value="2026-11-25T13:00:00""#))
        #expect(content.contains("<table:table-header-rows>"))
    }

    @Test func sheetNamesAreMadeValidAndUnique() {
        #expect(sampleSpreadsheet().sheets.map(\.name) == ["Deelnemers", "Rollen-rondes- -1--", "deelnemers (2)"])
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

    @Test func writtenSpreadsheetPassesOdfCheck() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ods = directory.appendingPathComponent("gegevens.ods")
        try sampleSpreadsheet().ods().write(to: ods)
        guard let result = try ODFCheck.run([ods]) else { return }
        #expect(result.passed, "\(result.output)")
    }
}
