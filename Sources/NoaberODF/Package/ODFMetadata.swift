public import NoaberCore
import NoaberXML

/// What `meta.xml` says about a document. Everything comes from the session, never from the clock, so that the
/// same session gives the same bytes.
public struct ODFMetadata: Sendable, Equatable {
    public var title: String
    public var subject: String?
    public var keywords: [String]
    /// BCP 47 language of the document, `nl-NL` for every report.
    public var language: String
    /// When the session started: `meta:creation-date`.
    public var created: Timestamp
    /// When the session ended (or its last event): `dc:date`.
    public var modified: Timestamp
    /// `meta:generator`, for example `Noaber/1.0`.
    public var generator: String

    public init(
        title: String, subject: String? = nil, keywords: [String] = [], language: String = "nl-NL",
        created: Timestamp, modified: Timestamp, generator: String = ODFMetadata.defaultGenerator
    ) {
        self.title = title
        self.subject = subject
        self.keywords = keywords
        self.language = language
        self.created = created
        self.modified = modified
        self.generator = generator
    }

    public static let defaultGenerator = "Noaber/1.0"

    /// The `fo:language` / `fo:country` pair of `language` ("nl-NL" → nl, NL).
    var languageAndCountry: (language: String, country: String?) {
        let parts = language.split(separator: "-", maxSplits: 1).map(String.init)
        return (parts.first ?? "nl", parts.count > 1 ? parts[1] : nil)
    }

    /// Writes `office:meta` (shared by `meta.xml` and a flat document).
    func writeMeta(_ w: XMLWriter) throws {
        try w.element("office:meta") {
            try w.element("meta:generator", text: generator)
            try w.element("dc:title", text: title)
            if let subject { try w.element("dc:subject", text: subject) }
            for keyword in keywords {
                try w.element("meta:keyword", text: keyword)
            }
            try w.element("meta:creation-date", text: ODFDate.iso(created))
            try w.element("dc:date", text: ODFDate.iso(modified))
            try w.element("dc:language", text: language)
        }
    }

    /// The whole `meta.xml` part.
    func metaXML() throws -> [UInt8] {
        try XMLWriter.odfPart("office:document-meta", namespaces: [.office, .meta, .dc], indent: true) { w in
            try writeMeta(w)
        }
    }
}
