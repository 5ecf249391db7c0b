/// A piece of inline markup in a segment: a tag, a line break, a link, raw HTML. Translators
/// move codes but never edit them; writers put `original` back as it was.
public struct InlineCode: Hashable, Sendable {
    /// The code's number within its block; a paired code's start and end share it.
    public var id: Int
    /// What the code is: an element name (`a`, `strong`, `br`) or a Markdown construct
    /// (`emphasis`, `link`, `image`, `code`, `html`, `linebreak`).
    public var kind: String
    /// The markup exactly as written in the source (empty for tags the source omitted).
    public var original: String
    /// The UTF-8 byte range of `original` in the source document.
    public var source: Range<Int>?

    /// Whether the code is a line break (`<br>`, a Markdown hard break), which separates words
    /// and may end a sentence.
    public var isLineBreak: Bool { kind == "br" || kind == "linebreak" }

    public init(id: Int, kind: String, original: String, source: Range<Int>?) {
        self.id = id
        self.kind = kind
        self.original = original
        self.source = source
    }
}

/// A run of translatable text with where it came from.
public struct TextRun: Hashable, Sendable {
    /// The text a translator sees: entities decoded, line breaks and runs of spaces as one space.
    public var text: String
    /// The UTF-8 byte range the text was read from, if it came from a document.
    public var source: Range<Int>?
    /// Whether `text` is exactly the source bytes, so that an offset inside the run maps to
    /// the same offset in the source (false for entities and collapsed whitespace).
    public var isVerbatim: Bool

    public init(_ text: String, source: Range<Int>? = nil, isVerbatim: Bool = false) {
        self.text = text
        self.source = source
        self.isVerbatim = isVerbatim
    }
}

/// One element of a block's or segment's content.
public enum Inline: Hashable, Sendable {
    /// Translatable text.
    case text(TextRun)
    /// The start of a paired code (an opening tag).
    case open(InlineCode)
    /// The end of a paired code (a closing tag), with the same id as its start.
    case close(InlineCode)
    /// A standalone code (a line break, an image, raw HTML, inline code).
    case placeholder(InlineCode)

    /// The source byte range of this element, if known.
    public var source: Range<Int>? {
        switch self {
        case .text(let run): return run.source
        case .open(let code), .close(let code), .placeholder(let code): return code.source
        }
    }

    /// The code, for anything but text.
    public var code: InlineCode? {
        switch self {
        case .text: return nil
        case .open(let code), .close(let code), .placeholder(let code): return code
        }
    }
}

extension Array where Element == Inline {
    /// The text of the content without its codes.
    public var plainText: String {
        var result = ""
        for element in self {
            if case .text(let run) = element { result += run.text }
        }
        return result
    }

    /// The source byte range covered from the first to the last element, if all are known.
    public var sourceRange: Range<Int>? {
        guard let first = first?.source, let last = last?.source else { return nil }
        return first.lowerBound..<Swift.max(first.lowerBound, last.upperBound)
    }
}
