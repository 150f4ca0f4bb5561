public import Foundation
import NoaberXML

extension TextDocument {
    /// The `.odt` package: `content.xml`, `styles.xml`, `meta.xml`, one `Object N/` per chart.
    public func odt() throws -> Data {
        var package = ODFPackage(mediaType: ODFPackage.textMediaType, modified: metadata.modified)
        package.add("content.xml", try contentXML())
        package.add("styles.xml", try TextStyles.stylesXML(language: metadata.languageAndCountry))
        package.add("meta.xml", try metadata.metaXML())
        for (index, chart) in charts.enumerated() {
            let folder = "Object \(index + 1)/"
            package.addSubdocument(folder, mediaType: ODFPackage.chartMediaType)
            package.add(folder + "content.xml", try chart.contentXML())
        }
        return try package.zipped()
    }

    /// The flat `.fodt`: one XML file with meta, styles and body, for diffing and archiving in version control.
    /// A flat document cannot hold an embedded chart object, so each chart is written as its data table.
    public func fodt() throws -> [UInt8] {
        let w = try XMLWriter()
        try w.startDocument()
        try w.startRoot("office:document")
        try w.attribute("office:version", odfVersion)
        try w.attribute("office:mimetype", ODFPackage.textMediaType)
        try metadata.writeMeta(w)
        try TextStyles.writeCommon(w, language: metadata.languageAndCountry)
        try w.element("office:automatic-styles") {
            try TextStyles.writePageLayout(w)
            try writeContentStyles(w)
        }
        try TextStyles.writeMaster(w)
        try writeBody(w, flat: true)
        try w.endElement()
        return try w.finish()
    }

    /// The `content.xml` part; golden tests compare this.
    public func contentXML() throws -> [UInt8] {
        let w = try XMLWriter()
        try w.startDocument()
        try w.startRoot("office:document-content")
        try w.attribute("office:version", odfVersion)
        try w.element("office:automatic-styles") { try writeContentStyles(w) }
        try writeBody(w, flat: false)
        try w.endElement()
        return try w.finish()
    }

    /// Table and cell styles. ODF keeps table formatting in automatic styles (as LibreOffice does); paragraphs
    /// only use the named styles of `styles.xml`.
    private func writeContentStyles(_ w: XMLWriter) throws {
        try w.element("style:style", ["style:name": "Noaber_Table", "style:family": "table"]) {
            try w.element(
                "style:table-properties",
                attributes: ["style:width": "17cm", "table:align": "margins", "fo:margin-bottom": "0.3cm"])
        }
        for (name, background) in [("Noaber_Cell", nil), ("Noaber_HeaderCell", "#dde4ee")] as [(String, String?)] {
            try w.element("style:style", ["style:name": name, "style:family": "table-cell"]) {
                try w.startElement("style:table-cell-properties")
                try w.attribute("fo:padding", "0.08cm")
                try w.attribute("fo:border", "0.5pt solid #a6a6a6")
                if let background { try w.attribute("fo:background-color", background) }
                try w.endElement()
            }
        }
        var tableNumber = 0
        for block in blocks {
            guard case .table(let table) = block, let widths = table.columnWidths else { continue }
            tableNumber += 1
            // LibreOffice lays out by the absolute width and keeps the relative one for resizing; give both.
            let total = max(1, widths.reduce(0, +))
            for (index, width) in widths.enumerated() {
                let centimetres = DutchNumber.dot((17.0 * Double(width) / Double(total) * 1000).rounded() / 1000)
                try w.element(
                    "style:style",
                    ["style:name": "Noaber_T\(tableNumber).\(index + 1)", "style:family": "table-column"]
                ) {
                    try w.element(
                        "style:table-column-properties",
                        attributes: [
                            "style:column-width": "\(centimetres)cm", "style:rel-column-width": "\(width * 1000)*",
                        ])
                }
            }
        }
    }

    private func writeBody(_ w: XMLWriter, flat: Bool) throws {
        try w.element("office:body") {
            try w.element("office:text") {
                var counters = Counters()
                try w.newline()
                for block in blocks {
                    try write(block, to: w, flat: flat, counters: &counters)
                    try w.newline()
                }
            }
        }
    }

    private struct Counters {
        var tables = 0
        var styledTables = 0
        var charts = 0
    }

    private func write(_ block: TextBlock, to w: XMLWriter, flat: Bool, counters: inout Counters) throws {
        switch block {
        case .heading(let text, let level):
            try w.element("text:h", ["text:style-name": "Heading_20_\(level)", "text:outline-level": String(level)]) {
                try w.paragraphText(text)
            }
        case .paragraph(let text, let style):
            try w.element("text:p", ["text:style-name": style.rawValue]) { try w.paragraphText(text) }
        case .bulletList(let items):
            try w.element("text:list", ["text:style-name": "Noaber_20_Bullets"]) {
                for item in items {
                    try w.element("text:list-item") {
                        try w.element("text:p", ["text:style-name": "Text_20_body"]) { try w.paragraphText(item) }
                    }
                    try w.newline()
                }
            }
        case .table(let table):
            counters.tables += 1
            var columnStylePrefix: String?
            if table.columnWidths != nil {
                counters.styledTables += 1
                columnStylePrefix = "Noaber_T\(counters.styledTables)"
            }
            try writeTable(table, name: "Tabel\(counters.tables)", columnStylePrefix: columnStylePrefix, to: w)
        case .chart(let chart):
            counters.charts += 1
            if flat {
                counters.tables += 1
                try w.element("text:p", ["text:style-name": "Caption"]) {
                    try w.paragraphText("\(chart.title) (als tabel: een plat ODF-bestand kan geen grafiek bevatten)")
                }
                try writeTable(chart.table, name: "Tabel\(counters.tables)", columnStylePrefix: nil, to: w)
            } else {
                try writeChartFrame(chart, number: counters.charts, to: w)
            }
        case .tableOfContents(let title, let levels):
            try writeTableOfContents(title: title, levels: levels, to: w)
        case .pageBreak:
            try w.element("text:p", attributes: ["text:style-name": "Noaber_20_Page_20_Break"])
        }
    }

    private func writeTable(_ table: TextTable, name: String, columnStylePrefix: String?, to w: XMLWriter) throws {
        try w.element("table:table", ["table:name": name, "table:style-name": "Noaber_Table"]) {
            if let columnStylePrefix, let widths = table.columnWidths {
                for index in widths.indices {
                    try w.element(
                        "table:table-column", attributes: ["table:style-name": "\(columnStylePrefix).\(index + 1)"])
                }
            } else {
                try w.element(
                    "table:table-column", attributes: ["table:number-columns-repeated": String(table.header.count)])
            }
            // Header rows repeat at the top of every page the table spans.
            try w.element("table:table-header-rows") {
                try w.element("table:table-row") {
                    for title in table.header {
                        try w.element(
                            "table:table-cell",
                            ["table:style-name": "Noaber_HeaderCell", "office:value-type": "string"]
                        ) {
                            try w.element("text:p", ["text:style-name": "Table_20_Heading"]) {
                                try w.paragraphText(title)
                            }
                        }
                    }
                }
            }
            try w.newline()
            for row in table.rows {
                try w.element("table:table-row") {
                    for index in table.header.indices {
                        let cell = index < row.count ? row[index] : .text("")
                        try writeCell(cell, to: w)
                    }
                }
                try w.newline()
            }
        }
    }

    private func writeCell(_ cell: TableCell, to w: XMLWriter) throws {
        switch cell {
        case .text(let text):
            try w.element("table:table-cell", ["table:style-name": "Noaber_Cell", "office:value-type": "string"]) {
                try w.element("text:p", ["text:style-name": "Table_20_Contents"]) { try w.paragraphText(text) }
            }
        case .number(let value, let display):
            try w.element(
                "table:table-cell",
                [
                    "table:style-name": "Noaber_Cell", "office:value-type": "float",
                    "office:value": DutchNumber.dot(value),
                ]
            ) {
                try w.element("text:p", ["text:style-name": "Noaber_20_Number"]) { try w.text(display) }
            }
        }
    }

    /// `draw:frame` > `draw:object` (not URL-encoded: `./Object 1`), then the alternative text, which the schema
    /// wants after the object.
    private func writeChartFrame(_ chart: BarChart, number: Int, to w: XMLWriter) throws {
        try w.element("text:p", ["text:style-name": "Noaber_20_Figure"]) {
            try w.startElement("draw:frame")
            try w.attribute("draw:name", "Diagram \(number)")
            try w.attribute("text:anchor-type", "as-char")
            for (name, value) in chart.frameSize { try w.attribute(name, value) }
            try w.element(
                "draw:object",
                attributes: [
                    "xlink:href": "./Object \(number)", "xlink:type": "simple", "xlink:show": "embed",
                    "xlink:actuate": "onLoad",
                ])
            try w.element("svg:title", text: chart.title)
            try w.element("svg:desc", text: chart.description)
            try w.endElement()
        }
        try w.element("text:p", ["text:style-name": "Caption"]) { try w.paragraphText(chart.title) }
    }

    /// A table of contents with its entries filled in from the headings, so it reads well before LibreOffice
    /// updates it (page numbers appear after "Bijwerken").
    private func writeTableOfContents(title: String, levels: Int, to w: XMLWriter) throws {
        try w.element("text:table-of-content", ["text:name": "Inhoudsopgave", "text:protected": "true"]) {
            try w.element("text:table-of-content-source", ["text:outline-level": String(levels)]) {
                try w.element(
                    "text:index-title-template", attributes: ["text:style-name": "Contents_20_Heading"], text: title)
                for level in 1...levels {
                    try w.element(
                        "text:table-of-content-entry-template",
                        ["text:outline-level": String(level), "text:style-name": "Contents_20_\(level)"]
                    ) {
                        try w.element("text:index-entry-text")
                        try w.element(
                            "text:index-entry-tab-stop", attributes: ["style:type": "right", "style:leader-char": "."])
                        try w.element("text:index-entry-page-number")
                    }
                }
            }
            try w.element("text:index-body") {
                try w.element("text:index-title", ["text:name": "Inhoudsopgave_Head"]) {
                    try w.element("text:p", ["text:style-name": "Contents_20_Heading"]) { try w.text(title) }
                }
                for case .heading(let text, let level) in blocks where level <= levels {
                    try w.element("text:p", ["text:style-name": "Contents_20_\(level)"]) { try w.paragraphText(text) }
                    try w.newline()
                }
            }
        }
    }
}
