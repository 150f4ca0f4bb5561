import NoaberCore

/// An information step: its paragraphs in the group report; no input, so no personal part and no sheet.
enum InfoSection {
    static let name = "informatie"
}

extension GroupReportBuilder {
    mutating func infoSection(_ settings: InfoSettings) {
        for text in settings.paragraphs { paragraph(text) }
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
