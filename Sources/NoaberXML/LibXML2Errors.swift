import CLibXML2

/// Initialises libxml2 once per process, before the first parse, schema compilation or write. Swift initialises a
/// global `let` exactly once, thread-safely. `xmlInitParser` is what libxml2 asks for when several threads use it.
/// The RelaxNG and XML Schema datatype tables are otherwise built lazily, guarded by a plain flag, on the first
/// schema compilation or datatype check: two tasks doing that at once would race on the tables.
private let libxml2Initialized: Void = {
    xmlInitParser()
    xmlSchemaInitTypes()
    _ = xmlRelaxNGInitTypes()
}()

func initializeLibXML2() {
    libxml2Initialized
}

/// Collects what libxml2 reports during one synchronous call (a parse, a schema compilation, a validation).
/// It is reached from C callbacks through an unretained `Unmanaged` pointer; the caller keeps it alive for the call.
final class DiagnosticCollector {
    let file: String
    private(set) var errors: [XMLDiagnostic] = []
    /// Where a DOCTYPE started, when the parser met one.
    var doctype: XMLLocation?

    init(file: String) {
        self.file = file
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ opaque: UnsafeMutableRawPointer) -> DiagnosticCollector {
        Unmanaged<DiagnosticCollector>.fromOpaque(opaque).takeUnretainedValue()
    }

    /// The errors collected, or a single one saying `fallback` when libxml2 failed without reporting anything.
    func errors(orElse fallback: String) -> [XMLDiagnostic] {
        errors.isEmpty ? [XMLDiagnostic(location: XMLLocation(file: file, line: 0), message: fallback)] : errors
    }

    /// Keeps errors and fatal errors; warnings (such as a relative namespace URI) do not make a document unusable.
    func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var line = Int(error.line)
        if let node = error.node {
            // The node's own line is exact beyond 65535 (XML_PARSE_BIG_LINES), where xmlError.line may be capped.
            let nodeLine = xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self))
            if nodeLine > 0 { line = nodeLine }
        }
        let message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)"
        let diagnostic = XMLDiagnostic(
            location: XMLLocation(file: file, line: max(line, 0), column: max(Int(error.int2), 0)),
            message: message.singleLine()
        )
        errors.append(diagnostic)
    }
}

/// The structured error handler whose context is a `DiagnosticCollector` (thread-global and RelaxNG handlers).
let collectingErrorHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    DiagnosticCollector.from(context).record(error.pointee)
}

/// Runs `body` with this thread's libxml2 error handlers pointing at `collector` and the generic handler silenced,
/// then restores the previous handlers. Some libxml2 2.9 errors (I/O, encoding, memory, some RelaxNG ones) reach
/// only these thread-global handlers, never a per-context one. libxml2 keeps them in thread-local storage and
/// `body` is synchronous, so no other task can observe or disturb them, even under Swift concurrency.
func withErrorsCollected<T>(by collector: DiagnosticCollector, _ body: () throws -> T) rethrows -> T {
    initializeLibXML2()
    return try withExtendedLifetime(collector) {
        let saved = noaber_xmlInstallErrorHandlers(collectingErrorHandler, collector.opaque)
        defer { noaber_xmlRestoreErrorHandlers(saved) }
        return try body()
    }
}

extension String {
    /// libxml2's message trimmed, with inner line breaks (as in "indicate encoding !\nBytes: 0xE9 …") turned into
    /// spaces, so that each diagnostic prints on one line after its `FILE:LINE:COL:`.
    func singleLine() -> String {
        split(whereSeparator: \.isNewline)
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return self[first...last]
    }
}
