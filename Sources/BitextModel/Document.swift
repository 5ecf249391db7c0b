/// The format of a source document.
public enum DocumentFormat: String, Sendable, CaseIterable, Codable {
    case plainText = "txt"
    case markdown = "md"
    case html = "html"

    /// The format for a file name extension, or nil when Bitext does not read it.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}

/// A source document read into blocks, with the skeleton needed to write it back.
public struct Document: Sendable {
    /// The document's id (by default derived from its file name).
    public var id: String
    /// The format it was read from.
    public var format: DocumentFormat
    /// The language of its text, if known.
    public var language: LanguageTag?
    /// The original bytes and the replaceable ranges.
    public var skeleton: Skeleton
    /// The translatable blocks in source order.
    public var blocks: [Block]

    public init(id: String, format: DocumentFormat, language: LanguageTag? = nil, skeleton: Skeleton, blocks: [Block]) {
        self.id = id
        self.format = format
        self.language = language
        self.skeleton = skeleton
        self.blocks = blocks
    }

    /// All segments in document order, with their blocks.
    public var segments: [(block: Block, segment: Segment)] {
        blocks.flatMap { block in block.segments.map { (block, $0) } }
    }
}
