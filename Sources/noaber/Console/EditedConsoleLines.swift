import NoaberConsole
import NoaberLineEditor
import NoaberSession

/// Console lines typed at a terminal, with line editing, ↑/↓ history (in memory only) and tab completion against
/// the session as it stands before each prompt. Lines pass the same strict UTF-8 and length checks as piped ones.
final class EditedConsoleLines {
    private let runner: SessionRunner
    private let editor: LineEditor
    private let completion: CompletionSnapshot

    init(runner: SessionRunner) {
        let completion = CompletionSnapshot()
        self.runner = runner
        self.completion = completion
        editor = LineEditor { line, word in completion.current.candidates(lineBeforeCursor: line, word: word) }
    }

    func next() async -> Result<String, ConsoleError>? {
        completion.current = ConsoleCompletion(state: await runner.state)
        guard let bytes = editor.readLine(prompt: "noaber> ") else { return nil }
        let line = ConsoleLines.decode(bytes)
        if case .success(let text) = line { editor.remember(text) }
        return line
    }
}

/// The completion read by libedit's callback while `readLine` waits; replaced before each prompt.
private final class CompletionSnapshot {
    var current = ConsoleCompletion(state: .empty)
}
