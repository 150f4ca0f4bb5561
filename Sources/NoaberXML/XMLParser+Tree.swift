import CLibXML2

/// Copies libxml2's tree into `XMLElement` values, iteratively, so that no nesting can exhaust the stack, and
/// refuses nesting deeper than the limit.
enum TreeConverter {
    private struct Frame {
        var element: XMLElement
        var next: xmlNodePtr?
    }

    static func convert(_ root: xmlNodePtr, file: String, maxDepth: Int) throws -> XMLElement {
        var stack = [Frame(element: element(root), next: root.pointee.children)]
        while true {
            let top = stack.count - 1
            guard let node = stack[top].next else {
                let finished = stack.removeLast().element
                guard !stack.isEmpty else { return finished }
                stack[stack.count - 1].element.children.append(.element(finished))
                continue
            }
            stack[top].next = node.pointee.next
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                guard stack.count < maxDepth else {
                    throw XMLError.tooDeep(XMLLocation(file: file, line: xmlGetLineNo(node)), limit: maxDepth)
                }
                stack.append(Frame(element: element(node), next: node.pointee.children))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                appendText(String(cString: content), to: &stack[top].element)
            default:
                // Comments and processing instructions are dropped; entity references cannot occur without a DTD.
                continue
            }
        }
    }

    private static func appendText(_ text: String, to element: inout XMLElement) {
        guard !text.isEmpty else { return }
        if case .text(let previous) = element.children.last {
            element.children[element.children.count - 1] = .text(previous + text)
        } else {
            element.children.append(.text(text))
        }
    }

    private static func element(_ node: xmlNodePtr) -> XMLElement {
        var attributes: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            attributes.append(
                XMLAttribute(
                    name: string(current.pointee.name),
                    namespaceURI: current.pointee.ns?.pointee.href.map { String(cString: $0) },
                    value: textContent(of: current.pointee.children)
                )
            )
            attribute = current.pointee.next
        }
        return XMLElement(
            name: string(node.pointee.name),
            namespaceURI: node.pointee.ns?.pointee.href.map { String(cString: $0) },
            attributes: attributes,
            children: [],
            line: max(xmlGetLineNo(node), 0)
        )
    }

    /// An attribute's value: its text children concatenated (without a DTD there are no entity references).
    private static func textContent(of first: xmlNodePtr?) -> String {
        var result = ""
        var node = first
        while let current = node {
            if let content = current.pointee.content { result += String(cString: content) }
            node = current.pointee.next
        }
        return result
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
