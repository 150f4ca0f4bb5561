/// `info`: text to present.
public struct InfoSettings: Sendable, Equatable, Hashable, Codable {
    /// Paragraphs of text, quoted from the sources unless marked as authored.
    public var paragraphs: [String]
    /// Positions (0-based, ascending) of the paragraphs no source gives, such as a day programme: written by the
    /// scenario's author, so a reader knows they are not quotations.
    public var authoredParagraphs: [Int]

    public init(paragraphs: [String], authoredParagraphs: [Int] = []) {
        self.paragraphs = paragraphs
        self.authoredParagraphs = authoredParagraphs
    }

    /// Whether the paragraph at `index` is the author's own text.
    public func isAuthored(paragraph index: Int) -> Bool { authoredParagraphs.contains(index) }

    private enum CodingKeys: String, CodingKey {
        case paragraphs, authoredParagraphs
    }

    /// Journals written before authored paragraphs existed lack the key: every paragraph is then quoted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        paragraphs = try container.decode([String].self, forKey: .paragraphs)
        authoredParagraphs = try container.decodeIfPresent([Int].self, forKey: .authoredParagraphs) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(paragraphs, forKey: .paragraphs)
        if !authoredParagraphs.isEmpty { try container.encode(authoredParagraphs, forKey: .authoredParagraphs) }
    }
}
