/// Limits applied to untrusted XML before and while it is parsed.
public struct XMLParseOptions: Sendable, Equatable, Hashable {
    /// Inputs larger than this are refused before parsing starts.
    public var maxBytes: Int
    /// The deepest element nesting accepted (the root is depth 1). libxml2 itself stops at 256 levels unless
    /// `XML_PARSE_HUGE` is given, which Noaber never does, so values above 256 act as 256.
    public var maxDepth: Int

    /// libxml2's own nesting limit without `XML_PARSE_HUGE` (`xmlParserMaxDepth`).
    public static let libxml2DepthLimit = 256

    public init(maxBytes: Int = 10 * 1024 * 1024, maxDepth: Int = 256) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
    }

    /// The limit actually enforced.
    var effectiveMaxDepth: Int { min(maxDepth, Self.libxml2DepthLimit) }
}
