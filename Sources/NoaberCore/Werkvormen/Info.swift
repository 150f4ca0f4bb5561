/// `info`: text to present.
public struct InfoSettings: Sendable, Equatable, Hashable, Codable {
    /// Paragraphs of text, quoted from the sources.
    public var paragraphs: [String]

    public init(paragraphs: [String]) { self.paragraphs = paragraphs }
}
