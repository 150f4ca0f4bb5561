import ArgumentParser
import Foundation
import NoaberConsole
import NoaberCore
import NoaberStore

/// `--store PATH` and `--lang`, shared by the session commands.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "Het opslagbestand (standaard $XDG_DATA_HOME/noaber/noaber.sqlite).")
    var store: String?

    @Option(name: .long, help: "Taal van meldingen: nl of en.")
    var lang: Language = .nl

    var language: Language { lang }

    var path: String { store ?? SessionStore.defaultPath() }

    func open(readOnly: Bool = false) throws -> SessionStore {
        do {
            return try SessionStore(path: path, readOnly: readOnly)
        } catch {
            throw ConsoleFailure(error, language: language)
        }
    }
}

/// A user-facing error on its way out of a command: printed as `fout: …` on stderr, exit status 1.
struct ConsoleFailure: Error, CustomStringConvertible {
    let text: String

    init(text: String) { self.text = text }

    init(_ error: any Error, language: Language, location: SourceLocation? = nil) {
        let rendered = (error as? any UserFacingError)?.rendered(in: language) ?? "\(language.errorWord): \(error)"
        text = location.map { "\($0): \(rendered)" } ?? rendered
    }

    var description: String { text }

    /// Prints the message and exits with status 1, without ArgumentParser's usage text.
    func exit() -> Never {
        FileHandle.standardError.write(Data((text + "\n").utf8))
        Foundation.exit(1)
    }
}

extension ConsoleFailure {
    /// Runs the body of a command the way every session command ends: an `ExitCode` passes through (ArgumentParser
    /// exits with it), any other error prints as `fout: …` on stderr and exits 1.
    static func reporting<T>(in language: Language, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let exit as ExitCode {
            throw exit
        } catch let failure as ConsoleFailure {
            failure.exit()
        } catch {
            ConsoleFailure(error, language: language).exit()
        }
    }
}

/// Parses `--clock 2026-11-25T19:30:00+01:00` (or `…Z`, or without zone: Dutch local time).
enum ClockArgument {
    static func parse(_ text: String) -> Timestamp? { try? timestamp(from: text) }

    /// The time `text` names; refused when it names none, or one outside `Timestamp.supportedRange` (1970–9999:
    /// before 1970 the journal cannot order it, and session XML carries four-digit years).
    static func timestamp(from text: String) throws(ConsoleError) -> Timestamp {
        guard let date = date(from: text) else { throw .notAClockTime(text) }
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        guard abs(milliseconds) < 1e17 else { throw .clockOutOfRange(text) }
        let time = Timestamp(millisecondsSince1970: Int64(milliseconds))
        guard time.isSupported else { throw .clockOutOfRange(text) }
        return time
    }

    private static func date(from text: String) -> Date? {
        let withZone = ISO8601DateFormatter()
        withZone.formatOptions = [.withInternetDateTime]
        if let date = withZone.date(from: text) { return date }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = ConsoleTime.zone
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm"] {
            local.dateFormat = format
            if let date = local.date(from: text) { return date }
        }
        return nil
    }
}
