import NoaberXML

/// The named styles of every Noaber text document. Content refers to these by name only, so a griffier who
/// restyles a report in LibreOffice changes one style, not a thousand paragraphs.
enum TextStyles {
    /// `office:styles`: default language nl-NL, paragraph styles, headings with outline levels, the bullet list.
    static func writeCommon(_ w: XMLWriter, language: (language: String, country: String?)) throws {
        try w.element("office:styles") {
            try w.newline()
            try w.element("style:default-style", ["style:family": "paragraph"]) {
                try w.element("style:paragraph-properties", attributes: ["fo:orphans": "2", "fo:widows": "2"])
                try textProperties(
                    w, language: language,
                    extra: [
                        "fo:font-size": "11pt", "fo:font-family": "'Liberation Sans'",
                        "style:font-family-generic": "swiss",
                    ])
            }
            try w.element("style:default-style", ["style:family": "table-cell"]) {
                try textProperties(w, language: language, extra: [:])
            }
            try paragraph(w, "Standard", display: nil, parent: nil, paragraph: [:], text: [:])
            try paragraph(
                w, "Text_20_body", display: "Text body", parent: "Standard",
                paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0.2cm", "fo:line-height": "115%"], text: [:])
            try paragraph(
                w, "Heading", display: nil, parent: "Standard",
                paragraph: ["fo:margin-top": "0.42cm", "fo:margin-bottom": "0.21cm", "fo:keep-with-next": "always"],
                text: ["fo:font-weight": "bold", "fo:color": "#1f3864"])
            let headingSizes = ["18pt", "14pt", "12pt"]
            for (index, size) in headingSizes.enumerated() {
                let level = index + 1
                try w.element(
                    "style:style",
                    [
                        "style:name": "Heading_20_\(level)", "style:display-name": "Heading \(level)",
                        "style:family": "paragraph", "style:parent-style-name": "Heading",
                        "style:next-style-name": "Text_20_body", "style:default-outline-level": String(level),
                        "style:class": "text",
                    ]
                ) {
                    try w.element("style:text-properties", attributes: ["fo:font-size": size])
                }
            }
            try paragraph(
                w, "Title", display: nil, parent: "Standard",
                paragraph: ["fo:margin-top": "3cm", "fo:margin-bottom": "0.5cm"],
                text: ["fo:font-size": "26pt", "fo:font-weight": "bold", "fo:color": "#1f3864"])
            try paragraph(
                w, "Subtitle", display: nil, parent: "Standard", paragraph: ["fo:margin-bottom": "1cm"],
                text: ["fo:font-size": "16pt"])
            try paragraph(
                w, "Noaber_20_Cover", display: "Noaber Cover", parent: "Standard",
                paragraph: ["fo:margin-bottom": "0.15cm"], text: ["fo:font-size": "12pt"])
            // A quotation introduces what follows (the question asked): it keeps with it.
            try paragraph(
                w, "Quotations", display: nil, parent: "Standard",
                paragraph: [
                    "fo:margin-left": "1cm", "fo:margin-right": "1cm", "fo:margin-bottom": "0.2cm",
                    "fo:keep-with-next": "always",
                ],
                text: ["fo:font-style": "italic"])
            try paragraph(
                w, "Noaber_20_Note", display: "Noaber Note", parent: "Text_20_body", paragraph: [:],
                text: ["fo:font-size": "9pt", "fo:color": "#595959"])
            try paragraph(
                w, "Caption", display: nil, parent: "Standard",
                paragraph: ["fo:margin-top": "0.1cm", "fo:margin-bottom": "0.3cm"],
                text: ["fo:font-size": "9pt", "fo:font-style": "italic"])
            // A paragraph that introduces a table, chart or list stays on its page (set by the writer).
            try paragraph(
                w, "Noaber_20_Intro", display: "Noaber Intro", parent: "Text_20_body",
                paragraph: ["fo:keep-with-next": "always"], text: [:])
            // Table text one size smaller, never hyphenated: a header or a word breaks only between words.
            try paragraph(
                w, "Table_20_Contents", display: "Table Contents", parent: "Standard",
                paragraph: [:],
                text: ["fo:font-size": "\(DutchNumber.dot(TableLayout.fontSize))pt", "fo:hyphenate": "false"])
            try paragraph(
                w, "Table_20_Heading", display: "Table Heading", parent: "Table_20_Contents", paragraph: [:],
                text: ["fo:font-weight": "bold"])
            try paragraph(
                w, "Noaber_20_Number", display: "Noaber Number", parent: "Table_20_Contents",
                paragraph: ["fo:text-align": "end"], text: [:])
            try paragraph(
                w, "Noaber_20_Number_20_Heading", display: "Noaber Number Heading", parent: "Table_20_Heading",
                paragraph: ["fo:text-align": "end"], text: [:])
            // A chart keeps with its caption below it.
            try paragraph(
                w, "Noaber_20_Figure", display: "Noaber Figure", parent: "Standard",
                paragraph: ["fo:text-align": "center", "fo:margin-top": "0.2cm", "fo:keep-with-next": "always"],
                text: [:])
            // An empty paragraph that ends the page: cover and contents stand on their own pages.
            try paragraph(
                w, "Noaber_20_Page_20_Break", display: "Noaber Page Break", parent: "Standard",
                paragraph: ["fo:break-after": "page"], text: ["fo:font-size": "2pt"])
            try paragraph(
                w, "Contents_20_Heading", display: "Contents Heading", parent: "Heading",
                paragraph: ["fo:margin-top": "1.5cm"],
                text: ["fo:font-size": "16pt"])
            for level in 1...3 {
                try contentsEntry(w, level: level)
            }
            // The entries link to their headings without looking like web links.
            try w.element(
                "style:style",
                ["style:name": "Index_20_Link", "style:display-name": "Index Link", "style:family": "text"]
            ) {
                try w.element(
                    "style:text-properties", attributes: ["style:text-underline-style": "none", "fo:color": "#000000"])
            }
            try paragraph(
                w, "Footer", display: nil, parent: "Standard", paragraph: ["fo:text-align": "center"],
                text: ["fo:font-size": "9pt", "fo:color": "#595959"])
            try w.element("text:outline-style", ["style:name": "Outline"]) {
                for level in 1...10 {
                    try w.element(
                        "text:outline-level-style", attributes: ["text:level": String(level), "style:num-format": ""])
                }
            }
            try w.element(
                "text:list-style", ["style:name": "Noaber_20_Bullets", "style:display-name": "Noaber Bullets"]
            ) {
                try w.element(
                    "text:list-level-style-bullet", ["text:level": "1", "text:bullet-char": "•"]
                ) {
                    try w.element(
                        "style:list-level-properties",
                        ["text:list-level-position-and-space-mode": "label-alignment"]
                    ) {
                        try w.element(
                            "style:list-level-label-alignment",
                            attributes: [
                                "text:label-followed-by": "listtab", "text:list-tab-stop-position": "0.8cm",
                                "fo:text-indent": "-0.5cm", "fo:margin-left": "0.8cm",
                            ])
                    }
                }
            }
        }
    }

    /// `office:automatic-styles` of `styles.xml`: the A4 page with a footer; `withHeader` adds a page header
    /// (paper forms); `landscape` is a spreadsheet's page, with a header, every sheet printed one page wide.
    static func writePageLayout(_ w: XMLWriter, landscape: Bool = false, withHeader: Bool = false) throws {
        try w.element("style:page-layout", ["style:name": "pm1"]) {
            try w.startElement("style:page-layout-properties")
            try w.attribute("fo:page-width", landscape ? "29.7cm" : "21cm")
            try w.attribute("fo:page-height", landscape ? "21cm" : "29.7cm")
            try w.attribute("style:print-orientation", landscape ? "landscape" : "portrait")
            try w.attribute("fo:margin-top", landscape ? "1cm" : "2cm")
            try w.attribute("fo:margin-bottom", landscape ? "1cm" : "1.5cm")
            try w.attribute("fo:margin-left", landscape ? "1.5cm" : "2cm")
            try w.attribute("fo:margin-right", landscape ? "1.5cm" : "2cm")
            if landscape {
                try w.attribute("style:print-page-order", "ttb")
                try w.attribute("style:scale-to-X", "1")
            }
            try w.endElement()
            if landscape || withHeader {
                try w.element("style:header-style") {
                    try w.element(
                        "style:header-footer-properties",
                        attributes: ["fo:min-height": "0.6cm", "fo:margin-bottom": landscape ? "0.25cm" : "0.4cm"])
                }
            }
            try w.element("style:footer-style") {
                try w.element("style:header-footer-properties", attributes: ["fo:min-height": "0.6cm"])
            }
        }
        // Only documents with a page header (paper forms) carry its style, so reports keep their bytes.
        if withHeader {
            try w.element("style:style", ["style:name": "Noaber_Header", "style:family": "paragraph"]) {
                try w.element("style:text-properties", attributes: ["fo:font-size": "11pt"])
            }
        }
    }

    /// `office:master-styles`: the standard page, its footer numbering the pages.
    static func writeMaster(_ w: XMLWriter, pageHeader: String? = nil) throws {
        try w.element("office:master-styles") {
            try w.element("style:master-page", ["style:name": "Standard", "style:page-layout-name": "pm1"]) {
                if let pageHeader {
                    try w.element("style:header") {
                        try w.element("text:p", ["text:style-name": "Noaber_Header"]) { try w.text(pageHeader) }
                    }
                }
                try w.element("style:footer") {
                    try w.element("text:p", ["text:style-name": "Footer"]) {
                        try w.text("Pagina ")
                        try w.element("text:page-number", attributes: ["text:select-page": "current"])
                    }
                }
            }
        }
    }

    /// The complete `styles.xml`.
    static func stylesXML(language: (language: String, country: String?), pageHeader: String? = nil) throws -> [UInt8] {
        try XMLWriter.odfPart("office:document-styles") { w in
            try writeCommon(w, language: language)
            try w.element("office:automatic-styles") { try writePageLayout(w, withHeader: pageHeader != nil) }
            try writeMaster(w, pageHeader: pageHeader)
        }
    }

    static func textProperties(
        _ w: XMLWriter, language: (language: String, country: String?), extra: KeyValuePairs<String, String>
    ) throws {
        try w.startElement("style:text-properties")
        for (name, value) in extra {
            try w.attribute(name, value)
        }
        try w.attribute("fo:language", language.language)
        if let country = language.country { try w.attribute("fo:country", country) }
        try w.endElement()
    }

    /// An entry of the table of contents: indented by level, the page number at the right margin after a dotted
    /// leader (tab positions count from the indent).
    private static func contentsEntry(_ w: XMLWriter, level: Int) throws {
        let indent = Double(level - 1) * 0.5
        try w.element(
            "style:style",
            [
                "style:name": "Contents_20_\(level)", "style:display-name": "Contents \(level)",
                "style:family": "paragraph", "style:parent-style-name": "Standard", "style:class": "index",
            ]
        ) {
            try w.element(
                "style:paragraph-properties",
                ["fo:margin-left": "\(DutchNumber.dot(indent))cm", "fo:margin-bottom": "0.1cm"]
            ) {
                try w.element("style:tab-stops") {
                    try w.element(
                        "style:tab-stop",
                        attributes: [
                            "style:position": "\(DutchNumber.dot(TableLayout.pageWidth - indent))cm",
                            "style:type": "right", "style:leader-style": "dotted", "style:leader-text": ".",
                        ])
                }
            }
        }
        try w.newline()
    }

    private static func paragraph(
        _ w: XMLWriter, _ name: String, display: String?, parent: String?,
        paragraph: KeyValuePairs<String, String>, text: KeyValuePairs<String, String>
    ) throws {
        try w.startElement("style:style")
        try w.attribute("style:name", name)
        if let display { try w.attribute("style:display-name", display) }
        try w.attribute("style:family", "paragraph")
        if let parent { try w.attribute("style:parent-style-name", parent) }
        try w.attribute("style:class", "text")
        if !paragraph.isEmpty { try w.element("style:paragraph-properties", attributes: paragraph) }
        if !text.isEmpty { try w.element("style:text-properties", attributes: text) }
        try w.endElement()
        try w.newline()
    }
}
