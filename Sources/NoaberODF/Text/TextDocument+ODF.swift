public import Foundation
import NoaberXML

extension TextDocument {
    /// The `.odt` package: `content.xml`, `styles.xml`, `meta.xml`, one `Object N/` per chart.
    public func odt() throws -> Data {
        var package = ODFPackage(mediaType: ODFPackage.textMediaType, modified: metadata.modified)
        package.add("content.xml", try contentXML())
        package.add(
            "styles.xml", try TextStyles.stylesXML(language: metadata.languageAndCountry, pageHeader: pageHeader))
        package.add("meta.xml", try metadata.metaXML())
        for (index, chart) in charts.enumerated() {
            let folder = "Object \(index + 1)/"
            package.addSubdocument(folder, mediaType: ODFPackage.chartMediaType)
            package.add(folder + "content.xml", try chart.contentXML())
        }
        return try package.zipped()
    }

    /// The flat `.fodt`: one XML file with meta, styles and body, for diffing and archiving in version control;
    /// each chart is the same native chart as in the `.odt`, its document inline in `draw:object`.
    public func fodt() throws -> [UInt8] {
        let layouts = tableLayouts
        return try XMLWriter.odfPart("office:document") { w in
            try w.attribute("office:mimetype", ODFPackage.textMediaType)
            try metadata.writeMeta(w)
            try TextStyles.writeCommon(w, language: metadata.languageAndCountry)
            try w.element("office:automatic-styles") {
                try TextStyles.writePageLayout(w, withHeader: pageHeader != nil)
                try writeContentStyles(w, layouts: layouts)
            }
            try TextStyles.writeMaster(w, pageHeader: pageHeader)
            try writeBody(w, flat: true, layouts: layouts)
        }
    }

    /// The `content.xml` part; golden tests compare this.
    public func contentXML() throws -> [UInt8] {
        let layouts = tableLayouts
        return try XMLWriter.odfPart("office:document-content") { w in
            try w.element("office:automatic-styles") { try writeContentStyles(w, layouts: layouts) }
            try writeBody(w, flat: false, layouts: layouts)
        }
    }

    /// Table and cell styles. ODF keeps table formatting in automatic styles (as LibreOffice does); paragraphs
    /// only use the named styles of `styles.xml`. Rows never split over two pages; a short table stays whole;
    /// cells draw one thin line below them, not four borders each.
    private func writeContentStyles(_ w: XMLWriter, layouts: [TableLayout]) throws {
        for (name, whole) in [("Noaber_Table", false), ("Noaber_Table_Whole", true)] {
            try w.element("style:style", ["style:name": name, "style:family": "table"]) {
                try w.element(
                    "style:table-properties",
                    attributes: [
                        "style:width": "\(DutchNumber.dot(TableLayout.pageWidth))cm", "table:align": "margins",
                        "fo:margin-bottom": "0.3cm", "style:may-break-between-rows": whole ? "false" : "true",
                    ])
            }
        }
        try w.element("style:style", ["style:name": "Noaber_Row", "style:family": "table-row"]) {
            try w.element("style:table-row-properties", attributes: ["fo:keep-together": "always"])
        }
        let cells: [(name: String, border: String, background: String?)] = [
            ("Noaber_Cell", "0.5pt solid #bfbfbf", nil), ("Noaber_HeaderCell", "0.75pt solid #1f3864", "#dde4ee"),
        ]
        for cell in cells {
            try w.element("style:style", ["style:name": cell.name, "style:family": "table-cell"]) {
                try w.startElement("style:table-cell-properties")
                try w.attribute("fo:padding-left", "0.1cm")
                try w.attribute("fo:padding-right", "0.1cm")
                try w.attribute("fo:padding-top", "0.05cm")
                try w.attribute("fo:padding-bottom", "0.05cm")
                try w.attribute("fo:border-top", "none")
                try w.attribute("fo:border-left", "none")
                try w.attribute("fo:border-right", "none")
                try w.attribute("fo:border-bottom", cell.border)
                if let background = cell.background { try w.attribute("fo:background-color", background) }
                try w.endElement()
            }
        }
        for (tableNumber, layout) in layouts.enumerated() {
            // LibreOffice lays out by the absolute width and keeps the relative one for resizing; give both.
            for (index, width) in layout.columns.enumerated() {
                let thousandths = Int((width * 1000).rounded())
                try w.element(
                    "style:style",
                    ["style:name": "Noaber_T\(tableNumber + 1).\(index + 1)", "style:family": "table-column"]
                ) {
                    try w.element(
                        "style:table-column-properties",
                        attributes: [
                            "style:column-width": "\(DutchNumber.dot(Double(thousandths) / 1000))cm",
                            "style:rel-column-width": "\(thousandths)*",
                        ])
                }
            }
        }
    }

    /// The layout of every table block, in order, measured once per written part: the column styles and the
    /// tables themselves both need it, and measuring text is the costliest step of writing a report.
    private var tableLayouts: [TableLayout] {
        blocks.compactMap { if case .table(let table) = $0 { TableLayout(table) } else { nil } }
    }

    private func writeBody(_ w: XMLWriter, flat: Bool, layouts: [TableLayout]) throws {
        try w.element("office:body") {
            try w.element("office:text") {
                var counters = Counters()
                counters.layouts = layouts
                try w.newline()
                let keeps = keepsWithNext
                for (index, block) in blocks.enumerated() {
                    try write(block, keepsWithNext: keeps[index], to: w, flat: flat, counters: &counters)
                    try w.newline()
                }
            }
        }
    }

    private struct Counters {
        var tables = 0
        var styledTables = 0
        var charts = 0
        var headings = 0
        /// The tables' layouts, in order (`tableLayouts`).
        var layouts: [TableLayout] = []
    }

    private var hasTableOfContents: Bool {
        blocks.contains { if case .tableOfContents = $0 { true } else { false } }
    }

    /// The bookmark on the `number`th heading, which the table of contents links to and takes its page from.
    static func headingBookmark(_ number: Int) -> String { "Noaber_Kop_\(number)" }

    /// Which blocks keep with the next on its page: a body paragraph that introduces a table, chart or list, and
    /// the few that lead into such a paragraph or into a quotation (a chapter's outcome, its response and the
    /// question asked stay with the table under them instead of ending a page on their own).
    var keepsWithNext: [Bool] {
        var keeps = [Bool](repeating: false, count: blocks.count)
        var chain = 0
        for index in blocks.indices.reversed() {
            guard case .paragraph(_, let style) = blocks[index], style == .body, index + 1 < blocks.count else {
                chain = 0
                continue
            }
            switch blocks[index + 1] {
            case .table, .chart, .bulletList:
                keeps[index] = true
                chain = 1
            case .paragraph(_, let next) where next == .quote || (next == .body && keeps[index + 1]):
                keeps[index] = chain < Self.keptParagraphs
                chain = keeps[index] ? chain + 1 : 0
            default:
                chain = 0
            }
        }
        return keeps
    }

    /// At most this many body paragraphs keep with what follows, so that a chain never fills a page.
    static let keptParagraphs = 3

    private func write(
        _ block: TextBlock, keepsWithNext: Bool, to w: XMLWriter, flat: Bool, counters: inout Counters
    ) throws {
        switch block {
        case .heading(let text, let level):
            counters.headings += 1
            try w.element("text:h", ["text:style-name": "Heading_20_\(level)", "text:outline-level": String(level)]) {
                if hasTableOfContents {
                    try w.element("text:bookmark", attributes: ["text:name": Self.headingBookmark(counters.headings)])
                }
                try w.paragraphText(text)
            }
        case .paragraph(let text, let style):
            try w.element("text:p", ["text:style-name": keepsWithNext ? "Noaber_20_Intro" : style.rawValue]) {
                try w.paragraphText(text)
            }
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
            counters.styledTables += 1
            try writeTable(
                table, layout: counters.layouts[counters.styledTables - 1], name: "Tabel\(counters.tables)",
                columnStylePrefix: "Noaber_T\(counters.styledTables)", to: w)
        case .chart(let chart):
            counters.charts += 1
            try writeChartFrame(chart, number: counters.charts, flat: flat, to: w)
        case .tableOfContents(let title, let levels):
            try writeTableOfContents(title: title, levels: levels, to: w)
        case .pageBreak:
            try w.element("text:p", attributes: ["text:style-name": "Noaber_20_Page_20_Break"])
        }
    }

    /// A table that surely fits on a page (of about 25 cm, less its heading and intro) is kept whole; a longer
    /// one breaks between rows, never inside one.
    static let wholeTableHeight = 18.0

    private func writeTable(
        _ table: TextTable, layout: TableLayout, name: String, columnStylePrefix: String?, to w: XMLWriter
    ) throws {
        let style = layout.height <= Self.wholeTableHeight ? "Noaber_Table_Whole" : "Noaber_Table"
        let numeric = layout.numeric
        try w.element("table:table", ["table:name": name, "table:style-name": style]) {
            if let columnStylePrefix {
                for index in table.header.indices {
                    try w.element(
                        "table:table-column", attributes: ["table:style-name": "\(columnStylePrefix).\(index + 1)"])
                }
            } else {
                try w.element(
                    "table:table-column", attributes: ["table:number-columns-repeated": String(table.header.count)])
            }
            // Header rows repeat at the top of every page the table spans.
            try w.element("table:table-header-rows") {
                try w.element("table:table-row", ["table:style-name": "Noaber_Row"]) {
                    for (index, title) in table.header.enumerated() {
                        try w.element(
                            "table:table-cell",
                            ["table:style-name": "Noaber_HeaderCell", "office:value-type": "string"]
                        ) {
                            let paragraph = numeric[index] ? "Noaber_20_Number_20_Heading" : "Table_20_Heading"
                            try w.element("text:p", ["text:style-name": paragraph]) { try w.paragraphText(title) }
                        }
                    }
                }
            }
            try w.newline()
            for row in table.rows {
                try w.element("table:table-row", ["table:style-name": "Noaber_Row"]) {
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
    /// wants after the object. In a flat document the chart document sits inside `draw:object` itself.
    private func writeChartFrame(_ chart: BarChart, number: Int, flat: Bool, to w: XMLWriter) throws {
        try w.element("text:p", ["text:style-name": "Noaber_20_Figure"]) {
            try w.startElement("draw:frame")
            try w.attribute("draw:name", "Diagram \(number)")
            // In a flat document the chart stands anchored to its own paragraph: LibreOffice lays an inline object
            // of a flat file out as an empty frame until it is opened, and anchored as a character that frame made
            // it drop the first rows of a table starting on the same page (five answers gone from a printed report).
            try w.attribute("text:anchor-type", flat ? "paragraph" : "as-char")
            for (name, value) in chart.frameSize { try w.attribute(name, value) }
            if flat {
                try w.element("draw:object") { try chart.writeInline(w) }
            } else {
                try w.element(
                    "draw:object",
                    attributes: [
                        "xlink:href": "./Object \(number)", "xlink:type": "simple", "xlink:show": "embed",
                        "xlink:actuate": "onLoad",
                    ])
            }
            try w.element("svg:title", text: chart.title)
            try w.element("svg:desc", text: chart.description)
            try w.endElement()
        }
        try w.element("text:p", ["text:style-name": "Caption"]) { try w.paragraphText(chart.title) }
    }

    /// A table of contents whose entries link to their headings and show each heading's page through a page
    /// reference field (`text:bookmark-ref` with `text:reference-format="page"`), which LibreOffice computes when
    /// it lays the document out: the page numbers are right on screen and in a PDF converted without anyone
    /// pressing "Bijwerken". Updating the index in LibreOffice rebuilds the same entries from the template.
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
                        try w.element("text:index-entry-link-start", attributes: ["text:style-name": "Index_20_Link"])
                        try w.element("text:index-entry-text")
                        try w.element(
                            "text:index-entry-tab-stop", attributes: ["style:type": "right", "style:leader-char": "."])
                        try w.element("text:index-entry-page-number")
                        try w.element("text:index-entry-link-end")
                    }
                }
            }
            try w.element("text:index-body") {
                try w.element("text:index-title", ["text:name": "Inhoudsopgave_Head"]) {
                    try w.element("text:p", ["text:style-name": "Contents_20_Heading"]) { try w.text(title) }
                }
                var number = 0
                for case .heading(let text, let level) in blocks {
                    number += 1
                    guard level <= levels else { continue }
                    let bookmark = Self.headingBookmark(number)
                    try w.element("text:p", ["text:style-name": "Contents_20_\(level)"]) {
                        try w.element(
                            "text:a",
                            [
                                "xlink:type": "simple", "xlink:href": "#\(bookmark)",
                                "text:style-name": "Index_20_Link", "text:visited-style-name": "Index_20_Link",
                            ]
                        ) {
                            try w.paragraphText(text)
                            try w.element("text:tab")
                            try w.element(
                                "text:bookmark-ref",
                                attributes: ["text:reference-format": "page", "text:ref-name": bookmark], text: "1")
                        }
                    }
                    try w.newline()
                }
            }
        }
    }
}
