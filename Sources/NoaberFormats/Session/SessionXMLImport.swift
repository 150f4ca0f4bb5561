public import NoaberCore

/// What reading a session file gives: its events, and notes about the file that do not stop the import.
public struct SessionXMLImport: Sendable, Equatable {
    public var events: [SessionEvent]
    public var notes: [SessionXMLNote]

    public init(events: [SessionEvent], notes: [SessionXMLNote] = []) {
        self.events = events
        self.notes = notes
    }
}

/// Something an importer should know about a file it accepted. Rendered `FILE:LINE: noot: …`.
public enum SessionXMLNote: Sendable, Equatable, Worded {
    /// The file's aggregates were computed by an older version of the methods and differ from what the current
    /// methods give; the recomputed ones apply.
    case olderMethods(SourceLocation, version: Int, current: Int, difference: ResultDifference)

    public var location: SourceLocation {
        switch self {
        case .olderMethods(let location, _, _, _): location
        }
    }

    /// The text in Dutch and in English (`message(in:)` picks one).
    public var wording: Wording {
        switch self {
        case .olderMethods(_, let version, let current, let difference):
            (
                "de aggregaten zijn berekend met methodeversie \(version), deze Noaber heeft versie \(current); "
                    + "opnieuw berekend wijken ze af (\(difference.message(in: .nl))); de nieuwe gelden",
                "the aggregates were computed by methods version \(version), this Noaber has version \(current); "
                    + "recomputed they differ (\(difference.message(in: .en))); the new ones apply"
            )
        }
    }

    /// `FILE:LINE: noot: message`.
    public func rendered(in language: Language = .nl) -> String {
        "\(location): \(language == .nl ? "noot" : "note"): \(message(in: language))"
    }
}
