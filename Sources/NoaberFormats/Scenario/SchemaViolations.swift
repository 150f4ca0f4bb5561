import Foundation
import NoaberCore
import NoaberXML

/// Translates libxml2's RelaxNG messages into scenario problems an author can act on.
///
/// libxml2 words a violation from the validator's point of view ("Did not expect element poll there", "Element step
/// failed to validate attributes"). Parsing the file once more without the schema — only when it is invalid —
/// gives the tree, so that the translation can name the missing attribute or see that `poll` sits where a
/// werkvorm belongs. Messages it does not recognise are passed on as they are.
struct SchemaViolations {
    private let file: String
    private let columns: SourceColumns
    /// Every element of the file with its parent, in document order.
    private let entries: [(element: XMLElement, parent: XMLElement?)]

    init(bytes: [UInt8], file: String) {
        self.file = file
        columns = SourceColumns(bytes)
        var entries: [(element: XMLElement, parent: XMLElement?)] = []
        if let root = try? XMLParser.parse(bytes, file: file).root {
            var stack: [(XMLElement, XMLElement?)] = [(root, nil)]
            while let (element, parent) = stack.popLast() {
                entries.append((element, parent))
                stack.append(contentsOf: element.elements.reversed().map { ($0, element) })
            }
        }
        self.entries = entries
    }

    /// Attributes the schema requires, per element: the common ones and each werkvorm's.
    static let requiredAttributes: [String: [String]] = werkvormRequirements.reduce(
        [
            "scenario": ["id", "version"], "source": ["file"], "facilitator": ["title"], "group": ["id"],
            "step": ["id", "minutes"], "item": ["id"], "scale": ["min", "max"], "label": ["value"],
        ]
    ) { $0.merging($1.attributes) { first, _ in first } }

    /// Child elements the schema requires, per element, in document order: the common ones and each werkvorm's.
    static let requiredChildren: [String: [String]] = werkvormRequirements.reduce(
        [
            "scenario": ["meta", "roles", "agenda"],
            "meta": ["title", "summary", "audience", "language", "minutes", "source"],
            "roles": ["facilitator"], "agenda": ["step"], "step": ["title"], "scale": ["label"],
        ]
    ) { $0.merging($1.children) { first, _ in first } }

    /// Children of a step that are not its werkvorm.
    private static let stepTexts: Set<String> = ["title", "instructions", "prompt"]

    func translate(_ diagnostics: [XMLDiagnostic]) -> [ScenarioError] {
        // "failed to validate content" repeats, one level up, a problem already reported below.
        let specific = diagnostics.filter { !$0.message.hasSuffix("failed to validate content") }
        var errors: [ScenarioError] = []
        for diagnostic in specific.isEmpty ? diagnostics : specific {
            for error in translate(diagnostic) where !errors.contains(error) {
                errors.append(error)
            }
        }
        // libxml2 reports some violations after the ones inside them; authors read top to bottom.
        return errors.inReadingOrder()
    }

    private func translate(_ diagnostic: XMLDiagnostic) -> [ScenarioError] {
        let message = diagnostic.message
        let line = diagnostic.location.line
        if let name = message.between("Did not expect element ", and: " there") {
            let entry = entry(named: name, line: line)
            return [misplaced(name, parent: entry?.parent, at: entry?.element, line: line)]
        }
        if let parts = message.between("Element ", and: "")?.components(separatedBy: " has extra content: "),
            parts.count == 2
        {
            let parent = entry(named: parts[0], line: line)?.element
            let child = parent?.elements.first { $0.name == parts[1] }
            return [misplaced(parts[1], parent: parent, at: child, line: child?.line ?? line)]
        }
        if let name = message.between("Expecting an element ", and: ", got nothing") {
            let parent = entries.first { $0.element.line == line }?.element
            let missing = parent.flatMap { firstMissingChild(of: $0) } ?? (name.isEmpty ? nil : name)
            return [error(.missingElement(missing, parent: parent?.name ?? "?"), line: line, element: parent?.name)]
        }
        if let name = message.between("Element ", and: " failed to validate attributes") {
            let element = entry(named: name, line: line)?.element
            let missing = (Self.requiredAttributes[name] ?? []).filter { element?.attribute($0) == nil }
            if missing.isEmpty { return [error(.invalidAttributes(element: name), line: line, element: name)] }
            return missing.map { error(.missingAttribute($0, element: name), line: line, element: name) }
        }
        if let rest = message.between("Invalid attribute ", and: ""),
            let range = rest.range(of: " for element ")
        {
            let attribute = String(rest[..<range.lowerBound])
            let element = String(rest[range.upperBound...])
            if Self.missingTopCount(attribute, on: entry(named: element, line: line)?.element) {
                return [error(.missingAttribute("count", element: element), line: line, element: element)]
            }
            return [
                error(
                    .invalidAttribute(attribute, element: element), line: line, element: element,
                    attribute: attribute)
            ]
        }
        if let rest = message.between("Element ", and: ""),
            let range = rest.range(of: " has wrong namespace: expecting ")
        {
            let element = String(rest[..<range.lowerBound])
            let expected = String(rest[range.upperBound...])
            return [error(.wrongNamespace(element: element, expected: expected), line: line, element: element)]
        }
        if let element = message.between("Expecting a namespace for element ", and: "") {
            return [
                error(
                    .wrongNamespace(element: element, expected: ScenarioLoader.namespace), line: line,
                    element: element)
            ]
        }
        return [error(.schemaViolation(message), line: line, element: nil)]
    }

    /// An element the schema does not allow where it stands: a required sibling missing before it, an unknown
    /// werkvorm, or simply the wrong place.
    private func misplaced(_ name: String, parent: XMLElement?, at element: XMLElement?, line: Int) -> ScenarioError {
        if let parent, let missing = firstMissingChild(of: parent) {
            return error(.missingElement(missing, parent: parent.name), line: parent.line, element: parent.name)
        }
        if parent?.name == "step", !Self.stepTexts.contains(name), Activity.Kind(rawValue: name) == nil {
            return error(.unknownActivity(name), line: element?.line ?? line, element: name)
        }
        return error(.unexpectedElement(name), line: element?.line ?? line, element: name)
    }

    private func firstMissingChild(of element: XMLElement) -> String? {
        (Self.requiredChildren[element.name] ?? []).first { element.element(named: $0) == nil }
    }

    /// The element called `name` that starts on `line`, or else the first called `name` at all.
    private func entry(named name: String, line: Int) -> (element: XMLElement, parent: XMLElement?)? {
        entries.first { $0.element.name == name && $0.element.line == line }
            ?? entries.first { $0.element.name == name }
    }

    private func error(_ problem: ScenarioError.Problem, line: Int, element: String?, attribute: String? = nil)
        -> ScenarioError
    {
        let column = columns.column(line: line, element: element, attribute: attribute)
        return ScenarioError(problem, at: SourceLocation(file: file, line: line, column: column))
    }
}

/// What the schema requires inside one werkvorm's elements, for the translation of its messages.
struct SchemaRequirements: Sendable {
    /// Required attributes per element.
    var attributes: [String: [String]] = [:]
    /// Required child elements per element, in document order.
    var children: [String: [String]] = [:]
}

extension String {
    /// The text between `prefix` and `suffix` when the string starts and ends with them (`suffix` may be empty).
    fileprivate func between(_ prefix: String, and suffix: String) -> String? {
        guard hasPrefix(prefix), hasSuffix(suffix), count >= prefix.count + suffix.count else { return nil }
        return String(dropFirst(prefix.count).dropLast(suffix.count))
    }
}
