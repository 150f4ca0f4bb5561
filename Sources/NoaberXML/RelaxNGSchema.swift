import CLibXML2

/// A compiled RelaxNG schema (`xmlRelaxNGParse`), to validate documents as `XMLParser` reads them.
///
/// `@unchecked Sendable` because the compiled `xmlRelaxNGPtr` is never changed after `init`: every validation
/// creates its own `xmlRelaxNGValidCtxt`, which holds all mutable validation state, and frees it before returning.
/// libxml2 supports sharing a compiled schema between threads this way.
public final class RelaxNGSchema: @unchecked Sendable {
    private let schema: xmlRelaxNGPtr
    /// The name the schema was compiled from, for messages.
    public let file: String

    /// Compiles the schema in `data` (`xmlRelaxNGNewMemParserCtxt`); `file` names it in diagnostics. The schema
    /// is trusted (Noaber ships it), but its errors are still collected rather than printed.
    public init(data: [UInt8], file: String) throws(XMLError) {
        let collector = DiagnosticCollector(file: file)
        let compiled: xmlRelaxNGPtr? = withErrorsCollected(by: collector) {
            data.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters -> xmlRelaxNGPtr? in
                    // The parser context reads the buffer during xmlRelaxNGParse, so both stay inside this closure.
                    guard let base = characters.baseAddress,
                        let context = xmlRelaxNGNewMemParserCtxt(base, Int32(clamping: characters.count))
                    else { return nil }
                    defer { xmlRelaxNGFreeParserCtxt(context) }
                    xmlRelaxNGSetParserStructuredErrors(context, collectingErrorHandler, collector.opaque)
                    return xmlRelaxNGParse(context)
                }
            }
        }
        guard let compiled, collector.errors.isEmpty else {
            if let compiled { xmlRelaxNGFree(compiled) }
            throw XMLError.schemaUnusable(collector.errors(orElse: "The schema could not be compiled"))
        }
        self.schema = compiled
        self.file = file
    }

    /// Reads and compiles the schema file at `path`.
    public convenience init(contentsOf path: String) throws {
        try self.init(data: FileReader.read(path, limit: XMLParseOptions().maxBytes), file: path)
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// Validates a parsed libxml2 document (`xmlRelaxNGValidateDoc`), throwing `XMLError.invalid` with every
    /// violation libxml2 reports.
    func validate(_ document: xmlDocPtr, file: String) throws {
        let collector = DiagnosticCollector(file: file)
        let result: Int32 = withErrorsCollected(by: collector) {
            guard let context = xmlRelaxNGNewValidCtxt(schema) else { return -1 }
            defer { xmlRelaxNGFreeValidCtxt(context) }
            xmlRelaxNGSetValidStructuredErrors(context, collectingErrorHandler, collector.opaque)
            return xmlRelaxNGValidateDoc(context, document)
        }
        guard result != 0 else { return }
        throw XMLError.invalid(collector.errors(orElse: "The document could not be validated"))
    }
}
