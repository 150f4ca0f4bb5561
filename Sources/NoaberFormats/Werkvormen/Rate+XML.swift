import NoaberCore
import NoaberXML

// `<rate>`: items scored on a labelled scale.
extension ScenarioReader {
    mutating func readRate(_ element: XMLElement) -> Activity {
        let scale = scale(element.element(named: "scale"))
        return .rate(RateSettings(items: requiredItems(element, for: .rate), scale: scale))
    }
}

extension ScenarioWriter {
    static func writeRate(_ settings: RateSettings, to writer: XMLWriter) throws {
        try write(settings.scale, to: writer)
        try write(settings.items, as: "items", to: writer)
    }
}

extension SchemaViolations {
    static let rateRequirements = SchemaRequirements(children: ["rate": ["scale", "items"]])
}

extension SessionXMLDecoder {
    func legacyRate(_ element: XMLElement) throws(SessionXMLError) -> Activity {
        .rate(RateSettings(items: try legacyItemSource(element), scale: try legacyScale(try child(element, "scale"))))
    }
}
