import NoaberXML

/// The XML namespaces an ODF part may use, with the prefixes every ODF writer uses for them.
enum ODFNamespace: String, CaseIterable {
    case office, style, text, table, fo, meta, dc, draw, svg, xlink, chart, number, config, manifest, loext

    var uri: String {
        switch self {
        case .office: "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
        case .style: "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
        case .text: "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        case .table: "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
        case .fo: "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
        case .meta: "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
        case .dc: "http://purl.org/dc/elements/1.1/"
        case .draw: "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
        case .svg: "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
        case .xlink: "http://www.w3.org/1999/xlink"
        case .chart: "urn:oasis:names:tc:opendocument:xmlns:chart:1.0"
        case .number: "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
        case .config: "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
        case .manifest: "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
        case .loext: "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
        }
    }

    /// Every namespace a document part may need; `manifest` and `loext` belong to no document part (strict ODF
    /// has no `loext:`), so they are left out.
    static let documentParts: [ODFNamespace] = allCases.filter { $0 != .manifest && $0 != .loext }
}

/// The ODF version every part declares; odf-check validates each part against the schema of this version.
let odfVersion = "1.3"

extension XMLWriter {
    /// Opens a root element and declares `namespaces` on it.
    func startRoot(_ qualifiedName: String, namespaces: [ODFNamespace] = ODFNamespace.documentParts) throws {
        try startElement(qualifiedName)
        for namespace in namespaces {
            try attribute("xmlns:\(namespace.rawValue)", namespace.uri)
        }
    }

    /// One XML part of an ODF package, or a flat document: the XML declaration, the root element with its
    /// `namespaces` and `office:version`, what `body` writes into it; the bytes.
    static func odfPart(
        _ root: String, namespaces: [ODFNamespace] = ODFNamespace.documentParts, indent: Bool = false,
        _ body: (XMLWriter) throws -> Void
    ) throws -> [UInt8] {
        let w = try XMLWriter(indent: indent)
        try w.startDocument()
        try w.startRoot(root, namespaces: namespaces)
        try w.attribute("office:version", odfVersion)
        try body(w)
        try w.endElement()
        return try w.finish()
    }

    /// Writes an element whose content `body` writes; the element is closed even when `body` adds nothing.
    func element(
        _ qualifiedName: String,
        _ attributes: KeyValuePairs<String, String> = [:],
        body: () throws -> Void
    ) throws {
        try startElement(qualifiedName)
        for (name, value) in attributes {
            try attribute(name, value)
        }
        try body()
        try endElement()
    }

    /// A line break between block-level elements, where white space means nothing to ODF. The writer's own
    /// indentation cannot be used: it would also indent elements inside a paragraph (`text:s`, `text:tab`),
    /// where white space is content. These breaks keep a flat `.fodt` diffable line by line.
    func newline() throws { try text("\n") }

    /// Writes participant text inside a `text:p` or `text:h`: line breaks become `text:line-break`, tabs
    /// `text:tab` and runs of spaces `text:s`, because ODF collapses white space in paragraph text.
    func paragraphText(_ value: String) throws {
        // Most text has no tab, line break or double space: one call, no per-character work.
        var plain = true
        var previousSpace = false
        for byte in value.utf8 {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previousSpace) {
                plain = false
                break
            }
            previousSpace = byte == 0x20
        }
        if plain {
            try text(value)
            return
        }
        var run = ""
        var spaces = 0
        func flushSpaces() throws {
            guard spaces > 0 else { return }
            // The first space of a run stays a character; the rest are counted in text:s.
            run.append(" ")
            if spaces > 1 {
                try text(run)
                run = ""
                try element("text:s", attributes: ["text:c": String(spaces - 1)])
            }
            spaces = 0
        }
        for character in value {
            switch character {
            case " ":
                spaces += 1
            case "\n", "\r\n", "\r":
                try flushSpaces()
                try text(run)
                run = ""
                try element("text:line-break")
            case "\t":
                try flushSpaces()
                try text(run)
                run = ""
                try element("text:tab")
            default:
                if spaces > 0 { try flushSpaces() }
                run.append(character)
            }
        }
        try flushSpaces()
        try text(run)
    }
}
