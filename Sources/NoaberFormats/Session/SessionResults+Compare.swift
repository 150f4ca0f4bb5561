import NoaberCore
import NoaberXML

extension SessionResults {
    /// Compares the file's `results` with the ones the events give, element by element and attribute by
    /// attribute in order, and throws at the first difference with the line of the file's element.
    static func compare(
        expected: XMLElement,
        found: XMLElement,
        decoder: SessionXMLDecoder,
        prefix: String = ""
    ) throws(SessionXMLError) {
        func path(of element: XMLElement) -> String { prefix + Self.path(of: element) }
        let expectedChildren = expected.elements
        let foundChildren = found.elements
        for (index, want) in expectedChildren.enumerated() {
            guard index < foundChildren.count else {
                throw .resultMismatch(decoder.location(found), .missing(path: path(of: want)))
            }
            let have = foundChildren[index]
            guard have.name == want.name, identity(of: have) == identity(of: want) else {
                // Same element, other identity (an order changed): name the attribute and both values.
                if have.name == want.name, let key = identifyingAttribute(of: want), let found = have.attribute(key) {
                    throw .resultMismatch(
                        decoder.location(have),
                        .value(path: prefix + want.name, attribute: key, expected: want.attribute(key), found: found)
                    )
                }
                throw .resultMismatch(decoder.location(have), .missing(path: path(of: want)))
            }
            for attribute in want.attributes where have.attribute(attribute.name) != attribute.value {
                throw .resultMismatch(
                    decoder.location(have),
                    .value(
                        path: path(of: want), attribute: attribute.name, expected: attribute.value,
                        found: have.attribute(attribute.name)
                    )
                )
            }
            for attribute in have.attributes where want.attribute(attribute.name) == nil {
                throw .resultMismatch(
                    decoder.location(have),
                    .value(path: path(of: want), attribute: attribute.name, expected: nil, found: attribute.value)
                )
            }
            try compare(expected: want, found: have, decoder: decoder, prefix: path(of: want) + "/")
        }
        if foundChildren.count > expectedChildren.count {
            let extra = foundChildren[expectedChildren.count]
            throw .resultMismatch(decoder.location(extra), .unexpected(path: path(of: extra)))
        }
    }

    /// The attribute that names an element of `results`, shown in messages and matched before values.
    private static let identifyingAttributes = ["participant", "step", "id", "place", "item", "ref"]

    private static func identifyingAttribute(of element: XMLElement) -> String? {
        identifyingAttributes.first { element.attribute($0) != nil }
    }

    private static func identity(of element: XMLElement) -> String? {
        identifyingAttribute(of: element).map { "\($0)=\(element.attribute($0) ?? "")" }
    }

    /// `name[key=value]`, or just `name` for an element without an identifying attribute.
    static func path(of element: XMLElement) -> String {
        identity(of: element).map { "\(element.name)[\($0)]" } ?? element.name
    }
}
