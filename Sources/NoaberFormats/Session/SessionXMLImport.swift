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
public enum SessionXMLNote: Sendable, Equatable {
    /// The file's aggregates were computed by an older version of the methods and differ from what the current
    /// methods give; the recomputed ones apply.
    case olderMethods(SourceLocation, version: Int, current: Int, difference: ResultDifference)

    public var location: SourceLocation {
        switch self {
        case .olderMethods(let location, _, _, _): location
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.olderMethods(_, let version, let current, let difference), .nl):
            "de aggregaten zijn berekend met methodeversie \(version), deze Noaber heeft versie \(current); "
                + "opnieuw berekend wijken ze af (\(difference.message(in: language))); de nieuwe gelden"
        case (.olderMethods(_, let version, let current, let difference), .en):
            "the aggregates were computed by methods version \(version), this Noaber has version \(current); "
                + "recomputed they differ (\(difference.message(in: language))); the new ones apply"
        }
    }

    /// `FILE:LINE: noot: message`.
    public func rendered(in language: Language = .nl) -> String {
        "\(location): \(language == .nl ? "noot" : "note"): \(message(in: language))"
    }
}
