import BitextModel

/// The pairs a bilingual edition shows: each source segment (or block) beside its
/// translation, with what the reader needs to lay them out.
public struct BilingualEdition: Sendable {
    /// How finely the two languages are aligned.
    public enum Alignment: String, Sendable, CaseIterable {
        case sentence, paragraph
    }

    /// One row of the edition.
    public struct Row: Sendable, Equatable {
        /// What the block is (heading level, list item, paragraph…).
        public var kind: BlockKind
        /// The source text.
        public var source: String
        /// The translation, or nil where there is none yet.
        public var target: String?
    }

    public var sourceLanguage: LanguageTag
    public var targetLanguage: LanguageTag
    public var title: String
    public var rows: [Row]

    /// Builds the rows of a document; `translation` gives a segment's target text or nil.
    /// Aligned by paragraph, a block's row has a target only when every one of its segments
    /// is translated (half a translated paragraph would read as a whole one).
    public init(document: Document, targetLanguage: LanguageTag, alignment: Alignment, translation: (Block, Segment) -> String?) {
        sourceLanguage = document.language ?? .english
        self.targetLanguage = targetLanguage
        var rows: [Row] = []
        for block in document.blocks where block.kind.attribute == nil {
            let targets = block.segments.map { translation(block, $0) }
            switch alignment {
            case .sentence:
                for (segment, target) in zip(block.segments, targets) {
                    rows.append(Row(kind: block.kind, source: segment.plainText, target: target))
                }
            case .paragraph:
                let joined = targets.contains(where: { $0 == nil }) ? nil : targets.compactMap { $0 }.joined(separator: " ")
                rows.append(Row(kind: block.kind, source: block.segments.map(\.plainText).joined(separator: " "), target: joined))
            }
        }
        self.rows = rows
        let heading = rows.first { $0.kind.name == "title" || $0.kind.name == "heading" }
        title = heading?.target ?? heading?.source ?? document.id
    }
}
