/// What a block is in its document; it tells translators the context and writers the markup.
public struct BlockKind: Hashable, Sendable, CustomStringConvertible {
    /// The kind's name: `heading`, `paragraph`, `list-item`, `quote`, `table-cell`,
    /// `table-header`, `title`, `caption`, `term`, `definition`, `attribute`, `meta`, `text`.
    public var name: String
    /// The heading level (1–6) for headings.
    public var level: Int?
    /// The attribute or meta name for attributes (`alt`, `title`, `description`…).
    public var attribute: String?

    public init(_ name: String, level: Int? = nil, attribute: String? = nil) {
        self.name = name
        self.level = level
        self.attribute = attribute
    }

    public static let paragraph = BlockKind("paragraph")
    public static let listItem = BlockKind("list-item")
    public static let quote = BlockKind("quote")
    public static let tableCell = BlockKind("table-cell")
    public static let tableHeader = BlockKind("table-header")
    public static let title = BlockKind("title")
    public static let caption = BlockKind("caption")
    public static let term = BlockKind("term")
    public static let definition = BlockKind("definition")
    public static let text = BlockKind("text")
    public static func heading(_ level: Int) -> BlockKind { BlockKind("heading", level: level) }
    public static func attribute(_ name: String) -> BlockKind { BlockKind("attribute", attribute: name) }
    public static func meta(_ name: String) -> BlockKind { BlockKind("meta", attribute: name) }

    public var description: String {
        if let level { return "\(name)\(level)" }
        if let attribute { return "\(name):\(attribute)" }
        return name
    }

    /// A short prefix for ids of blocks of this kind (`h`, `p`, `li`…).
    var idPrefix: String {
        switch name {
        case "heading": return "h"
        case "paragraph": return "p"
        case "list-item": return "li"
        case "quote": return "q"
        case "table-cell", "table-header": return "td"
        case "title": return "title"
        case "caption": return "cap"
        case "term": return "dt"
        case "definition": return "dd"
        case "attribute": return "attr"
        case "meta": return "meta"
        default: return "t"
        }
    }
}

/// A sentence (or other translation unit) inside a block.
public struct Segment: Hashable, Sendable {
    /// The segment's id, unique in its block and stable while its source text is unchanged.
    public var id: String
    /// The segment's content.
    public var content: [Inline]
    /// The UTF-8 byte range in the source document that a translation replaces.
    public var source: Range<Int>

    public init(id: String, content: [Inline], source: Range<Int>) {
        self.id = id
        self.content = content
        self.source = source
    }

    /// The segment's text without codes.
    public var plainText: String { content.plainText }
}

/// A translatable block of a document: a heading, paragraph, list item, table cell, attribute…
public struct Block: Hashable, Sendable {
    /// The block's id, unique in its document and stable while its source text is unchanged.
    public var id: String
    /// What the block is.
    public var kind: BlockKind
    /// The block's content, in source order.
    public var content: [Inline]
    /// The block's sentences; empty until the block is segmented.
    public var segments: [Segment]

    public init(id: String = "", kind: BlockKind, content: [Inline], segments: [Segment] = []) {
        self.id = id
        self.kind = kind
        self.content = content
        self.segments = segments
    }

    /// The block's text without codes.
    public var plainText: String { content.plainText }

    /// The UTF-8 byte range of the block's content in the source document.
    public var source: Range<Int>? { content.sourceRange }
}

extension String {
    /// The number of words: runs between whitespace that hold a letter or a digit (a Persian
    /// word joined by ZWNJ, «می‌روند», counts once).
    public var wordCount: Int {
        var count = 0
        var inWord = false
        var hasLetter = false
        for scalar in unicodeScalars {
            // ASCII first: Unicode property lookups are the slow part on long texts.
            let isSpace = scalar.value < 0x80 ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if isSpace {
                if inWord && hasLetter { count += 1 }
                inWord = false
                hasLetter = false
            } else {
                inWord = true
                if !hasLetter {
                    hasLetter = scalar.value < 0x80
                        ? (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
                        : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                }
            }
        }
        if inWord && hasLetter { count += 1 }
        return count
    }
}
