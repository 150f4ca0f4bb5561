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

/// Parses `--clock 2026-11-25T19:30:00+01:00` (or `…Z`, or without zone: Dutch local time).
enum ClockArgument {
    static func parse(_ text: String) -> Timestamp? {
        let withZone = ISO8601DateFormatter()
        withZone.formatOptions = [.withInternetDateTime]
        if let date = withZone.date(from: text) { return timestamp(date) }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = ConsoleTime.zone
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm"] {
            local.dateFormat = format
            if let date = local.date(from: text) { return timestamp(date) }
        }
        return nil
    }

    /// Years 1000 to 9999: session XML carries four-digit years, so a typo such as `20266-11-25T19:30` would
    /// otherwise start a session that no export can ever write.
    private static let years =
        Date(timeIntervalSince1970: -30_610_224_000)..<Date(timeIntervalSince1970: 253_402_300_800)

    private static func timestamp(_ date: Date) -> Timestamp? {
        guard years.contains(date) else { return nil }
        return Timestamp(millisecondsSince1970: Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }
}
