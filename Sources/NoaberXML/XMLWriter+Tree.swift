/// Writing whole `XMLElement` trees, choosing namespace declarations so that reading the output back gives the same
/// names, namespaces, attributes and text.
extension XMLWriter {
    /// The namespace bound to the `xml` prefix by definition; it is never declared.
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// Writes `element` and everything below it, iteratively (no nesting depth can exhaust the stack).
    ///
    /// Namespaces: an element whose namespace has a prefix in `prefixes` (namespace URI → prefix, such as
    /// `"urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office"`) is written with that prefix; otherwise it
    /// uses a prefix already in scope or a default namespace declaration (`xmlns="…"`, or `xmlns=""` to leave one).
    /// A namespaced attribute uses its preferred prefix, one in scope, or a generated `ns1`, `ns2`, …. Declarations
    /// are written on the element that first needs them. Line numbers in `element` are ignored.
    public func write(_ element: XMLElement, prefixes: [String: String] = [:]) throws {
        var scopes = NamespaceScopes()
        var stack: [IndexingIterator<[XMLNode]>] = []
        try open(element, scopes: &scopes, prefixes: prefixes)
        stack.append(element.children.makeIterator())
        while !stack.isEmpty {
            guard let node = stack[stack.count - 1].next() else {
                stack.removeLast()
                scopes.pop()
                try endElement()
                continue
            }
            switch node {
            case .text(let value):
                try text(value)
            case .element(let child):
                try open(child, scopes: &scopes, prefixes: prefixes)
                stack.append(child.children.makeIterator())
            }
        }
    }

    /// Starts `element` with its namespace declarations and attributes, and pushes its scope.
    private func open(_ element: XMLElement, scopes: inout NamespaceScopes, prefixes: [String: String]) throws {
        scopes.push()
        let name: String
        if let namespace = element.namespaceURI {
            let prefix = scopes.prefix(for: namespace, preferred: prefixes[namespace], allowDefault: true)
            name = prefix.isEmpty ? element.name : "\(prefix):\(element.name)"
        } else {
            if let inherited = scopes.namespace(for: ""), !inherited.isEmpty { scopes.declare("", "") }
            name = element.name
        }
        var attributes: [(String, String)] = []
        for attribute in element.attributes {
            guard let namespace = attribute.namespaceURI else {
                attributes.append((attribute.name, attribute.value))
                continue
            }
            let prefix =
                namespace == Self.xmlNamespace
                ? "xml" : scopes.prefix(for: namespace, preferred: prefixes[namespace], allowDefault: false)
            attributes.append(("\(prefix):\(attribute.name)", attribute.value))
        }
        try startElement(name)
        for (prefix, namespace) in scopes.declaredHere {
            try attribute(prefix.isEmpty ? "xmlns" : "xmlns:\(prefix)", namespace)
        }
        for (name, value) in attributes {
            try attribute(name, value)
        }
    }
}

/// The namespace bindings in effect while writing. Lookups go through one dictionary, and each open element keeps
/// what it shadowed, so that deep trees are written in linear time.
struct NamespaceScopes {
    /// Prefix ("" for the default namespace) → namespace URI, as in effect at the innermost open element.
    private var bindings: [String: String] = [:]
    /// Per open element, its declarations in the order made, with the binding each one shadowed.
    private var frames: [[(prefix: String, namespace: String, shadowed: String?)]] = []
    private var generated = 0

    var declaredHere: [(prefix: String, namespace: String)] {
        (frames.last ?? []).map { ($0.prefix, $0.namespace) }
    }

    mutating func push() { frames.append([]) }

    mutating func pop() {
        for declaration in frames.removeLast().reversed() {
            bindings[declaration.prefix] = declaration.shadowed
        }
    }

    mutating func declare(_ prefix: String, _ namespace: String) {
        frames[frames.count - 1].append((prefix, namespace, bindings[prefix]))
        bindings[prefix] = namespace
    }

    /// The namespace `prefix` is bound to here, if any.
    func namespace(for prefix: String) -> String? {
        bindings[prefix]
    }

    /// A prefix bound to `namespace` here, declaring one when needed; "" means the default namespace, which only
    /// elements may use (unprefixed attributes have no namespace).
    mutating func prefix(for namespace: String, preferred: String?, allowDefault: Bool) -> String {
        if let preferred, !preferred.isEmpty {
            if bindings[preferred] == namespace { return preferred }
            if !declaredHere.contains(where: { $0.prefix == preferred }) {
                declare(preferred, namespace)
                return preferred
            }
        }
        if allowDefault, bindings[""] == namespace { return "" }
        // The alphabetically first prefix in scope, so that output does not depend on dictionary order.
        if let existing = bindings.filter({ !$0.key.isEmpty && $0.value == namespace }).keys.min() {
            return existing
        }
        if allowDefault, !declaredHere.contains(where: { $0.prefix.isEmpty }) {
            declare("", namespace)
            return ""
        }
        var candidate: String
        repeat {
            generated += 1
            candidate = "ns\(generated)"
        } while bindings[candidate] != nil
        declare(candidate, namespace)
        return candidate
    }
}

extension XMLDocument {
    /// The document as UTF-8 bytes with an XML declaration, written by `XMLWriter.write(_:prefixes:)`. Without
    /// `indent`, reading the bytes back gives an equal document (apart from line numbers); indentation adds
    /// whitespace text.
    public func serialized(indent: Bool = false, prefixes: [String: String] = [:]) throws -> [UInt8] {
        let writer = try XMLWriter(indent: indent)
        try writer.startDocument()
        try writer.write(root, prefixes: prefixes)
        return try writer.finish()
    }
}
