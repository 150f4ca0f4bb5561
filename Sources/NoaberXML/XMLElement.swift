/// An attribute of an element. Namespace declarations (`xmlns`, `xmlns:p`) are not attributes here.
public struct XMLAttribute: Sendable, Equatable, Hashable {
    /// The local name, without prefix.
    public var name: String
    public var namespaceURI: String?
    public var value: String

    public init(name: String, namespaceURI: String? = nil, value: String) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.value = value
    }
}

/// A child of an element. Comments and processing instructions are dropped while reading; CDATA sections become
/// text, and adjacent text is merged into one node.
public indirect enum XMLNode: Sendable, Equatable, Hashable {
    case element(XMLElement)
    case text(String)
}

/// An element of a parsed document, as plain values: no libxml2 object outlives the parse.
public struct XMLElement: Sendable, Equatable, Hashable {
    /// The local name, without prefix.
    public var name: String
    public var namespaceURI: String?
    public var attributes: [XMLAttribute]
    public var children: [XMLNode]
    /// The line of the start tag (1-based; 0 for elements built in code).
    public var line: Int

    public init(
        name: String,
        namespaceURI: String? = nil,
        attributes: [XMLAttribute] = [],
        children: [XMLNode] = [],
        line: Int = 0
    ) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the attribute `localName` that has no namespace, as unprefixed attributes are.
    public func attribute(_ localName: String) -> String? {
        attributes.first { $0.name == localName && $0.namespaceURI == nil }?.value
    }

    /// The value of the attribute `localName` in namespace `namespaceURI`.
    public func attribute(_ localName: String, namespaceURI: String) -> String? {
        attributes.first { $0.name == localName && $0.namespaceURI == namespaceURI }?.value
    }

    /// The child elements in document order.
    public var elements: [XMLElement] {
        children.compactMap {
            if case .element(let element) = $0 { element } else { nil }
        }
    }

    /// The child elements with local name `localName`, whatever their namespace.
    public func elements(named localName: String) -> [XMLElement] {
        elements.filter { $0.name == localName }
    }

    /// The first child element with local name `localName`.
    public func element(named localName: String) -> XMLElement? {
        for case .element(let element) in children where element.name == localName {
            return element
        }
        return nil
    }

    /// All descendant text concatenated in document order. Iterative, so no nesting depth can exhaust the stack.
    public var text: String {
        var result = ""
        var stack: [IndexingIterator<[XMLNode]>] = [children.makeIterator()]
        while !stack.isEmpty {
            guard let node = stack[stack.count - 1].next() else {
                stack.removeLast()
                continue
            }
            switch node {
            case .text(let text): result += text
            case .element(let element): stack.append(element.children.makeIterator())
            }
        }
        return result
    }
}

/// A parsed document: its file name (for messages) and its root element. Only the parser makes them (with the
/// memberwise initialiser).
public struct XMLDocument: Sendable, Equatable, Hashable {
    public var file: String
    public var root: XMLElement
}
