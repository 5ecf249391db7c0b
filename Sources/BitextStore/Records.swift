import BitextModel

/// A source document as the store keeps it: enough to write the translated document again.
public struct StoredDocument: Sendable, Equatable {
    public var id: String
    /// The path it was extracted from, as given.
    public var path: String
    public var format: DocumentFormat
    public var sourceLanguage: LanguageTag
    /// A hash of its block and segment ids: changes whenever its source text changes.
    public var version: String
    /// The original bytes.
    public var skeleton: [UInt8]
    /// When it was last extracted (ISO 8601).
    public var extractedAt: String

    public init(id: String, path: String, format: DocumentFormat, sourceLanguage: LanguageTag, version: String,
                skeleton: [UInt8], extractedAt: String) {
        self.id = id
        self.path = path
        self.format = format
        self.sourceLanguage = sourceLanguage
        self.version = version
        self.skeleton = skeleton
        self.extractedAt = extractedAt
    }
}

/// A source segment as the store keeps it.
public struct StoredSegment: Sendable, Equatable {
    public var key: SegmentKey
    /// The block's position in the document and the segment's in the block.
    public var blockPosition: Int
    public var position: Int
    public var blockKind: BlockKind
    public var source: Range<Int>
    public var content: [Inline]
    public var sourceText: String
    public var words: Int

    public init(key: SegmentKey, blockPosition: Int, position: Int, blockKind: BlockKind, source: Range<Int>,
                content: [Inline], sourceText: String, words: Int) {
        self.key = key
        self.blockPosition = blockPosition
        self.position = position
        self.blockKind = blockKind
        self.source = source
        self.content = content
        self.sourceText = sourceText
        self.words = words
    }
}

/// Where a stored translation came from.
public enum TranslationOrigin: String, Sendable, Equatable {
    /// Imported from a translator's file.
    case `import`
    /// Pre-filled from translation memory (an identical sentence translated before).
    case memory
}

/// A translation of one segment into one language.
public struct StoredTranslation: Sendable, Equatable {
    public var key: SegmentKey
    public var targetLanguage: LanguageTag
    public var content: [Inline]
    public var targetText: String
    public var state: TranslationState
    public var origin: TranslationOrigin
    public var updatedAt: String

    public init(key: SegmentKey, targetLanguage: LanguageTag, content: [Inline], state: TranslationState, origin: TranslationOrigin,
                updatedAt: String) {
        self.key = key
        self.targetLanguage = targetLanguage
        self.content = content
        self.targetText = content.plainText
        self.state = state
        self.origin = origin
        self.updatedAt = updatedAt
    }
}
