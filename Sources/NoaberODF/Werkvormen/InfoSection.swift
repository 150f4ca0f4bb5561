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
