import NoaberCore

/// An information step: its paragraphs in the group report; no input, so no personal part and no sheet.
enum InfoSection {
    static let name = "informatie"
    static let purpose = "een toelichting bij de start van een onderdeel; er wordt niets gevraagd."
}

extension GroupReportBuilder {
    /// The texts of an information step are the method's (the draaiboek prints them); the report says only that
    /// the step was given, and its notes and outcomes follow in the chapter.
    mutating func infoSection(_ settings: InfoSettings) {
        paragraph("De \(context.scenario.facilitator.title) gaf bij dit onderdeel een toelichting.")
    }
}

extension RawDataSheet {
    /// An information step has no inputs, and the raw data gives it no sheet.
    mutating func infoColumns() {}
}

extension InfoSection {
    /// The draaiboek's material: the texts to read or show, as the scenario quotes them.
    static func material(_ settings: InfoSettings) -> [TextBlock] {
        settings.paragraphs.map { .paragraph($0, style: .quote) }
    }
}
