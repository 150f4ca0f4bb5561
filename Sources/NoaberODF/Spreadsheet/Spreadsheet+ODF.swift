public import Foundation
import NoaberXML

extension Spreadsheet {
    /// The `.ods` package.
    public func ods() throws -> Data {
        var package = ODFPackage(mediaType: ODFPackage.spreadsheetMediaType, modified: metadata.modified)
        package.add("content.xml", try contentXML())
        package.add("styles.xml", try stylesXML())
        package.add("meta.xml", try metadata.metaXML())
        package.add("settings.xml", try settingsXML())
        return try package.zipped()
    }

    /// The `content.xml` part; golden tests compare this.
    public func contentXML() throws -> [UInt8] {
        let layout = Layout(sheets)
        return try XMLWriter.odfPart("office:document-content") { w in
            try w.element("office:automatic-styles") { try writeAutomaticStyles(w, layout) }
            try w.element("office:body") {
                try w.element("office:spreadsheet") {
                    for (index, sheet) in sheets.enumerated() {
                        try write(sheet, layout.sheets[index], to: w)
                    }
                }
            }
        }
    }

    /// Each sheet's printed column widths and title row height, measured once (measuring a header's words is the
    /// costly part), and the automatic styles they share: a column style (`co1`, `co2`, …) per width and a row
    /// style (`ro1`, …) per title height, each in order of first use.
    private struct Layout {
        struct SheetStyles {
            var columns: [String]
            var titleRow: String
        }

        var widths: [Double] = []
        var heights: [Double] = []
        var sheets: [SheetStyles] = []

        init(_ sheets: [Sheet]) {
            var widthStyle: [Double: String] = [:]
            var heightStyle: [Double: String] = [:]
            for sheet in sheets {
                let printed = sheet.printedWidths
                let columns = printed.map { width in
                    if let style = widthStyle[width] { return style }
                    widths.append(width)
                    let style = "co\(widths.count)"
                    widthStyle[width] = style
                    return style
                }
                let height = sheet.headerHeight(printedWidths: printed)
                let titleRow =
                    heightStyle[height]
                    ?? {
                        heights.append(height)
                        heightStyle[height] = "ro\(heights.count)"
                        return "ro\(heights.count)"
                    }()
                self.sheets.append(SheetStyles(columns: columns, titleRow: titleRow))
            }
        }
    }

    private func writeAutomaticStyles(_ w: XMLWriter, _ layout: Layout) throws {
        for (index, width) in layout.widths.enumerated() {
            try w.element("style:style", ["style:name": "co\(index + 1)", "style:family": "table-column"]) {
                try w.element(
                    "style:table-column-properties",
                    attributes: ["fo:break-before": "auto", "style:column-width": "\(DutchNumber.dot(width))cm"])
            }
        }
        for (index, height) in layout.heights.enumerated() {
            try w.element("style:style", ["style:name": "ro\(index + 1)", "style:family": "table-row"]) {
                try w.element(
                    "style:table-row-properties",
                    attributes: [
                        "style:row-height": "\(DutchNumber.dot(height))cm", "style:use-optimal-row-height": "false",
                        "fo:break-before": "auto",
                    ])
            }
        }
        // Every sheet prints on the master page of styles.xml (landscape, fit to width, Dutch header and footer).
        try w.element(
            "style:style", ["style:name": "ta1", "style:family": "table", "style:master-page-name": "Default"]
        ) {
            try w.element("style:table-properties", attributes: ["table:display": "true"])
        }
        // Dates show as 25-11-2026 14:05, the Dutch way.
        try w.element("number:date-style", ["style:name": "N_date", "number:language": "nl", "number:country": "NL"]) {
            try w.element("number:day", attributes: ["number:style": "long"])
            try w.element("number:text", text: "-")
            try w.element("number:month", attributes: ["number:style": "long"])
            try w.element("number:text", text: "-")
            try w.element("number:year", attributes: ["number:style": "long"])
            try w.element("number:text", text: " ")
            try w.element("number:hours", attributes: ["number:style": "long"])
            try w.element("number:text", text: ":")
            try w.element("number:minutes", attributes: ["number:style": "long"])
        }
        // Numbers with a decimal comma: counts and places whole, means and scores with two decimals.
        for (name, decimals) in [("N_int", 0), ("N_dec2", 2)] {
            try w.element("number:number-style", ["style:name": name, "number:language": "nl", "number:country": "NL"])
            {
                try w.element(
                    "number:number",
                    attributes: [
                        "number:decimal-places": String(decimals), "number:min-decimal-places": String(decimals),
                        "number:min-integer-digits": "1", "number:grouping": "true",
                    ])
            }
        }
        for (name, data) in [("ce_date", "N_date"), ("ce_int", "N_int"), ("ce_dec", "N_dec2")] {
            try w.element(
                "style:style",
                [
                    "style:name": name, "style:family": "table-cell", "style:parent-style-name": "Default",
                    "style:data-style-name": data,
                ]
            ) {
                try w.element("style:table-cell-properties", attributes: ["style:vertical-align": "top"])
            }
        }
        // Headers wrap: a statement's whole text stands above its column.
        try w.element(
            "style:style",
            ["style:name": "ce_header", "style:family": "table-cell", "style:parent-style-name": "Default"]
        ) {
            try w.element(
                "style:table-cell-properties",
                attributes: [
                    "fo:background-color": "#dde4ee", "fo:wrap-option": "wrap", "style:vertical-align": "top",
                ])
            try w.element("style:text-properties", attributes: ["fo:font-weight": "bold"])
        }
        try w.element(
            "style:style", ["style:name": "ce_id", "style:family": "table-cell", "style:parent-style-name": "Default"]
        ) {
            try w.element(
                "style:table-cell-properties",
                attributes: ["fo:background-color": "#eef1f6", "fo:border-bottom": "0.75pt solid #1f3864"])
            try w.element("style:text-properties", attributes: ["fo:color": "#595959"])
        }
        try w.element(
            "style:style",
            ["style:name": "ce_text", "style:family": "table-cell", "style:parent-style-name": "Default"]
        ) {
            try w.element(
                "style:table-cell-properties", attributes: ["fo:wrap-option": "wrap", "style:vertical-align": "top"])
        }
    }

    private func write(_ sheet: Sheet, _ styles: Layout.SheetStyles, to w: XMLWriter) throws {
        let titleRow = styles.titleRow
        try w.element("table:table", ["table:name": sheet.name, "table:style-name": "ta1"]) {
            for style in styles.columns {
                try w.element(
                    "table:table-column",
                    attributes: ["table:style-name": style, "table:default-cell-style-name": "Default"])
            }
            if sheet.columnCount == 0 {
                try w.element("table:table-column")
            }
            // Header rows repeat on every printed page.
            try w.element("table:table-header-rows") {
                for (row, style) in [(sheet.header, "ce_header"), (sheet.ids, "ce_id")] where !row.isEmpty {
                    try w.startElement("table:table-row")
                    // The titles' row is as high as its longest title needs; the ids' row keeps one line.
                    if style == "ce_header" { try w.attribute("table:style-name", titleRow) }
                    for title in row {
                        try w.element("table:table-cell", ["table:style-name": style, "office:value-type": "string"]) {
                            try w.element("text:p", text: title)
                        }
                    }
                    try w.endElement()
                }
            }
            try w.newline()
            for row in sheet.rows {
                try w.element("table:table-row") {
                    for cell in row {
                        try write(cell, to: w)
                    }
                    if row.isEmpty { try w.element("table:table-cell") }
                }
                try w.newline()
            }
        }
    }

    private func write(_ cell: Cell, to w: XMLWriter) throws {
        switch cell {
        case .empty:
            try w.element("table:table-cell")
        case .string(let text):
            // A string cell, never `table:formula`: "=SOM(A1)" typed by a participant stays those characters.
            try w.element("table:table-cell", ["office:value-type": "string", "table:style-name": "ce_text"]) {
                try w.element("text:p") { try w.paragraphText(text) }
            }
        case .float(let value):
            try w.element(
                "table:table-cell",
                ["office:value-type": "float", "office:value": DutchNumber.dot(value), "table:style-name": "ce_dec"]
            ) {
                try w.element("text:p", text: DutchNumber.format(value, decimals: 2))
            }
        case .integer(let value):
            try w.element(
                "table:table-cell",
                ["office:value-type": "float", "office:value": String(value), "table:style-name": "ce_int"]
            ) {
                try w.element("text:p", text: String(value))
            }
        case .date(let timestamp):
            try w.element(
                "table:table-cell",
                [
                    "office:value-type": "date", "office:date-value": ODFDate.iso(timestamp),
                    "table:style-name": "ce_date",
                ]
            ) {
                try w.element("text:p", text: "\(ODFDate.dutchDate(timestamp)) \(ODFDate.dutchTime(timestamp))")
            }
        }
    }

    /// `styles.xml`: the cell style `Default` every column refers to, in Dutch, and the printed page: landscape
    /// A4, every sheet fit to one page wide, the session's title and the sheet in the header, "Pagina 1 van 3" in
    /// the footer. Not indented: the footer mixes text and fields, where indentation would be content.
    func stylesXML() throws -> [UInt8] {
        try XMLWriter.odfPart("office:document-styles") { w in
            try w.element("office:styles") {
                try w.element("style:default-style", ["style:family": "table-cell"]) {
                    try TextStyles.textProperties(
                        w, language: metadata.languageAndCountry,
                        extra: ["fo:font-size": "10pt", "fo:font-family": "'Liberation Sans'"])
                }
                try w.element("style:style", attributes: ["style:name": "Default", "style:family": "table-cell"])
            }
            try w.element("office:automatic-styles") { try TextStyles.writePageLayout(w, landscape: true) }
            try w.element("office:master-styles") {
                try w.element("style:master-page", ["style:name": "Default", "style:page-layout-name": "pm1"]) {
                    try w.element("style:header") {
                        try w.element("style:region-left") { try w.element("text:p", text: metadata.title) }
                        try w.element("style:region-right") {
                            try w.element("text:p") { try w.element("text:sheet-name", text: "???") }
                        }
                    }
                    try w.element("style:footer") {
                        try w.element("style:region-center") {
                            try w.element("text:p") {
                                try w.text("Pagina ")
                                try w.element("text:page-number", text: "1")
                                try w.text(" van ")
                                try w.element("text:page-count", text: "1")
                            }
                        }
                    }
                }
            }
        }
    }

    /// `settings.xml`: every sheet's header rows frozen (a vertical split below them, as LibreOffice stores
    /// "Freeze first row").
    func settingsXML() throws -> [UInt8] {
        try XMLWriter.odfPart("office:document-settings", namespaces: [.office, .config], indent: true) { w in
            try w.element("office:settings") {
                try w.element("config:config-item-set", ["config:name": "ooo:view-settings"]) {
                    try w.element("config:config-item-map-indexed", ["config:name": "Views"]) {
                        try w.element("config:config-item-map-entry") {
                            try item(w, "ViewId", "string", "view1")
                            try w.element("config:config-item-map-named", ["config:name": "Tables"]) {
                                for sheet in sheets {
                                    try w.element("config:config-item-map-entry", ["config:name": sheet.name]) {
                                        let rows = String(sheet.headerRowCount)
                                        try item(w, "HorizontalSplitMode", "short", "0")
                                        try item(w, "VerticalSplitMode", "short", "2")
                                        try item(w, "HorizontalSplitPosition", "int", "0")
                                        try item(w, "VerticalSplitPosition", "int", rows)
                                        try item(w, "ActiveSplitRange", "short", "2")
                                        try item(w, "PositionLeft", "int", "0")
                                        try item(w, "PositionRight", "int", "0")
                                        try item(w, "PositionTop", "int", "0")
                                        try item(w, "PositionBottom", "int", rows)
                                    }
                                }
                            }
                            if let first = sheets.first { try item(w, "ActiveTable", "string", first.name) }
                        }
                    }
                }
            }
        }
    }

    private func item(_ w: XMLWriter, _ name: String, _ type: String, _ value: String) throws {
        try w.element("config:config-item", attributes: ["config:name": name, "config:type": type], text: value)
    }
}
