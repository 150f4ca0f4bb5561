public import NoaberCore
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
    /// The value axis: its range, steps, decimals and title.
    public var axis: ValueAxis

    /// The value axis runs from `minimum` (0 for counts and points: bars that start elsewhere exaggerate
    /// differences; the bottom of the scale for a scale) to `maximum`, or to what LibreOffice picks when `nil`.
    /// Its labels are Dutch numbers with `decimals` digits after the comma.
    public struct ValueAxis: Sendable, Equatable {
        public var minimum: Double
        public var maximum: Double?
        /// The distance between labelled marks; LibreOffice picks one when `nil`.
        public var step: Double?
        public var decimals: Int
        /// What the axis measures, in words ("Score: 1 = zeer oneens, 4 = zeer eens").
        public var title: String?

        public init(
            minimum: Double = 0, maximum: Double? = nil, step: Double? = nil, decimals: Int = 0, title: String? = nil
        ) {
            self.minimum = minimum
            self.maximum = maximum
            self.step = step
            self.decimals = decimals
            self.title = title
        }

        /// A scale's axis: over the scale (1–4, not 0–4), a mark per whole step, the ends' labels in the title.
        public static func scale(_ scale: Scale) -> ValueAxis {
            let ends = [
                scale.label(for: scale.min).map { "\(scale.min) = \($0)" },
                scale.label(for: scale.max).map { "\(scale.max) = \($0)" },
            ].compactMap { $0 }
            return ValueAxis(
                minimum: Double(scale.min), maximum: Double(scale.max), step: 1, decimals: 0,
                title: ends.isEmpty ? "Score" : "Score (\(ends.joined(separator: ", ")))")
        }
    }

    /// Made by the report builders (with the memberwise initialiser).
    public struct Series: Sendable, Equatable {
        public var name: String
        /// One value per category.
        public var values: [Double]
    }

    /// `maximum` alone keeps the axis from 0; `axis` says everything about it.
    public init(
        title: String, categories: [String], series: [Series], description: String, horizontal: Bool = true,
        maximum: Double? = nil, axis: ValueAxis? = nil
    ) {
        self.axis = axis ?? ValueAxis(maximum: maximum)
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
        try XMLWriter.odfPart("office:document-content", indent: true) { w in try writeContent(w) }
    }

    /// The same chart inside a flat document: `office:document` as the content of `draw:object`.
    func writeInline(_ w: XMLWriter) throws {
        try w.element(
            "office:document", ["office:version": odfVersion, "office:mimetype": ODFPackage.chartMediaType]
        ) {
            try writeContent(w)
        }
    }

    /// Automatic styles and body of the chart document.
    private func writeContent(_ w: XMLWriter) throws {
        try w.element("office:automatic-styles") { try writeStyles(w) }
        try w.element("office:body") {
            try w.element("office:chart") { try writeChart(w) }
        }
    }

    /// The categories and series in the order they are written. LibreOffice draws horizontal bars bottom-up and
    /// lists their legend top-down in reverse; writing both reversed puts the first category on top, the first
    /// series first in each group, and the legend in the order of the bars.
    var drawnCategories: [Int] { horizontal ? categories.indices.reversed() : Array(categories.indices) }
    var drawnSeries: [Int] { horizontal ? series.indices.reversed() : Array(series.indices) }

    /// The bar colours, in series order.
    static let colours = ["#1f3864", "#e46c0a", "#77933c", "#7f7f7f"]

    private func writeStyles(_ w: XMLWriter) throws {
        // Axis labels as a Dutch reader writes numbers: a decimal comma, no needless decimals.
        try w.element(
            "number:number-style", ["style:name": "N0", "number:language": "nl", "number:country": "NL"]
        ) {
            try w.element(
                "number:number",
                attributes: [
                    "number:decimal-places": String(axis.decimals), "number:min-decimal-places": String(axis.decimals),
                    "number:min-integer-digits": "1", "number:grouping": "true",
                ])
        }
        // The chart's own locale is Dutch too.
        try w.element("style:style", ["style:name": "chart", "style:family": "chart"]) {
            try w.element("style:graphic-properties", attributes: ["draw:stroke": "none"])
            try w.element(
                "style:text-properties",
                attributes: [
                    "fo:font-family": "'Liberation Sans'", "fo:font-size": "9pt", "fo:language": "nl",
                    "fo:country": "NL",
                ])
        }
        try w.element("style:style", ["style:name": "plot", "style:family": "chart"]) {
            try w.element("style:chart-properties", attributes: ["chart:vertical": horizontal ? "true" : "false"])
        }
        try w.element("style:style", ["style:name": "values", "style:family": "chart", "style:data-style-name": "N0"]) {
            try w.startElement("style:chart-properties")
            try w.attribute("chart:display-label", "true")
            try w.attribute("chart:link-data-style-to-source", "false")
            try w.attribute("chart:minimum", DutchNumber.dot(axis.minimum))
            if let maximum = axis.maximum { try w.attribute("chart:maximum", DutchNumber.dot(maximum)) }
            if let step = axis.step {
                try w.attribute("chart:interval-major", DutchNumber.dot(step))
                try w.attribute("chart:interval-minor-divisor", "1")
            }
            // Bars grow from the axis' start: from 1 on a scale of 1 to 4.
            try w.attribute("chart:origin", DutchNumber.dot(axis.minimum))
            try w.endElement()
        }
        try w.element("style:style", ["style:name": "categories", "style:family": "chart"]) {
            try w.element("style:chart-properties", attributes: ["chart:display-label": "true"])
        }
        try w.element("style:style", ["style:name": "axis-title", "style:family": "chart"]) {
            try w.element("style:text-properties", attributes: ["fo:font-size": "9pt"])
        }
        for index in series.indices {
            try w.element("style:style", ["style:name": "series\(index + 1)", "style:family": "chart"]) {
                try w.element(
                    "style:graphic-properties",
                    attributes: ["draw:fill": "solid", "draw:fill-color": Self.colours[index % Self.colours.count]])
            }
        }
        try w.element("style:style", ["style:name": "wall", "style:family": "chart"]) {
            try w.element("style:graphic-properties", attributes: ["draw:fill": "none"])
        }
    }

    private func writeChart(_ w: XMLWriter) throws {
        let last = categories.count + 1
        let lastColumn = Self.column(series.count)
        try w.startElement("chart:chart")
        try w.attribute("chart:class", "chart:bar")
        for (name, value) in frameSize { try w.attribute(name, value) }
        try w.attribute("xlink:type", "simple")
        try w.attribute("xlink:href", ".")
        try w.attribute("chart:style-name", "chart")
        if series.count > 1 {
            try w.element(
                "chart:legend", attributes: ["chart:legend-position": "bottom", "style:legend-expansion": "wide"])
        }
        try w.element(
            "chart:plot-area",
            [
                "chart:style-name": "plot", "table:cell-range-address": "local-table.$A$1:.$\(lastColumn)$\(last)",
                "chart:data-source-has-labels": "both",
            ]
        ) {
            try w.element(
                "chart:axis", ["chart:dimension": "x", "chart:name": "primary-x", "chart:style-name": "categories"]
            ) {
                try w.element(
                    "chart:categories", attributes: ["table:cell-range-address": "local-table.$A$2:.$A$\(last)"])
            }
            try w.element(
                "chart:axis", ["chart:dimension": "y", "chart:name": "primary-y", "chart:style-name": "values"]
            ) {
                if let title = axis.title {
                    try w.element("chart:title", ["chart:style-name": "axis-title"]) {
                        try w.element("text:p", text: title)
                    }
                }
                try w.element("chart:grid", attributes: ["chart:class": "major"])
            }
            for (position, index) in drawnSeries.enumerated() {
                let column = Self.column(position + 1)
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
                    for item in drawnSeries.map({ series[$0] }) {
                        try w.element("table:table-cell", ["office:value-type": "string"]) {
                            try w.element("text:p", text: item.name)
                        }
                    }
                }
            }
            try w.element("table:table-rows") {
                for index in drawnCategories {
                    let category = categories[index]
                    try w.element("table:table-row") {
                        try w.element("table:table-cell", ["office:value-type": "string"]) {
                            try w.element("text:p", text: category)
                        }
                        for item in drawnSeries.map({ series[$0] }) {
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
