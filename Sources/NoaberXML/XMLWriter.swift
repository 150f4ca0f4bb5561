import CLibXML2

/// A streaming XML writer over libxml2's `xmlTextWriter` writing into memory (`xmlNewTextWriterMemory` on an
/// `xmlBuffer`). Escaping of `<`, `&`, quotes, and of tab, newline and carriage return in attribute values
/// (as character references, so they survive attribute-value normalisation) is libxml2's.
///
/// The writer never produces XML that a parser refuses: characters XML 1.0 forbids (C0 controls other than tab,
/// line feed and carriage return, U+FFFE and U+FFFF; lone surrogates cannot occur in a Swift `String`) are
/// replaced by U+FFFD REPLACEMENT CHARACTER in text and attribute values. Replacing rather than throwing keeps an
/// export going when a participant pastes a stray control character; the replacement is visible, not silent.
/// Element and attribute names are written as given: callers pass constants.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var finished = false

    /// Creates a writer; with `indent`, elements start on their own line, indented by two spaces per level.
    public init(indent: Bool = false) throws {
        guard let buffer = xmlBufferCreate() else { throw XMLError.writerFailed("xmlBufferCreate") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLError.writerFailed("xmlNewTextWriterMemory")
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            try perform("xmlTextWriterSetIndent") { xmlTextWriterSetIndent(writer, 1) }
            try perform("xmlTextWriterSetIndentString") { xmlTextWriterSetIndentString(writer, "  ") }
        }
    }

    deinit {
        // The writer refers to the buffer, so it goes first.
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8"?>` (`xmlTextWriterStartDocument`).
    public func startDocument() throws {
        try perform("xmlTextWriterStartDocument") { xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil) }
    }

    /// Opens an element (`xmlTextWriterStartElement`); `qualifiedName` may carry a prefix, as in
    /// `office:document-content`.
    public func startElement(_ qualifiedName: String) throws {
        try perform("xmlTextWriterStartElement") { xmlTextWriterStartElement(writer, qualifiedName) }
    }

    /// Adds an attribute to the element just opened (`xmlTextWriterWriteAttribute`); also for namespace
    /// declarations such as `xmlns` and `xmlns:office`.
    public func attribute(_ qualifiedName: String, _ value: String) throws {
        try perform("xmlTextWriterWriteAttribute") {
            xmlTextWriterWriteAttribute(writer, qualifiedName, Self.xmlSafe(value))
        }
    }

    /// Writes escaped character data (`xmlTextWriterWriteString`).
    public func text(_ value: String) throws {
        guard !value.isEmpty else { return }
        try perform("xmlTextWriterWriteString") { xmlTextWriterWriteString(writer, Self.xmlSafe(value)) }
    }

    /// Closes the innermost open element (`xmlTextWriterEndElement`); an element without content self-closes.
    public func endElement() throws {
        try perform("xmlTextWriterEndElement") { xmlTextWriterEndElement(writer) }
    }

    /// Writes a whole element with attributes (in the order given) and optional text content.
    public func element(
        _ qualifiedName: String,
        attributes: KeyValuePairs<String, String> = [:],
        text: String? = nil
    ) throws {
        try startElement(qualifiedName)
        for (name, value) in attributes {
            try attribute(name, value)
        }
        if let text {
            try self.text(text)
        }
        try endElement()
    }

    /// Closes every open element, ends the document (`xmlTextWriterEndDocument`) and returns the UTF-8 bytes.
    /// The writer cannot be used afterwards.
    public func finish() throws -> [UInt8] {
        try perform("xmlTextWriterEndDocument") { xmlTextWriterEndDocument(writer) }
        try perform("xmlTextWriterFlush") { xmlTextWriterFlush(writer) }
        finished = true
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    /// Calls a `xmlTextWriter…` function, turning its negative result into `XMLError.writerFailed`. After
    /// `finish` libxml2 would happily start a second root element, so that is refused here.
    private func perform(_ function: String, _ call: () -> Int32) throws {
        guard !finished else { throw XMLError.writerFailed("\(function) after finish") }
        if call() < 0 { throw XMLError.writerFailed(function) }
    }

    /// Replaces the characters XML 1.0 does not allow (§2.2 `Char`) by U+FFFD.
    static func xmlSafe(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { !isXMLChar($0) }) else { return value }
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            scalars.append(isXMLChar(scalar) ? scalar : "\u{FFFD}")
        }
        return String(scalars)
    }

    private static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x0..<0x20: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}

// The writer wraps a mutable C object without locking; one task at a time must own it.
@available(*, unavailable)
extension XMLWriter: Sendable {}
