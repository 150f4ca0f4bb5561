import CLibXML2

/// Reads untrusted XML into plain values with libxml2, hardened: size limit before parsing, no DOCTYPE (so no
/// entity declarations, no external DTD, no entity expansion bombs), no network, a nesting limit, every error
/// collected with its place, nothing printed to stderr. With a schema, the document is validated (RelaxNG) on
/// libxml2's tree, and every violation is reported.
public enum XMLParser {
    /// `XML_PARSE_NONET`: never fetch anything. `XML_PARSE_BIG_LINES`: true line numbers beyond 65535.
    /// `XML_PARSE_NOCDATA`: CDATA arrives as text. Deliberately absent: `XML_PARSE_NOENT` (substitutes entities),
    /// `XML_PARSE_DTDLOAD` (loads external DTDs), `XML_PARSE_HUGE` (lifts the depth and size limits),
    /// `XML_PARSE_RECOVER` (accepts broken documents).
    static let parseOptions = Int32(
        bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue
    )

    /// Parses `bytes` (`xmlCtxtReadMemory`); `file` names the input in every diagnostic.
    public static func parse(
        _ bytes: [UInt8],
        file: String,
        options: XMLParseOptions = .init(),
        schema: RelaxNGSchema? = nil
    ) throws -> XMLDocument {
        let limit = min(options.maxBytes, Int(Int32.max))
        guard bytes.count <= limit else { throw XMLError.tooLarge(file: file, bytes: bytes.count, limit: limit) }
        guard !bytes.isEmpty else {
            // libxml2's own wording; an empty buffer has no base address to hand it.
            let empty = XMLDiagnostic(location: XMLLocation(file: file, line: 1), message: "Document is empty")
            throw XMLError.malformed([empty])
        }
        let collector = DiagnosticCollector(file: file)
        return try withErrorsCollected(by: collector) {
            guard let context = xmlNewParserCtxt() else {
                throw XMLError.malformed(collector.errors(orElse: "Out of memory creating a parser context"))
            }
            defer { xmlFreeParserCtxt(context) }
            context.pointee._private = collector.opaque
            if let sax = context.pointee.sax {
                sax.pointee.serror = parserContextErrorHandler
                sax.pointee.internalSubset = doctypeRefuser
            }
            let document = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    xmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), file, nil, parseOptions)
                }
            }
            defer { if let document { xmlFreeDoc(document) } }
            return try finish(document, collector: collector, options: options, schema: schema)
        }
    }

    /// Reads and parses the file at `path`, which also names it in diagnostics. The size is checked (`fstat`)
    /// before the file is read, and never more than `options.maxBytes` + 1 bytes are read.
    public static func parse(
        contentsOf path: String,
        options: XMLParseOptions = .init(),
        schema: RelaxNGSchema? = nil
    ) throws -> XMLDocument {
        let bytes = try FileReader.read(path, limit: options.maxBytes)
        return try parse(bytes, file: path, options: options, schema: schema)
    }

    /// Turns what libxml2 built and reported into a document or the first kind of error that applies.
    private static func finish(
        _ document: xmlDocPtr?,
        collector: DiagnosticCollector,
        options: XMLParseOptions,
        schema: RelaxNGSchema?
    ) throws -> XMLDocument {
        if let doctype = collector.doctype { throw XMLError.doctypeForbidden(doctype) }
        if let document, document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            // Unreachable while the internalSubset hook stops the parser; kept so that a change there fails closed.
            throw XMLError.doctypeForbidden(XMLLocation(file: collector.file, line: 1))
        }
        if let index = collector.errors.firstIndex(where: { $0.message.hasPrefix("Excessive depth in document") }) {
            throw XMLError.tooDeep(collector.errors[index].location, limit: options.effectiveMaxDepth)
        }
        guard let document, collector.errors.isEmpty, let root = xmlDocGetRootElement(document) else {
            throw XMLError.malformed(collector.errors(orElse: "Document is not well-formed"))
        }
        // Converting first refuses a too-deep document before RelaxNG walks it.
        let element = try TreeConverter.convert(root, file: collector.file, maxDepth: options.effectiveMaxDepth)
        try schema?.validate(document, file: collector.file)
        return XMLDocument(file: collector.file, root: element)
    }
}

/// The parser context's own structured error handler (`ctxt->sax->serror`). libxml2 calls it with
/// `ctxt->userData`, which is the parser context itself, whose `_private` holds the collector.
private let parserContextErrorHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let collector = parser.pointee._private else { return }
    DiagnosticCollector.from(collector).record(error.pointee)
}

/// Replaces the SAX `internalSubset` callback, which libxml2 calls as soon as it has read `<!DOCTYPE name ids`,
/// before any entity declaration in the internal subset and before an external subset could be considered.
/// Stopping the parser there means an entity bomb is never even declared, let alone expanded.
private let doctypeRefuser: internalSubsetSAXFunc = { context, _, _, _ in
    guard let context else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    if let collector = parser.pointee._private {
        // Only the line: the parser already stands past the DOCTYPE's name and identifiers, so its column would
        // point into the declaration rather than at `<!DOCTYPE`.
        let target = DiagnosticCollector.from(collector)
        target.doctype = XMLLocation(file: target.file, line: Int(xmlSAX2GetLineNumber(context)))
    }
    xmlStopParser(parser)
}
