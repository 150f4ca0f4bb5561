import NoaberXML

/// A bar chart with one or more series over the same categories: the native chart object (`Object N/` with its
/// own data table) that LibreOffice opens for editing.
public struct BarChart: Sendable, Equatable {
    /// Shown above the chart and used as its alternative title (`svg:title`).
    public var title: String
    public var categories: [String]
    public var series: [Series]
    /// Alternative text for screen readers (`svg:desc`): the data in words.
    public var description: String
    /// Horizontal bars: long labels (values, themes) stay readable.
    public var horizontal: Bool
    /// The value axis runs from 0 (bars that start elsewhere exaggerate differences) to `maximum`, or to what
    /// LibreOffice picks when `nil` (for a questionnaire: the top of the scale).
    public var maximum: Double?

    /// Made by the report builders (with the memberwise initialiser).
    public struct Series: Sendable, Equatable {
        public var name: String
        /// One value per category.
        public var values: [Double]
    }

    public init(
        title: String, categories: [String], series: [Series], description: String, horizontal: Bool = true,
        maximum: Double? = nil
    ) {
        self.maximum = maximum
        self.title = title
        self.categories = categories
        self.series = series
        self.description = description
        self.horizontal = horizontal
    }

    /// Frame height grows with the bars so labels never overlap.
    var heightInCentimetres: Double {
        let bars = Double(categories.count * max(1, series.count))
        return min(22, max(6, 2.5 + bars * 0.6))
    }

    var frameSize: KeyValuePairs<String, String> {
        ["svg:width": "16cm", "svg:height": "\(DutchNumber.dot(heightInCentimetres))cm"]
    }

    /// As a table: the `.fodt` fallback and the chart's own data.
    var table: TextTable {
        TextTable(
            header: [""] + series.map(\.name),
            rows: categories.enumerated().map { index, category in
                [.text(category)] + series.map { .decimal($0.values[index], decimals: 2) }
            })
    }

    /// The column letters of the 0-based column `index`: A, B, … Z, AA, AB, …
    static func column(_ index: Int) -> String {
        var n = index
        var letters = ""
        repeat {
            let scalar = Unicode.Scalar(UInt8(65 + n % 26))
            letters = String(Character(scalar)) + letters
            n = n / 26 - 1
        } while n >= 0
        return letters
    }

    /// The sub-document's `content.xml`: `office:chart` with a local table (`xlink:href="."`).
    func contentXML() throws -> [UInt8] {
        try XMLWriter.odfPart("office:document-content", indent: true) { w in
            try w.element("office:automatic-styles") {
                try w.element("style:style", ["style:name": "chart", "style:family": "chart"]) {
                    try w.element("style:graphic-properties", attributes: ["draw:stroke": "none"])
                }
                try w.element("style:style", ["style:name": "plot", "style:family": "chart"]) {
                    try w.element(
                        "style:chart-properties", attributes: ["chart:vertical": horizontal ? "true" : "false"])
                }
                try w.element("style:style", ["style:name": "axis", "style:family": "chart"]) {
                    try w.element("style:chart-properties", attributes: ["chart:display-label": "true"])
                }
                try w.element("style:style", ["style:name": "values", "style:family": "chart"]) {
                    try w.startElement("style:chart-properties")
                    try w.attribute("chart:display-label", "true")
                    try w.attribute("chart:minimum", "0")
                    if let maximum { try w.attribute("chart:maximum", DutchNumber.dot(maximum)) }
                    try w.endElement()
                }
                // Horizontal bars are drawn bottom-up; reversing the category axis puts the first item on top.
                try w.element("style:style", ["style:name": "categories", "style:family": "chart"]) {
                    try w.element(
                        "style:chart-properties",
                        attributes: [
                            "chart:display-label": "true", "chart:reverse-direction": horizontal ? "true" : "false",
                        ])
                }
                let colours = ["#1f3864", "#e46c0a", "#77933c", "#7f7f7f"]
                for index in series.indices {
                    try w.element("style:style", ["style:name": "series\(index + 1)", "style:family": "chart"]) {
                        try w.element(
                            "style:graphic-properties",
                            attributes: ["draw:fill": "solid", "draw:fill-color": colours[index % colours.count]])
                    }
                }
                try w.element("style:style", ["style:name": "wall", "style:family": "chart"]) {
                    try w.element("style:graphic-properties", attributes: ["draw:fill": "none"])
                }
            }
            let last = categories.count + 1
            let lastColumn = Self.column(series.count)
            try w.element("office:body") {
                try w.element("office:chart") {
                    try w.startElement("chart:chart")
                    try w.attribute("chart:class", "chart:bar")
                    for (name, value) in frameSize { try w.attribute(name, value) }
                    try w.attribute("xlink:type", "simple")
                    try w.attribute("xlink:href", ".")
                    try w.attribute("chart:style-name", "chart")
                    if series.count > 1 {
                        try w.element(
                            "chart:legend",
                            attributes: ["chart:legend-position": "bottom", "style:legend-expansion": "wide"])
                    }
                    try w.element(
                        "chart:plot-area",
                        [
                            "chart:style-name": "plot",
                            "table:cell-range-address": "local-table.$A$1:.$\(lastColumn)$\(last)",
                            "chart:data-source-has-labels": "both",
                        ]
                    ) {
                        try w.element(
                            "chart:axis",
                            ["chart:dimension": "x", "chart:name": "primary-x", "chart:style-name": "categories"]
                        ) {
                            try w.element(
                                "chart:categories",
                                attributes: ["table:cell-range-address": "local-table.$A$2:.$A$\(last)"]
                            )
                        }
                        try w.element(
                            "chart:axis",
                            ["chart:dimension": "y", "chart:name": "primary-y", "chart:style-name": "values"]
                        ) {
                            try w.element("chart:grid", attributes: ["chart:class": "major"])
                        }
                        for index in series.indices {
                            let column = Self.column(index + 1)
                            try w.element(
                                "chart:series",
                                attributes: [
                                    "chart:class": "chart:bar", "chart:style-name": "series\(index + 1)",
                                    "chart:values-cell-range-address": "local-table.$\(column)$2:.$\(column)$\(last)",
                                    "chart:label-cell-address": "local-table.$\(column)$1",
                                ])
                        }
                        try w.element("chart:wall", attributes: ["chart:style-name": "wall"])
                    }
                    try writeLocalTable(w)
                    try w.endElement()
                }
            }
        }
    }

    /// The chart's own data: header row (series names) in `table:table-header-rows`, or the data shifts by one.
    private func writeLocalTable(_ w: XMLWriter) throws {
        try w.element("table:table", ["table:name": "local-table"]) {
            try w.element("table:table-header-columns") { try w.element("table:table-column") }
            try w.element("table:table-columns") {
                try w.element("table:table-column", attributes: ["table:number-columns-repeated": String(series.count)])
            }
            try w.element("table:table-header-rows") {
                try w.element("table:table-row") {
                    try w.element("table:table-cell") {}
                    for item in series {
                        try w.element("table:table-cell", ["office:value-type": "string"]) {
                            try w.element("text:p", text: item.name)
                        }
                    }
                }
            }
            try w.element("table:table-rows") {
                for (index, category) in categories.enumerated() {
                    try w.element("table:table-row") {
                        try w.element("table:table-cell", ["office:value-type": "string"]) {
                            try w.element("text:p", text: category)
                        }
                        for item in series {
                            let value = item.values[index]
                            try w.element(
                                "table:table-cell",
                                ["office:value-type": "float", "office:value": DutchNumber.dot(value)]
                            ) {
                                try w.element("text:p", text: DutchNumber.dot(value))
                            }
                        }
                    }
                }
            }
        }
    }
}

extension DutchNumber {
    /// A number as XML attributes want it: a dot, no exponent, at most six decimals, trailing zeros dropped.
    static func dot(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        // Too large for six decimals in an Int: Swift's own shortest form, which ODF's xsd:double accepts.
        guard abs(value) < 1e12 else { return "\(value)" }
        var text = String(format(value, decimals: 6).map { $0 == "," ? "." : $0 })
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
