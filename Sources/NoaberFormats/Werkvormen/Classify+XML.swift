import NoaberCore
import NoaberXML

// `<classify>`: items placed in categories.
extension ScenarioReader {
    mutating func readClassify(_ element: XMLElement) -> Activity {
        let items = requiredItems(element, for: .classify)
        var seen: [String: Int] = [:]
        let categoriesElement = element.element(named: "categories")
        let categories = self.items(categoriesElement?.elements(named: "item") ?? [], seen: &seen, kind: .category)
        if categories.isEmpty { report(.noCategories, at: categoriesElement ?? element) }
        return .classify(ClassifySettings(items: items, categories: categories))
    }
}

extension ScenarioWriter {
    static func writeClassify(_ settings: ClassifySettings, to writer: XMLWriter) throws {
        try write(settings.items, as: "items", to: writer)
        try write(settings.categories, as: "categories", to: writer)
    }
}

extension SchemaViolations {
    static let classifyRequirements = SchemaRequirements(children: ["classify": ["items", "categories"]])
}

extension ScenarioError.Problem {
    /// The catalogue entries (`MessageCatalogue`) of the problems only a classify step has.
    static let classifyMessages = #"""
        noCategories
        nl: een classify-stap heeft ten minste één categorie nodig
        en: a classify step needs at least one category
        """#
}

extension SessionXMLWriter {
    static func writeClassify(_ placements: [Placement], to writer: XMLWriter) throws {
        try writeEntries("classify", "place", placements, writer) { ["item": $0.item, "category": $0.category] }
    }
}

extension SessionXMLDecoder {
    func classifyInput(_ element: XMLElement) throws(SessionXMLError) -> Input {
        .classify(
            try children(element, "place") { place throws(SessionXMLError) in
                Placement(item: try string(place, "item"), category: try string(place, "category"))
            }
        )
    }

    func legacyClassify(_ element: XMLElement) throws(SessionXMLError) -> Activity {
        .classify(
            ClassifySettings(
                items: try legacyItemSource(element), categories: try legacyItems(element.elements(named: "category"))
            )
        )
    }
}
