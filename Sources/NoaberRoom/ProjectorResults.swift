import NoaberAggregation
import NoaberCore

/// A step's results as the projector shows them, whatever the werkvorm: sentences, bars, and a list. Each
/// werkvorm's page (`Werkvormen/<Kind>Page.swift`, `projection`) fills it from the one `StepResults`; the
/// template draws it the same way for all.
///
/// No participant names: only items, themes and counts reach this value.
struct ProjectorResults: Sendable, Equatable {
    /// One bar: what it stands for, its figure in words and digits, and its length from 0 to 1.
    struct Bar: Sendable, Equatable {
        var label: String
        var value: String
        var fraction: Double
    }

    /// Sentences above the bars (the agreement in words, a count).
    var sentences: [String] = []
    /// What the bars measure, read before them ("Volgorde van de groep").
    var barsCaption: String = ""
    var bars: [Bar] = []
    /// What the list holds ("Ingebrachte punten").
    var listCaption: String = ""
    var list: [String] = []

    var isEmpty: Bool { sentences.isEmpty && bars.isEmpty && list.isEmpty }

    /// Bars for `values` (label, figure, raw measure), scaled so that the largest measure fills the width.
    static func bars(_ values: [(label: String, value: String, measure: Double)]) -> [Bar] {
        let top = values.map(\.measure).max() ?? 0
        return values.map { Bar(label: $0.label, value: $0.value, fraction: top > 0 ? max(0, $0.measure) / top : 0) }
    }

    /// A number as the room writes it (decimal comma, at most `decimals` places).
    static func number(_ value: Double, decimals: Int = 1) -> String {
        DecimalText.compact(value, decimals: decimals, language: .nl)
    }

    /// The template's values.
    var context: [String: Any] {
        [
            "zinnen": sentences,
            "staafkop": barsCaption,
            "staven": bars.enumerated().map { index, bar in
                [
                    "nummer": index + 1, "label": bar.label, "waarde": bar.value,
                    // The bar's length in the SVG's 0…100 user units (an attribute, not a style: the CSP allows
                    // no inline styles).
                    "lengte": ProjectorResults.number(bar.fraction * 100, decimals: 1).replacingOccurrences(
                        of: ",", with: "."),
                ] as [String: Any]
            },
            "heeftStaven": !bars.isEmpty,
            "lijstkop": listCaption,
            "lijst": list,
            "heeftLijst": !list.isEmpty,
        ]
    }
}
