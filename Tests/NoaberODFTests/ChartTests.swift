import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// Charts: Dutch numbers on the axes, a scale's axis over the scale with a title, native charts in `.fodt` too.
@Suite struct ChartTests {
    static let scale = Scale(
        min: 1, max: 4,
        labels: [
            ScaleLabel(value: 1, text: "zeer oneens"), ScaleLabel(value: 2, text: "oneens"),
            ScaleLabel(value: 3, text: "eens"), ScaleLabel(value: 4, text: "zeer eens"),
        ])

    static let scaleChart = BarChart(
        title: "Scores per thema", categories: ["Doen", "Doel"],
        series: [.init(name: "Jij", values: [2.5, 3.25]), .init(name: "Groep", values: [2.24, 3])],
        description: "Doen jij 2,5, groep 2,24; doel jij 3,25, groep 3", axis: .scale(scale))

    @Test func axisLabelsAreDutchNumbers() throws {
        let chart = String(decoding: try Self.scaleChart.contentXML(), as: UTF8.self)
        #expect(chart.contains(#"<number:number-style style:name="N0" number:language="nl" number:country="NL">"#))
        #expect(chart.contains(#"<style:style style:name="values" style:family="chart" style:data-style-name="N0">"#))
        #expect(chart.contains(#"chart:link-data-style-to-source="false""#))
        #expect(chart.contains(#"fo:language="nl" fo:country="NL""#), "the chart's own locale is Dutch")
        #expect(chart.contains(#"number:decimal-places="0""#), "whole steps need no decimals")
        // Horizontal bars: written bottom-up, so the first theme is on top and the legend follows the bars.
        #expect(chart.contains(#"chart:style-name="series2" chart:values-cell-range-address="local-table.$B$2:.$B$3""#))
        let doel = try #require(chart.range(of: "<text:p>Doel</text:p>"))
        let doen = try #require(chart.range(of: "<text:p>Doen</text:p>"))
        #expect(doel.lowerBound < doen.lowerBound)
    }

    @Test func aScalesAxisRunsOverTheScaleWithATitle() throws {
        let chart = String(decoding: try Self.scaleChart.contentXML(), as: UTF8.self)
        #expect(
            chart.contains(
                #"chart:minimum="1" chart:maximum="4" chart:interval-major="1" chart:interval-minor-divisor="1" chart:origin="1""#
            ))
        #expect(chart.contains("<text:p>Score (1 = zeer oneens, 4 = zeer eens)</text:p>"))
        // A count's axis still starts at 0 and has no title.
        let counts = String(
            decoding: try BarChart(
                title: "Stippen", categories: ["a"], series: [.init(name: "Stippen", values: [3])], description: "a 3"
            ).contentXML(), as: UTF8.self)
        #expect(counts.contains(#"chart:minimum="0""#))
        #expect(!counts.contains("chart:title"))
    }

    @Test func flatDocumentCarriesTheChartInline() throws {
        var document = TextDocument(metadata: LayoutTests.metadata)
        document.append(.chart(Self.scaleChart))
        let flat = String(decoding: try document.fodt(), as: UTF8.self)
        #expect(
            flat.contains(
                #"<draw:object><office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart">"#
            ))
        #expect(flat.contains(#"<chart:chart chart:class="chart:bar""#))
        #expect(flat.contains("<svg:desc>Doen jij 2,5, groep 2,24; doel jij 3,25, groep 3</svg:desc>"))
        #expect(!flat.contains("als tabel"))
    }

    /// LibreOffice draws the chart with a decimal comma on the axis. (The `.fodt` is not rendered here: LibreOffice
    /// 7.4 reads its inline chart, but a headless PDF conversion of a flat document leaves every chart blank, also
    /// in a `.fodt` LibreOffice itself wrote.)
    @Test func renderedAxesShowADecimalComma() throws {
        guard ProcessInfo.processInfo.environment["NOABER_RENDER"] == "1" else { return }
        var document = TextDocument(metadata: LayoutTests.metadata)
        document.append(
            .chart(
                BarChart(
                    title: "Halve punten", categories: ["Eerste", "Tweede"],
                    series: [.init(name: "Punten", values: [1.5, 2.5])], description: "Eerste 1,5, tweede 2,5",
                    axis: .init(minimum: 0, maximum: 3, step: 0.5, decimals: 1))))
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let odt = directory.appendingPathComponent("grafiek.odt")
        try document.odt().write(to: odt)
        guard let result = try ODFCheck.run([odt], expect: ["0,5", "2,5", "Eerste"]) else { return }
        #expect(result.passed, "\(result.output)")
    }
}
