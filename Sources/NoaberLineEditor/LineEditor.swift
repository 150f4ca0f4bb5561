import CLibEdit

/// Line editing for the interactive console through libedit: cursor keys, history (↑/↓) and tab completion.
///
/// History lives only in memory, for the editor's lifetime, and is never read from or written to disk: the lines
/// hold participants' answers. It is capped (`historyLimit`) so a long evening cannot grow it without bound.
/// libedit keeps one global line editor per process, so there is at most one `LineEditor` at a time.
public final class LineEditor {
    /// Completes the word before the cursor: given the line up to the cursor and that word, the candidates that
    /// start with the word.
    public typealias Completer = (_ lineBeforeCursor: String, _ word: String) -> [String]

    /// Lines kept for ↑/↓.
    public static let historyLimit = 500

    /// The completer libedit's C callback reaches; set while an editor exists (one per process, see above).
    nonisolated(unsafe) private static var activeCompleter: Completer?

    public init(completer: @escaping Completer) {
        Self.activeCompleter = completer
        noaber_editline_configure { text, _, _ in LineEditor.complete(text) }
        stifle_history(Int32(Self.historyLimit))
    }

    deinit {
        Self.activeCompleter = nil
        noaber_editline_configure(nil)
        clear_history()
    }

    /// The bytes of the next line (without its line end), or `nil` at the end of input (Ctrl-D).
    /// Bytes, not text: the caller decodes them with the console's strict UTF-8 and length checks.
    public func readLine(prompt: String) -> [UInt8]? {
        guard let line = readline(prompt) else { return nil }
        defer { free(line) }
        let length = strlen(line)
        return line.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// Adds a line to the in-memory history (blank lines and a repeat of the last line are skipped).
    public func remember(_ line: String) {
        guard line.contains(where: { !$0.isWhitespace }), line != lastRemembered else { return }
        add_history(line)
        lastRemembered = line
    }

    private var lastRemembered: String?

    /// libedit's completion callback: a NULL-terminated, malloc'd array whose first entry replaces the word (the
    /// candidates' longest common prefix) and whose other entries are listed when there are several.
    private static func complete(_ text: UnsafePointer<CChar>?) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        guard let completer = activeCompleter, let text else { return nil }
        let word = String(cString: text)
        let before: String
        if let buffer = noaber_editline_line() {
            let cursor = max(0, min(Int(noaber_editline_cursor()), strlen(buffer)))
            before = buffer.withMemoryRebound(to: UInt8.self, capacity: cursor) {
                String(decoding: UnsafeBufferPointer(start: $0, count: cursor), as: UTF8.self)
            }
        } else {
            before = word
        }
        let candidates = completer(before, word).filter { $0.hasPrefix(word) }
        // Never fall back to completing file names; no space after `key=`, where a value follows.
        let append = candidates.count == 1 && candidates[0].hasSuffix("=") ? 0 : Int32(UInt8(ascii: " "))
        noaber_editline_completion_done(append)
        guard let first = candidates.first else { return nil }
        let common = candidates.dropFirst().reduce(first) { shared, next in
            String(zip(shared, next).prefix { $0 == $1 }.map(\.0))
        }
        let entries = candidates.count == 1 ? [first] : [common] + candidates
        // malloc, not Swift's allocator: libedit frees the array and its strings with free().
        let size = MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (entries.count + 1)
        guard let memory = malloc(size) else { return nil }
        let array = memory.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
        for (index, entry) in entries.enumerated() { array[index] = strdup(entry) }
        array[entries.count] = nil
        return array
    }
}
